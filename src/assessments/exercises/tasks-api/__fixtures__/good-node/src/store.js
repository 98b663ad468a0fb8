// Tasks in memory, saved to DATA_DIR/tasks.json after every change. A change is answered only once it is on
// disk. Saves go one at a time through a queue: changes made while a save runs go out together in the next one,
// so 50 concurrent requests cost a few writes, and the file is replaced atomically (write, fsync, rename).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { join } from 'node:path';

const byCreation = (a, b) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export class TaskStore {
  #tasks = new Map();
  #file;
  #dir;
  #queued = null;
  #running = Promise.resolve();

  constructor(dataDir) {
    this.#dir = dataDir;
    this.#file = join(dataDir, 'tasks.json');
  }

  load() {
    let text;
    try {
      text = readFileSync(this.#file, 'utf8');
    } catch (error) {
      if (error.code === 'ENOENT') return;
      throw error;
    }
    for (const task of JSON.parse(text).tasks) this.#tasks.set(task.id, task);
  }

  get(id) {
    return this.#tasks.get(id);
  }

  list({ done, priority, limit, offset }) {
    const matching = [...this.#tasks.values()]
      .filter(
        (task) => (done === undefined || task.done === done) && (!priority || task.priority === priority),
      )
      .sort(byCreation);
    return { items: matching.slice(offset, offset + limit), total: matching.length };
  }

  async create(fields) {
    const task = {
      id: randomUUID(),
      title: fields.title,
      description: fields.description,
      priority: fields.priority,
      dueDate: fields.dueDate,
      done: false,
      createdAt: new Date().toISOString(),
    };
    this.#tasks.set(task.id, task);
    await this.#save();
    return task;
  }

  async update(id, changes) {
    const task = this.#tasks.get(id);
    if (!task) return undefined;
    const updated = { ...task, ...changes };
    this.#tasks.set(id, updated);
    await this.#save();
    return updated;
  }

  async delete(id) {
    if (!this.#tasks.delete(id)) return false;
    await this.#save();
    return true;
  }

  #save() {
    if (!this.#queued) {
      const queued = this.#running
        .catch(() => undefined)
        .then(() => {
          this.#queued = null;
          return this.#write();
        });
      this.#queued = queued;
      this.#running = queued;
    }
    return this.#queued;
  }

  async #write() {
    const temporary = `${this.#file}.tmp`;
    const file = await open(temporary, 'w');
    try {
      await file.writeFile(JSON.stringify({ tasks: [...this.#tasks.values()] }));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, this.#file);
    const dir = await open(this.#dir, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}
