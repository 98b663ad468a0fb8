// A small stand-in for a database server: tables of rows, saved to DATA_DIR/db.json after every change.
//
// Every call below is one query. Like a round trip to a real database it takes about a millisecond, and it is
// counted for the request that made it: each response carries the count in its X-Query-Count header.
//
//   find(table, where, { orderBy, limit, offset })   rows matching `where`
//   findOne(table, where)                            the first matching row, or undefined
//   count(table, where)                              how many rows match
//   insert(table, rows)                              adds one row or a list of rows
//   update(table, where, changes)                    changes every matching row; answers how many
//
// `where` is { column: value } (equal) or { column: [value, …] } (any of these values, in one query).
// `orderBy` is a list of [column, 'asc' | 'desc'].
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const tableNames = ['users', 'products', 'orders', 'orderLines'];
const seedFiles = {
  users: 'users.json',
  products: 'products.json',
  orders: 'orders.json',
  orderLines: 'order-lines.json',
};
const queryLatencyMs = 1;

const requestStats = new AsyncLocalStorage();

/** Run `work` with its own query counter (one per HTTP request). */
export function countQueries(work) {
  return requestStats.run({ queries: 0 }, work);
}

/** Queries made so far by the current request. */
export function queriesSoFar() {
  return requestStats.getStore()?.queries ?? 0;
}

const matches = (row, where) =>
  Object.entries(where).every(([column, wanted]) =>
    Array.isArray(wanted) ? wanted.includes(row[column]) : row[column] === wanted,
  );

function compareBy(orderBy) {
  return (a, b) => {
    for (const [column, direction] of orderBy) {
      if (a[column] === b[column]) continue;
      const order = a[column] < b[column] ? -1 : 1;
      return direction === 'desc' ? -order : order;
    }
    return 0;
  };
}

export class Database {
  #tables = {};
  #file;

  constructor(dataDir, seedDir) {
    this.#file = join(dataDir, 'db.json');
    if (existsSync(this.#file)) {
      this.#tables = JSON.parse(readFileSync(this.#file, 'utf8'));
    } else {
      for (const name of tableNames)
        this.#tables[name] = JSON.parse(readFileSync(join(seedDir, seedFiles[name]), 'utf8'));
      this.#save();
    }
  }

  async find(table, where = {}, { orderBy = [], limit, offset = 0 } = {}) {
    await this.#roundTrip();
    const rows = this.#tables[table].filter((row) => matches(row, where)).sort(compareBy(orderBy));
    const page = rows.slice(offset, limit === undefined ? undefined : offset + limit);
    return page.map((row) => ({ ...row }));
  }

  async findOne(table, where) {
    const [row] = await this.find(table, where, { limit: 1 });
    return row;
  }

  async count(table, where = {}) {
    await this.#roundTrip();
    return this.#tables[table].filter((row) => matches(row, where)).length;
  }

  async insert(table, rows) {
    await this.#roundTrip();
    const list = Array.isArray(rows) ? rows : [rows];
    this.#tables[table].push(...list.map((row) => ({ ...row })));
    this.#save();
    return rows;
  }

  async update(table, where, changes) {
    await this.#roundTrip();
    let changed = 0;
    for (const row of this.#tables[table]) {
      if (!matches(row, where)) continue;
      Object.assign(row, changes);
      changed += 1;
    }
    if (changed > 0) this.#save();
    return changed;
  }

  async #roundTrip() {
    const stats = requestStats.getStore();
    if (stats) stats.queries += 1;
    await new Promise((resolve) => setTimeout(resolve, queryLatencyMs));
  }

  // Written whole and renamed into place, so a crash never leaves half a file.
  #save() {
    const temporary = `${this.#file}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.#tables));
    renameSync(temporary, this.#file);
  }
}
