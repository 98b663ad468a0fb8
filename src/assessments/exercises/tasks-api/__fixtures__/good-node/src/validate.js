// Input rules of the contract: request bodies and list queries. Pure functions, no I/O.
export class ValidationError extends Error {}

const priorities = new Set(['low', 'medium', 'high']);
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

// Characters, not UTF-16 units: "é" and "😀" both count as one.
const characters = (text) => [...text].length;

export function isCalendarDate(value) {
  const match = typeof value === 'string' ? isoDate.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const has = (body, key) => Object.hasOwn(body, key);

/** The fields of a new task (partial: false) or of a change (partial: true); unknown fields are dropped. */
export function taskFields(body, { partial }) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError('the body must be a JSON object');
  }
  const fields = {};
  if (!partial || has(body, 'title')) {
    if (typeof body.title !== 'string') throw new ValidationError('title must be a string');
    const title = body.title.trim();
    const length = characters(title);
    if (length < 1 || length > 200) throw new ValidationError('title must have 1 to 200 characters');
    fields.title = title;
  }
  if (has(body, 'description')) {
    const { description } = body;
    if (description !== null && typeof description !== 'string') {
      throw new ValidationError('description must be a string or null');
    }
    if (description !== null && characters(description) > 2000) {
      throw new ValidationError('description must have at most 2000 characters');
    }
    fields.description = description;
  } else if (!partial) fields.description = null;
  if (has(body, 'priority')) {
    if (!priorities.has(body.priority)) throw new ValidationError('priority must be low, medium or high');
    fields.priority = body.priority;
  } else if (!partial) fields.priority = 'medium';
  if (has(body, 'dueDate')) {
    if (body.dueDate !== null && !isCalendarDate(body.dueDate)) {
      throw new ValidationError('dueDate must be a real date written YYYY-MM-DD, or null');
    }
    fields.dueDate = body.dueDate;
  } else if (!partial) fields.dueDate = null;
  if (partial && has(body, 'done')) {
    if (typeof body.done !== 'boolean') throw new ValidationError('done must be true or false');
    fields.done = body.done;
  }
  return fields;
}

const wholeNumber = /^\d+$/;

/** Filters and page of GET /tasks. */
export function listQuery(params) {
  const query = { limit: 20, offset: 0 };
  if (params.has('done')) {
    const done = params.get('done');
    if (done !== 'true' && done !== 'false') throw new ValidationError('done must be true or false');
    query.done = done === 'true';
  }
  if (params.has('priority')) {
    const priority = params.get('priority');
    if (!priorities.has(priority)) throw new ValidationError('priority must be low, medium or high');
    query.priority = priority;
  }
  if (params.has('limit')) {
    const limit = params.get('limit');
    if (!wholeNumber.test(limit) || Number(limit) < 1 || Number(limit) > 100) {
      throw new ValidationError('limit must be a whole number from 1 to 100');
    }
    query.limit = Number(limit);
  }
  if (params.has('offset')) {
    const offset = params.get('offset');
    if (!wholeNumber.test(offset)) throw new ValidationError('offset must be a whole number, 0 or more');
    query.offset = Number(offset);
  }
  return query;
}
