// The hidden checks of tasks-api, in the declarative format (../../grader/checks.ts), one or more per line of
// the contract in brief.md. They run in this order against one service: the first block on a fresh DATA_DIR,
// then a restart (persistence), then blocks on an empty DATA_DIR where counts and order are exact (listing,
// concurrency). Each check creates the tasks it needs, so a bug costs the checks about it and few others.
import { type CheckInput, parseChecks } from '../../grader/checks.ts';

const jsonType = { 'content-type': { $regex: '^application/json' } };
const anError = { error: { $exists: true } };
const badRequest = { status: 400, json: anError };
const notFound = { status: 404, json: anError };
const aTask = {
  id: { $type: 'string', $length: { $gte: 1 } },
  title: { $type: 'string' },
  description: { $oneOf: [null, { $type: 'string' }] },
  priority: { $oneOf: ['low', 'medium', 'high'] },
  dueDate: { $oneOf: [null, { $type: 'date' }] },
  done: { $type: 'boolean' },
  createdAt: { $type: 'datetime' },
};

type Step = CheckInput['steps'] extends (infer S)[] | undefined ? S : never;
type Json = Record<string, unknown> | unknown[] | string | number | boolean | null;

const post = (json: Json, expect: Step['expect'], capture?: Record<string, string>): Step => ({
  request: { method: 'POST', path: '/tasks', json: json as never },
  expect,
  ...(capture ? { capture } : {}),
});
const postRaw = (body: string, expect: Step['expect']): Step => ({
  request: { method: 'POST', path: '/tasks', body },
  expect,
});
const create = (title: string, capture: string, extra: Record<string, unknown> = {}): Step =>
  post(
    { title, ...extra },
    { status: 201 },
    { [capture]: 'json.id', [`${capture}CreatedAt`]: 'json.createdAt' },
  );
const get = (path: string, expect: Step['expect'], capture?: Record<string, string>): Step => ({
  request: { method: 'GET', path },
  expect,
  ...(capture ? { capture } : {}),
});
const patch = (id: string, json: Json, expect: Step['expect']): Step => ({
  request: { method: 'PATCH', path: `/tasks/{{${id}}}`, json: json as never },
  expect,
});
const patchRaw = (id: string, body: string, expect: Step['expect']): Step => ({
  request: { method: 'PATCH', path: `/tasks/{{${id}}}`, body },
  expect,
});
const del = (path: string, expect: Step['expect']): Step => ({ request: { method: 'DELETE', path }, expect });
const ids = (...names: string[]) => names.map((name) => ({ id: `{{${name}}}` }));
const list = (query: string, items: string[], total: number): Step =>
  get(`/tasks${query}`, { status: 200, json: { items: ids(...items), total } });
const rejectList = (...queries: string[]): Step[] =>
  queries.map((query) => get(`/tasks?${query}`, badRequest));

const stackTrace = {
  $not: {
    $regex: 'Traceback \\(most recent call last\\)|node:internal|\\.[cm]?[jt]s:\\d+:\\d+|\\.py", line \\d+',
  },
};

