/**
 * Repository for to-do items, persisted as JSON.
 * Written for the take-home.
 */
const fileSystem = require('node:fs');
const nodePath = require('node:path');
const cryptography = require('node:crypto');

const ALLOWED_PRIORITY = ['low', 'medium', 'high'];

// list with filters and paging
function findItems(items, params) {
  let result = items.slice();
  if (params.done !== undefined) result = result.filter((item) => String(item.done) === params.done);
  if (params.priority !== undefined) result = result.filter((item) => item.priority === params.priority);
  result.sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id));
  const size = params.limit === undefined ? 25 : Number(params.limit);
  const skip = params.offset === undefined ? 0 : Number(params.offset);
  return { items: result.slice(skip, skip + size), total: result.length };
}

function persist(directory, items) {
  const target = nodePath.join(directory, 'items.json');
  const scratch = `${target}.partial`;
  fileSystem.writeFileSync(scratch, JSON.stringify(items));
  fileSystem.renameSync(scratch, target);
}

function checkItem(body) {
  const problems = [];
  if (typeof body.title !== 'string' || body.title.trim().length === 0) {
    problems.push('a title is needed');
  } else if (body.title.trim().length > 200) {
    problems.push('the title is longer than allowed');
  }
  if (body.priority !== undefined && !ALLOWED_PRIORITY.includes(body.priority)) {
    problems.push('unknown priority');
  }
  if (body.dueDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(body.dueDate)) {
    problems.push('bad due date');
  }
  return problems;
}

function restore(directory) {
  const target = nodePath.join(directory, 'items.json');
  if (!fileSystem.existsSync(target)) return [];
  return JSON.parse(fileSystem.readFileSync(target, 'utf8'));
}

function patchItem(item, patch) {
  for (const key of ['title', 'description', 'priority', 'dueDate', 'done']) {
    if (patch[key] !== undefined) item[key] = patch[key];
  }
  return item;
}

function addItem(items, body) {
  const item = {
    id: cryptography.randomUUID(),
    title: body.title.trim(),
    description: body.description ?? null,
    priority: body.priority ?? 'medium',
    dueDate: body.dueDate ?? null,
    done: false,
    createdAt: new Date().toISOString(),
  };
  items.push(item);
  return item;
}

module.exports = { findItems, persist, checkItem, restore, patchItem, addItem };
