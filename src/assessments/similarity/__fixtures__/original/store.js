// In-memory task store with a JSON file behind it.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const PRIORITIES = ['low', 'medium', 'high'];

function validateTask(input) {
  const errors = [];
  if (typeof input.title !== 'string' || input.title.trim().length === 0) {
    errors.push('title is required');
  } else if (input.title.trim().length > 200) {
    errors.push('title is too long');
  }
  if (input.priority !== undefined && !PRIORITIES.includes(input.priority)) {
    errors.push('priority must be low, medium or high');
  }
  if (input.dueDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate)) {
    errors.push('dueDate must be YYYY-MM-DD');
  }
  return errors;
}

function loadTasks(dataDir) {
  const file = path.join(dataDir, 'tasks.json');
  if (!fs.existsSync(file)) return [];
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function saveTasks(dataDir, tasks) {
  const file = path.join(dataDir, 'tasks.json');
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(tasks));
  fs.renameSync(temporary, file);
}

function createTask(tasks, input) {
  const task = {
    id: crypto.randomUUID(),
    title: input.title.trim(),
    description: input.description ?? null,
    priority: input.priority ?? 'medium',
    dueDate: input.dueDate ?? null,
    done: false,
    createdAt: new Date().toISOString(),
  };
  tasks.push(task);
  return task;
}

function listTasks(tasks, query) {
  let items = tasks.slice();
  if (query.done !== undefined) items = items.filter((task) => String(task.done) === query.done);
  if (query.priority !== undefined) items = items.filter((task) => task.priority === query.priority);
  items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const limit = query.limit === undefined ? 20 : Number(query.limit);
  const offset = query.offset === undefined ? 0 : Number(query.offset);
  return { items: items.slice(offset, offset + limit), total: items.length };
}

function updateTask(task, changes) {
  for (const field of ['title', 'description', 'priority', 'dueDate', 'done']) {
    if (changes[field] !== undefined) task[field] = changes[field];
  }
  return task;
}

module.exports = { validateTask, loadTasks, saveTasks, createTask, listTasks, updateTask };