const checks: CheckInput[] = [
  // ————————————————— health and creating —————————————————
  {
    id: 'health',
    category: 'correctness',
    description: 'GET /health answers 200',
    points: 1,
    steps: [get('/health', { status: 200 })],
  },
  {
    id: 'create-task-defaults',
    category: 'correctness',
    description: 'POST /tasks with only a title answers 201 with the whole task and the documented defaults',
    points: 2,
    steps: [
      post(
        { title: 'Write the release notes' },
        {
          status: 201,
          headers: jsonType,
          json: {
            ...aTask,
            title: 'Write the release notes',
            description: null,
            priority: 'medium',
            dueDate: null,
            done: false,
          },
        },
        { firstId: 'json.id' },
      ),
    ],
  },
  {
    id: 'create-task-all-fields',
    category: 'correctness',
    description: 'POST /tasks keeps description, priority and dueDate',
    points: 2,
    steps: [
      post(
        {
          title: 'Plan the launch',
          description: 'Agree the date with sales',
          priority: 'high',
          dueDate: '2026-05-01',
        },
        {
          status: 201,
          json: {
            ...aTask,
            title: 'Plan the launch',
            description: 'Agree the date with sales',
            priority: 'high',
            dueDate: '2026-05-01',
            done: false,
          },
        },
        { fullId: 'json.id', fullCreatedAt: 'json.createdAt' },
      ),
    ],
  },
  {
    id: 'create-distinct-ids',
    category: 'correctness',
    description: 'two tasks with the same title get different ids',
    points: 1,
    steps: [
      create('Same title', 'twinA'),
      post({ title: 'Same title' }, { status: 201, json: { id: { $not: '{{twinA}}' } } }),
    ],
  },
  {
    id: 'get-task-by-id',
    category: 'correctness',
    description: 'GET /tasks/{id} answers 200 with the task as created',
    points: 2,
    steps: [
      get('/tasks/{{fullId}}', {
        status: 200,
        headers: jsonType,
        json: {
          id: '{{fullId}}',
          title: 'Plan the launch',
          description: 'Agree the date with sales',
          priority: 'high',
          dueDate: '2026-05-01',
          done: false,
          createdAt: '{{fullCreatedAt}}',
        },
      }),
    ],
  },
  // ————————————————— validation of POST —————————————————
  {
    id: 'post-title-trimmed',
    category: 'validation',
    description: 'the title is stored without the spaces around it',
    points: 1,
    steps: [post({ title: '   Buy milk \t ' }, { status: 201, json: { title: 'Buy milk' } })],
  },
  {
    id: 'post-title-missing',
    category: 'validation',
    description: 'a task without a title is refused with 400 and an error',
    points: 1,
    steps: [post({ description: 'no title here' }, badRequest)],
  },
  {
    id: 'post-title-empty',
    category: 'validation',
    description: 'an empty title is refused with 400',
    points: 1,
    steps: [post({ title: '' }, badRequest)],
  },
  {
    id: 'post-title-whitespace',
    category: 'validation',
    description: 'a title of only spaces is refused with 400',
    points: 1,
    steps: [post({ title: '   \t  ' }, badRequest)],
  },
  {
    id: 'post-title-not-string',
    category: 'validation',
    description: 'a title that is a number, null or a list is refused with 400',
    points: 1,
    steps: [
      post({ title: 42 }, badRequest),
      post({ title: null }, badRequest),
      post({ title: ['a'] }, badRequest),
    ],
  },
  {
    id: 'post-title-200-chars',
    category: 'validation',
    description: 'a 200-character title is accepted',
    points: 1,
    steps: [post({ title: 'a'.repeat(200) }, { status: 201, json: { title: { $length: 200 } } })],
  },
  {
    id: 'post-title-201-chars',
    category: 'validation',
    description: 'a 201-character title is refused with 400',
    points: 1,
    steps: [post({ title: 'a'.repeat(201) }, badRequest)],
  },
  {
    id: 'post-title-200-after-trim',
    category: 'validation',
    description: '200 characters with spaces around them are accepted (the limit applies after trimming)',
    points: 1,
    steps: [post({ title: `  ${'b'.repeat(200)}  ` }, { status: 201, json: { title: 'b'.repeat(200) } })],
  },
  {
    id: 'post-title-counts-characters',
    category: 'validation',
    description: 'the title limit counts characters, not bytes (200 × é accepted, 201 refused)',
    points: 1,
    steps: [
      post({ title: 'é'.repeat(200) }, { status: 201, json: { title: 'é'.repeat(200) } }),
      post({ title: 'é'.repeat(201) }, badRequest),
    ],
  },
  {
    id: 'post-description-2000-chars',
    category: 'validation',
    description: 'a 2000-character description is accepted',
    points: 1,
    steps: [
      post(
        { title: 'Long description', description: 'd'.repeat(2000) },
        { status: 201, json: { description: { $length: 2000 } } },
      ),
    ],
  },
  {
    id: 'post-description-2001-chars',
    category: 'validation',
    description: 'a 2001-character description is refused with 400',
    points: 1,
    steps: [post({ title: 'Too long description', description: 'd'.repeat(2001) }, badRequest)],
  },
  {
    id: 'post-description-wrong-type',
    category: 'validation',
    description: 'a description that is not a string is refused with 400; null is accepted',
    points: 1,
    steps: [
      post({ title: 'Numeric description', description: 123 }, badRequest),
      post({ title: 'Null description', description: null }, { status: 201, json: { description: null } }),
    ],
  },
  {
    id: 'post-priority-values',
    category: 'validation',
    description: 'each of low, medium and high is accepted and kept',
    points: 1,
    steps: (['low', 'medium', 'high'] as const).map((priority) =>
      post({ title: `Priority ${priority}`, priority }, { status: 201, json: { priority } }),
    ),
  },
  {
    id: 'post-priority-invalid',
    category: 'validation',
    description: 'a priority other than low, medium or high (urgent, HIGH, 1) is refused with 400',
    points: 1,
    steps: [
      post({ title: 'Urgent', priority: 'urgent' }, badRequest),
      post({ title: 'Shouting', priority: 'HIGH' }, badRequest),
      post({ title: 'Numeric', priority: 1 }, badRequest),
    ],
  },
  {
    id: 'post-due-date-valid',
    category: 'validation',
    description: 'a real date, including 29 February of a leap year, is accepted and kept',
    points: 1,
    steps: [
      post({ title: 'Leap day', dueDate: '2028-02-29' }, { status: 201, json: { dueDate: '2028-02-29' } }),
    ],
  },
  {
    id: 'post-due-date-impossible',
    category: 'validation',
    description:
      'dates that do not exist (2026-02-30, 2025-02-29, 2026-13-01, 2026-04-31) are refused with 400',
    points: 1,
    steps: ['2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31'].map((dueDate) =>
      post({ title: 'Impossible date', dueDate }, badRequest),
    ),
  },
  {
    id: 'post-due-date-format',
    category: 'validation',
    description:
      'dates not written YYYY-MM-DD (15/03/2026, 2026-3-5, with a time, a number) are refused with 400',
    points: 1,
    steps: ['15/03/2026', '2026-3-5', '2026-03-15T10:00:00Z', 20260315].map((dueDate) =>
      post({ title: 'Badly written date', dueDate }, badRequest),
    ),
  },
  {
    id: 'post-body-not-object',
    category: 'validation',
    description: 'a JSON body that is a list, a string or null is refused with 400',
    points: 1,
    steps: [postRaw('[]', badRequest), postRaw('"just a title"', badRequest), postRaw('null', badRequest)],
  },
  {
    id: 'post-unknown-fields-ignored',
    category: 'validation',
    description: 'unknown fields are ignored: the task is created and they are not stored',
    points: 1,
    steps: [
      post(
        { title: 'Unknown fields', owner: 'sam', tags: ['x'] },
        {
          status: 201,
          json: { title: 'Unknown fields', owner: { $exists: false }, tags: { $exists: false } },
        },
        { unknownId: 'json.id' },
      ),
      get('/tasks/{{unknownId}}', { status: 200, json: { owner: { $exists: false } } }),
    ],
  },
  // ————————————————— errors —————————————————
  {
    id: 'post-invalid-json',
    category: 'errors',
    description: 'a body that is not valid JSON is answered with 400 and a JSON error',
    points: 1,
    steps: [postRaw('{"title": "oops",', { status: 400, headers: jsonType, json: anError })],
  },
  {
    id: 'post-empty-body',
    category: 'errors',
    description: 'an empty body is answered with 400 and a JSON error',
    points: 1,
    steps: [postRaw('', badRequest)],
  },
  {
    id: 'get-unknown-task',
    category: 'errors',
    description: 'GET /tasks/{id} of an unknown id answers 404 with a JSON error',
    points: 1,
    steps: [get('/tasks/no-such-task-4f9c', { status: 404, headers: jsonType, json: anError })],
  },
  {
    id: 'patch-unknown-task',
    category: 'errors',
    description: 'PATCH of an unknown id answers 404 with a JSON error',
    points: 1,
    steps: [
      {
        request: { method: 'PATCH', path: '/tasks/no-such-task-4f9c', json: { title: 'x' } },
        expect: notFound,
      },
    ],
  },
  {
    id: 'delete-unknown-task',
    category: 'errors',
    description: 'DELETE of an unknown id answers 404 with a JSON error',
    points: 1,
    steps: [del('/tasks/no-such-task-4f9c', notFound)],
  },
  {
    id: 'errors-without-stack-traces',
    category: 'security',
    description: 'error answers do not show stack traces or file paths',
    points: 1,
    steps: [
      postRaw('{"title": ', { status: 400, text: stackTrace }),
      post({ title: { nested: true } }, { status: 400, text: stackTrace }),
      postRaw('[1, 2', { status: 400, text: stackTrace }),
    ],
  },
  // ————————————————— hostile input —————————————————
  {
    id: 'post-server-fields-ignored',
    category: 'security',
    description: 'a client cannot choose id, done or createdAt when creating a task',
    points: 1,
    steps: [
      post(
        { title: 'Server fields', id: 'my-own-id', done: true, createdAt: '2000-01-01T00:00:00.000Z' },
        {
          status: 201,
          json: { id: { $not: 'my-own-id' }, done: false, createdAt: { $not: '2000-01-01T00:00:00.000Z' } },
        },
      ),
      get('/tasks/my-own-id', notFound),
    ],
  },
  {
    id: 'prototype-keys-ignored',
    category: 'security',
    description: '__proto__ and constructor keys in the body change nothing (no prototype pollution)',
    points: 1,
    steps: [
      postRaw(
        '{"title": "Proto", "__proto__": {"done": true, "priority": "high"}, "constructor": {"prototype": {"done": true}}}',
        {
          status: 201,
          json: { title: 'Proto', done: false, priority: 'medium' },
        },
      ),
      post({ title: 'After proto' }, { status: 201, json: { done: false, priority: 'medium' } }),
    ],
  },
  {
    id: 'huge-title-refused',
    category: 'security',
    description: 'a 100,000-character title is refused with 400 and the service keeps answering',
    points: 1,
    steps: [post({ title: 'x'.repeat(100_000) }, { status: [400, 413] }), get('/health', { status: 200 })],
  },
  {
    id: 'markup-kept-verbatim',
    category: 'security',
    description: 'a title with HTML is stored verbatim and served as JSON, not HTML',
    points: 1,
    steps: [
      post(
        { title: '<script>alert("x")</script>' },
        { status: 201, headers: jsonType, json: { title: '<script>alert("x")</script>' } },
      ),
    ],
  },
  {
    id: 'odd-ids-not-found',
    category: 'security',
    description: 'ids that try path tricks (../, encoded slashes, quotes) answer 404, not an error',
    points: 1,
    steps: [
      get('/tasks/..%2F..%2Fetc%2Fpasswd', notFound),
      get("/tasks/1'%20OR%20'1'%3D'1", notFound),
      get('/tasks/%7B%7D', notFound),
    ],
  },
  // ————————————————— changing and deleting —————————————————
  {
    id: 'patch-title',
    category: 'correctness',
    description: 'PATCH changes the title (trimmed) and keeps the other fields',
    points: 2,
    steps: [
      create('Draft agenda', 'renamedId', { description: 'Keep me', priority: 'low', dueDate: '2026-06-01' }),
      patch(
        'renamedId',
        { title: '  Final agenda  ' },
        {
          status: 200,
          json: {
            id: '{{renamedId}}',
            title: 'Final agenda',
            description: 'Keep me',
            priority: 'low',
            dueDate: '2026-06-01',
            done: false,
            createdAt: '{{renamedIdCreatedAt}}',
          },
        },
      ),
      get('/tasks/{{renamedId}}', { status: 200, json: { title: 'Final agenda', description: 'Keep me' } }),
    ],
  },
  {
    id: 'patch-done',
    category: 'correctness',
    description: 'PATCH {done: true} marks a task done, and false undoes it',
    points: 2,
    steps: [
      create('Water the plants', 'doneId'),
      patch(
        'doneId',
        { done: true },
        { status: 200, json: { id: '{{doneId}}', done: true, title: 'Water the plants' } },
      ),
      get('/tasks/{{doneId}}', { status: 200, json: { done: true } }),
      create('Undo me', 'undoId'),
      patch('undoId', { done: true }, { status: 200, json: { done: true } }),
      patch('undoId', { done: false }, { status: 200, json: { done: false } }),
    ],
  },
  {
    id: 'patch-several-fields',
    category: 'correctness',
    description: 'PATCH changes description, priority and dueDate together',
    points: 1,
    steps: [
      create('Several fields', 'severalId'),
      patch(
        'severalId',
        { description: 'Now described', priority: 'high', dueDate: '2027-01-15' },
        {
          status: 200,
          json: {
            title: 'Several fields',
            description: 'Now described',
            priority: 'high',
            dueDate: '2027-01-15',
          },
        },
      ),
    ],
  },
  {
    id: 'patch-null-clears',
    category: 'validation',
    description: 'PATCH with null clears description and dueDate',
    points: 1,
    steps: [
      create('Clear me', 'clearId', { description: 'Soon gone', dueDate: '2026-09-09' }),
      patch(
        'clearId',
        { description: null, dueDate: null },
        { status: 200, json: { description: null, dueDate: null } },
      ),
    ],
  },
  {
    id: 'patch-server-fields-ignored',
    category: 'security',
    description: 'PATCH ignores id and createdAt',
    points: 1,
    steps: [
      create('Keep my id', 'keepId'),
      patch(
        'keepId',
        { id: 'stolen', createdAt: '2000-01-01T00:00:00.000Z', title: 'Still me' },
        { status: 200, json: { id: '{{keepId}}', createdAt: '{{keepIdCreatedAt}}', title: 'Still me' } },
      ),
      get('/tasks/stolen', notFound),
    ],
  },
  {
    id: 'patch-invalid-title',
    category: 'validation',
    description: 'PATCH refuses an empty, blank, 201-character or non-string title with 400',
    points: 1,
    steps: [
      create('Valid title', 'badTitleId'),
      ...[{ title: '' }, { title: '   ' }, { title: 'a'.repeat(201) }, { title: 7 }, { title: null }].map(
        (body) => patch('badTitleId', body, badRequest),
      ),
    ],
  },
  {
    id: 'patch-invalid-done',
    category: 'validation',
    description: 'PATCH refuses a done that is not true or false ("yes", 1, null) with 400',
    points: 1,
    steps: [
      create('Done must be boolean', 'badDoneId'),
      ...[{ done: 'yes' }, { done: 1 }, { done: null }].map((body) => patch('badDoneId', body, badRequest)),
    ],
  },
  {
    id: 'patch-invalid-fields',
    category: 'validation',
    description: 'PATCH refuses an invalid priority, dueDate or description with 400',
    points: 1,
    steps: [
      create('Other fields', 'badFieldsId'),
      patch('badFieldsId', { priority: 'urgent' }, badRequest),
      patch('badFieldsId', { dueDate: '2026-02-30' }, badRequest),
      patch('badFieldsId', { dueDate: '01/02/2026' }, badRequest),
      patch('badFieldsId', { description: 'd'.repeat(2001) }, badRequest),
    ],
  },
  {
    id: 'patch-invalid-changes-nothing',
    category: 'validation',
    description: 'a refused PATCH leaves the task as it was, even its valid fields',
    points: 1,
    steps: [
      create('Unchanged', 'unchangedId'),
      patch('unchangedId', { title: 'Changed', priority: 'urgent' }, badRequest),
      get('/tasks/{{unchangedId}}', { status: 200, json: { title: 'Unchanged', priority: 'medium' } }),
    ],
  },
  {
    id: 'patch-invalid-json',
    category: 'errors',
    description: 'PATCH with a body that is not valid JSON, or not an object, answers 400 with a JSON error',
    points: 1,
    steps: [
      create('Patch with bad JSON', 'badJsonId'),
      patchRaw('badJsonId', '{"done": tru', { status: 400, headers: jsonType, json: anError }),
      patchRaw('badJsonId', '[true]', badRequest),
    ],
  },
  {
    id: 'delete-task',
    category: 'correctness',
    description:
      'DELETE answers 204 with no body; the task is then gone (GET and a second DELETE answer 404)',
    points: 2,
    steps: [
      create('Delete me', 'deletedId'),
      del('/tasks/{{deletedId}}', { status: 204, text: '' }),
      get('/tasks/{{deletedId}}', notFound),
      del('/tasks/{{deletedId}}', notFound),
    ],
  },
  {
    id: 'delete-removes-from-list',
    category: 'correctness',
    description: 'a deleted task no longer appears in GET /tasks',
    points: 1,
    steps: [
      get('/tasks?limit=100', {
        status: 200,
        json: { items: { $not: { $contains: { id: '{{deletedId}}' } } } },
      }),
    ],
  },
  // ————————————————— persistence (after a SIGKILL and a restart on the same DATA_DIR) —————————————————
  {
    id: 'persist-created-task',
    category: 'persistence',
    description: 'after a restart, a created task is still there, unchanged',
    points: 2,
    restartBefore: true,
    steps: [
      get('/tasks/{{fullId}}', {
        status: 200,
        json: {
          id: '{{fullId}}',
          title: 'Plan the launch',
          description: 'Agree the date with sales',
          priority: 'high',
          dueDate: '2026-05-01',
          done: false,
          createdAt: '{{fullCreatedAt}}',
        },
      }),
    ],
  },
  {
    id: 'persist-changes',
    category: 'persistence',
    description: 'after a restart, changes made with PATCH are still there',
    points: 2,
    steps: [
      get('/tasks/{{renamedId}}', { status: 200, json: { title: 'Final agenda', description: 'Keep me' } }),
      get('/tasks/{{doneId}}', { status: 200, json: { done: true } }),
    ],
  },
  {
    id: 'persist-deletion',
    category: 'persistence',
    description: 'after a restart, a deleted task stays deleted',
    points: 2,
    steps: [get('/tasks/{{deletedId}}', notFound)],
  },
  {
    id: 'persist-list',
    category: 'persistence',
    description: 'after a restart, GET /tasks still lists the tasks',
    points: 1,
    steps: [
      get('/tasks?limit=100', {
        status: 200,
        json: {
          items: { $contains: { id: '{{fullId}}' }, $not: { $contains: { id: '{{deletedId}}' } } },
          total: { $gte: 10 },
        },
      }),
    ],
  },
  {
    id: 'persist-ids-not-reused',
    category: 'persistence',
    description: 'after a restart, new tasks get new ids (not those of earlier or deleted tasks)',
    points: 2,
    steps: [
      post(
        { title: 'After the restart' },
        { status: 201, json: { id: { $not: { $oneOf: ['{{firstId}}', '{{deletedId}}', '{{fullId}}'] } } } },
        { afterRestartId: 'json.id' },
      ),
      get('/tasks/{{firstId}}', { status: 200, json: { title: 'Write the release notes' } }),
    ],
  },
  // ————————————————— listing (on an empty DATA_DIR: counts and order are exact) —————————————————
  {
    id: 'list-empty',
    category: 'correctness',
    description: 'GET /tasks on an empty service answers {"items": [], "total": 0}',
    points: 1,
    resetDataBefore: true,
    steps: [get('/tasks', { status: 200, headers: jsonType, json: { items: [], total: 0 } })],
  },
  {
    id: 'list-in-creation-order',
    category: 'correctness',
    description: 'GET /tasks lists whole tasks, oldest first, with the total',
    points: 2,
    steps: [
      create('First', 'l1', { priority: 'low' }),
      { ...create('Second', 'l2', { priority: 'high' }), delayMs: 5 },
      { ...create('Third', 'l3'), delayMs: 5 },
      get('/tasks', {
        status: 200,
        json: {
          items: [
            { ...aTask, id: '{{l1}}', title: 'First', priority: 'low' },
            { ...aTask, id: '{{l2}}', title: 'Second', priority: 'high' },
            { ...aTask, id: '{{l3}}', title: 'Third', priority: 'medium' },
          ],
          total: 3,
        },
      }),
    ],
  },
  {
    id: 'list-filter-done',
    category: 'correctness',
    description: 'done=true and done=false list only the tasks with that done, with matching totals',
    points: 2,
    steps: [
      patch('l1', { done: true }, { status: 200 }),
      list('?done=true', ['l1'], 1),
      list('?done=false', ['l2', 'l3'], 2),
    ],
  },
  {
    id: 'list-filter-priority',
    category: 'correctness',
    description: 'priority=… lists only the tasks with that priority',
    points: 2,
    steps: [
      list('?priority=high', ['l2'], 1),
      list('?priority=medium', ['l3'], 1),
      list('?priority=low', ['l1'], 1),
    ],
  },
  {
    id: 'list-filters-combined',
    category: 'correctness',
    description: 'done and priority together list the tasks matching both',
    points: 1,
    steps: [list('?done=true&priority=low', ['l1'], 1), list('?done=false&priority=low', [], 0)],
  },
  {
    id: 'list-limit',
    category: 'correctness',
    description: 'limit=2 gives the first two tasks; total still counts all of them',
    points: 2,
    steps: [
      list('?limit=2', ['l1', 'l2'], 3),
      list('?limit=1', ['l1'], 3),
      list('?limit=100', ['l1', 'l2', 'l3'], 3),
    ],
  },
  {
    id: 'list-offset',
    category: 'correctness',
    description: 'offset skips that many tasks (offset=1, offset=2 with limit=2)',
    points: 2,
    steps: [
      list('?offset=1', ['l2', 'l3'], 3),
      list('?limit=2&offset=2', ['l3'], 3),
      list('?offset=0&limit=1', ['l1'], 3),
    ],
  },
  {
    id: 'list-offset-past-end',
    category: 'correctness',
    description: 'an offset at or past the end gives no items and the same total',
    points: 1,
    steps: [list('?offset=3', [], 3), list('?offset=50', [], 3)],
  },
  {
    id: 'list-unknown-parameters-ignored',
    category: 'validation',
    description: 'unknown query parameters are ignored',
    points: 1,
    steps: [list('?sort=desc&owner=sam', ['l1', 'l2', 'l3'], 3)],
  },
  {
    id: 'list-invalid-limit',
    category: 'validation',
    description: 'limit=0, 101, -1, 1.5 and ten are refused with 400',
    points: 1,
    steps: rejectList('limit=0', 'limit=101', 'limit=-1', 'limit=1.5', 'limit=ten'),
  },
  {
    id: 'list-invalid-offset',
    category: 'validation',
    description: 'offset=-1, 1.5 and two are refused with 400',
    points: 1,
    steps: rejectList('offset=-1', 'offset=1.5', 'offset=two'),
  },
  {
    id: 'list-invalid-filters',
    category: 'validation',
    description: 'done=yes, done=1, priority=urgent and priority=HIGH are refused with 400',
    points: 1,
    steps: rejectList('done=yes', 'done=1', 'priority=urgent', 'priority=HIGH'),
  },
  // ————————————————— concurrency (on an empty DATA_DIR) —————————————————
  {
    id: 'concurrent-posts',
    category: 'concurrency',
    description:
      '50 POST /tasks at the same moment all answer 201 with 50 different ids, and all 50 are listed',
    points: 3,
    resetDataBefore: true,
    parallel: {
      count: 50,
      request: { method: 'POST', path: '/tasks', json: { title: 'Concurrent task', priority: 'low' } },
      expect: { status: 201, json: { id: { $type: 'string' } } },
      distinct: 'json.id',
    },
    steps: [
      get('/tasks?limit=100', {
        status: 200,
        json: { items: { $length: 50, $distinct: 'id', $each: { title: 'Concurrent task' } }, total: 50 },
      }),
    ],
  },
  {
    id: 'list-default-limit',
    category: 'correctness',
    description: 'without limit, GET /tasks gives 20 items (of 50)',
    points: 1,
    steps: [get('/tasks', { status: 200, json: { items: { $length: 20 }, total: 50 } })],
  },
  {
    id: 'list-sorted-with-ties',
    category: 'correctness',
    description: 'tasks created at the same moment are sorted by createdAt, then id',
    points: 1,
    steps: [
      get(
        '/tasks?limit=100',
        { status: 200, json: { items: { $length: 50, $sortedBy: ['createdAt', 'id'] } } },
        { firstOf50: 'json.items.0.id', lastOf50: 'json.items.49.id', twentiethOf50: 'json.items.19.id' },
      ),
    ],
  },
  {
    id: 'list-pages',
    category: 'correctness',
    description:
      'pages of 20 follow on from each other (offset 20 starts at the 21st task; offset 49 is the last)',
    points: 1,
    steps: [
      get('/tasks?limit=30&offset=20', { status: 200, json: { items: { $length: 30 }, total: 50 } }),
      get('/tasks?limit=20&offset=19', { status: 200, json: { items: { $length: 20 } } }),
      get('/tasks?limit=1&offset=19', { status: 200, json: { items: [{ id: '{{twentiethOf50}}' }] } }),
      get('/tasks?offset=49', { status: 200, json: { items: [{ id: '{{lastOf50}}' }], total: 50 } }),
    ],
  },
  {
    id: 'concurrent-reads',
    category: 'concurrency',
    description: '30 reads of GET /tasks at the same moment all answer 200 with the whole list',
    points: 1,
    parallel: {
      count: 30,
      request: { method: 'GET', path: '/tasks?priority=low&limit=100' },
      expect: { status: 200, json: { items: { $length: 50 }, total: 50 } },
    },
  },
  {
    id: 'concurrent-posts-persisted',
    category: 'concurrency',
    description: 'after a restart, all 50 concurrently created tasks are still there',
    points: 3,
    restartBefore: true,
    steps: [
      get('/tasks?limit=100', {
        status: 200,
        json: { items: { $length: 50, $distinct: 'id', $contains: { id: '{{firstOf50}}' } }, total: 50 },
      }),
      get('/tasks?limit=100', { status: 200, json: { items: { $contains: { id: '{{lastOf50}}' } } } }),
    ],
  },
];

/** The tasks-api hidden checks, validated by the check schema when first loaded. */
export const tasksApiChecks = parseChecks(checks);
