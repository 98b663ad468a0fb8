import { randomUUID } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Tasks kept in memory and in an append-only log, replayed at start. */
export class TaskRepository {
  #tasks = new Map();
  #log;

  constructor(dataDir) {
    this.#log = join(dataDir, 'events.log');
  }

  async open() {
    let content = '';
    try {
      content = await readFile(this.#log, 'utf8');
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    for (const line of content.split('\n')) {
      if (!line) continue;
      const event = JSON.parse(line);
      if (event.type === 'deleted') this.#tasks.delete(event.id);
      else this.#tasks.set(event.task.id, event.task);
    }
  }

  async #record(event) {
    await appendFile(this.#log, `${JSON.stringify(event)}\n`, { flush: true });
  }

  async insert(fields) {
    const now = new Date();
    const task = { id: randomUUID(), done: false, createdAt: now.toISOString(), ...fields };
    await this.#record({ type: 'saved', task });
    this.#tasks.set(task.id, task);
    return task;
  }

  get(id) {
    return this.#tasks.get(id) ?? null;
  }

  page({ done, priority, limit, offset }) {
    const matching = [...this.#tasks.values()]
      .filter((task) => (done === null ? true : task.done === done))
      .filter((task) => (priority === null ? true : task.priority === priority))
      .sort((left, right) =>
        left.createdAt === right.createdAt
          ? left.id < right.id
            ? -1
            : 1
          : left.createdAt < right.createdAt
            ? -1
            : 1,
      );
    return { items: matching.slice(offset, offset + limit), total: matching.length };
  }

  async remove(id) {
    if (!this.#tasks.has(id)) return false;
    await this.#record({ type: 'deleted', id });
    this.#tasks.delete(id);
    return true;
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseTaskFields(body, { partial }) {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return { error: 'body must be an object' };
  const fields = {};
  if ('title' in body || !partial) {
    const title = typeof body.title === 'string' ? body.title.trim() : '';
    if (title.length < 1 || title.length > 200) return { error: 'title: 1 to 200 characters' };
    fields.title = title;
  }
  if (body.priority !== undefined) {
    if (!['low', 'medium', 'high'].includes(body.priority)) return { error: 'priority: low, medium or high' };
    fields.priority = body.priority;
  } else if (!partial) fields.priority = 'medium';
  if (body.dueDate !== undefined && body.dueDate !== null) {
    const match = DATE.exec(String(body.dueDate));
    const date = match && new Date(`${body.dueDate}T00:00:00Z`);
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== body.dueDate) {
      return { error: 'dueDate: a real YYYY-MM-DD date' };
    }
    fields.dueDate = body.dueDate;
  } else if (!partial || body.dueDate === null) fields.dueDate = null;
  return { fields };
}
