// The hidden checks of login-system, in the declarative format (../../grader/checks.ts), one or more per rule of
// the contract in brief.md. They run in this order against one service on a fresh DATA_DIR; the last group runs
// after a restart (accounts must survive it; sessions need not, so no check uses a token across it).
import { type CheckInput, parseChecks } from '../../grader/checks.ts';

type Step = CheckInput['steps'] extends (infer S)[] | undefined ? S : never;
type Json = Record<string, unknown> | unknown[] | string | number | boolean | null;

const ada = { email: 'ada@example.com', password: 'Lovelace-Engine-1843' };
const wrongPassword = 'Babbage-Engine-1822';
const echoCanary = 'Echo-Canary-90417-Larch';
const storedCanary = 'Plain-Canary-5521-Quince';
/** Every password the checks send, right or wrong: none may be stored readable. */
const everyPassword = [ada.password, wrongPassword, echoCanary, storedCanary];

const anError = { error: { $exists: true } };
const jsonError = (status: number) => ({ status, json: anError });
const noPassword = (password: string) => ({ $not: { $regex: password } });
const aUser = (email: string) => ({
  id: { $type: 'string', $length: { $gte: 1 } },
  email,
  createdAt: { $type: 'datetime' },
  password: { $exists: false },
  passwordHash: { $exists: false },
});
const aToken = { $type: 'string', $length: { $gte: 22 } };
const unlike = (variable: string) => ({ $differsFrom: { value: `{{${variable}}}`, atLeast: 16 } });

const post = (path: string, json: Json, expect: Step['expect'], capture?: Record<string, string>): Step => ({
  request: { method: 'POST', path, json: json as never },
  expect,
  ...(capture ? { capture } : {}),
});
const postRaw = (path: string, body: string, expect: Step['expect']): Step => ({
  request: { method: 'POST', path, body },
  expect,
});
const register = (
  email: unknown,
  password: unknown,
  expect: Step['expect'],
  capture?: Record<string, string>,
) => post('/register', { email, password } as Json, expect, capture);
const login = (email: string, password: string, expect: Step['expect'], capture?: Record<string, string>) =>
  post('/login', { email, password }, expect, capture);
const withToken = (
  method: 'GET' | 'POST',
  path: string,
  token: string | null,
  expect: Step['expect'],
): Step => ({
  request: { method, path, ...(token === null ? {} : { headers: { authorization: token } }) },
  expect,
});
const bearer = (variable: string) => `Bearer {{${variable}}}`;
const failures = (email: string, count: number): Step[] =>
  Array.from({ length: count }, () => login(email, wrongPassword, jsonError(401)));

const checks: CheckInput[] = [
  // ————————————————— registering —————————————————
  {
    id: 'health',
    category: 'correctness',
    description: 'GET /health answers 200',
    points: 1,
    steps: [withToken('GET', '/health', null, { status: 200 })],
  },
  {
    id: 'register',
    category: 'correctness',
    description: 'POST /register answers 201 with the account (id, email, createdAt) and no password',
    points: 2,
    steps: [register(ada.email, ada.password, { status: 201, json: aUser(ada.email) }, { adaId: 'json.id' })],
  },
  {
    id: 'register-normalises-email',
    category: 'validation',
    description: 'the address is stored trimmed and in lower case, and logging in ignores its case',
    points: 1,
    steps: [
      register('  Grace.Hopper@Example.COM ', 'Cobol-Compiler-1959', {
        status: 201,
        json: aUser('grace.hopper@example.com'),
      }),
      login('GRACE.HOPPER@example.com', 'Cobol-Compiler-1959', { status: 200, json: { token: aToken } }),
    ],
  },
  {
    id: 'register-duplicate',
    category: 'validation',
    description: 'an address that has an account already, in any case, answers 409',
    points: 2,
    steps: [
      register(ada.email, 'Another-Password-1', jsonError(409)),
      register(' ADA@Example.com', 'Another-Password-2', jsonError(409)),
    ],
  },
  {
    id: 'register-invalid-email',
    category: 'validation',
    description: 'addresses without one @, a name, a dotted domain, or with spaces are refused with 400',
    points: 2,
    steps: [
      ...[
        'ada',
        'ada@example',
        '@example.com',
        'ada@',
        'ada@@example.com',
        'ada lovelace@example.com',
        'ada@.com',
      ].map((email) => register(email, 'Valid-Password-1', jsonError(400))),
      register(`${'a'.repeat(250)}@example.com`, 'Valid-Password-1', jsonError(400)),
      register(42, 'Valid-Password-1', jsonError(400)),
      register(null, 'Valid-Password-1', jsonError(400)),
    ],
  },
  {
    id: 'register-password-length',
    category: 'validation',
    description:
      'passwords of 9 or 129 characters are refused with 400; 10 and 128 are accepted (characters, not bytes)',
    points: 2,
    steps: [
      register('short@example.com', '123456789', jsonError(400)),
      register('short@example.com', 'x'.repeat(129), jsonError(400)),
      register('short@example.com', 'é'.repeat(9), jsonError(400)),
      register('ten@example.com', '1234567890', { status: 201 }),
      register('long@example.com', 'y'.repeat(128), { status: 201 }),
      register('accents@example.com', 'é'.repeat(10), { status: 201 }),
    ],
  },
  {
    id: 'register-missing-fields',
    category: 'validation',
    description: 'a missing or non-string email or password is refused with 400',
    points: 1,
    steps: [
      post('/register', {}, jsonError(400)),
      post('/register', { email: 'only@example.com' }, jsonError(400)),
      post('/register', { password: 'Only-A-Password' }, jsonError(400)),
      register('number@example.com', 12345678901, jsonError(400)),
    ],
  },
  {
    id: 'register-invalid-json',
    category: 'errors',
    description: 'a body that is not JSON, or not an object, answers 400 with a JSON error',
    points: 1,
    steps: [
      postRaw('/register', '{"email": "ada@', jsonError(400)),
      postRaw('/register', '["ada@example.com"]', jsonError(400)),
      postRaw('/login', 'email=ada@example.com', jsonError(400)),
    ],
  },
  // ————————————————— logging in, sessions —————————————————
  {
    id: 'login',
    category: 'correctness',
    description: 'POST /login with the right password answers 200 with a token of at least 22 characters',
    points: 2,
    steps: [
      login(ada.email, ada.password, { status: 200, json: { token: aToken } }, { adaToken1: 'json.token' }),
    ],
  },
  {
    id: 'me',
    category: 'correctness',
    description: 'GET /me with the token answers the account',
    points: 2,
    steps: [
      withToken('GET', '/me', bearer('adaToken1'), {
        status: 200,
        json: { ...aUser(ada.email), id: '{{adaId}}' },
      }),
    ],
  },
  {
    id: 'me-requires-token',
    category: 'security',
    description: 'GET /me without a token, with a made-up one or another scheme answers 401',
    points: 2,
    steps: [
      withToken('GET', '/me', null, jsonError(401)),
      withToken('GET', '/me', 'Bearer Zm9yZ2VkLXRva2VuLXRoYXQtd2FzLW5ldmVyLWlzc3VlZA', jsonError(401)),
      withToken('GET', '/me', 'Bearer ', jsonError(401)),
      withToken('GET', '/me', 'Basic YWRhQGV4YW1wbGUuY29tOkxvdmVsYWNlLUVuZ2luZS0xODQz', jsonError(401)),
    ],
  },
  {
    id: 'login-wrong-password',
    category: 'security',
    description: 'a wrong password answers 401 with an error',
    points: 2,
    steps: [login(ada.email, wrongPassword, jsonError(401))],
  },
  {
    id: 'no-user-enumeration',
    category: 'security',
    description: 'an unknown address answers exactly like a wrong password (same status, same body)',
    points: 3,
    steps: [
      login(ada.email, wrongPassword, jsonError(401), { wrongPasswordAnswer: 'json' }),
      login('nobody@example.com', wrongPassword, { status: 401, json: { $eq: '{{wrongPasswordAnswer}}' } }),
      login('NOBODY@example.org', ada.password, { status: 401, json: { $eq: '{{wrongPasswordAnswer}}' } }),
    ],
  },
  {
    id: 'login-invalid-body',
    category: 'validation',
    description: 'a login without an email or a password answers 400',
    points: 1,
    steps: [
      post('/login', {}, jsonError(400)),
      post('/login', { email: ada.email }, jsonError(400)),
      post('/login', { email: ada.email, password: 1843 }, jsonError(400)),
    ],
  },
  {
    id: 'tokens-unpredictable',
    category: 'security',
    description:
      'every login gets a new token, unlike the previous ones (not sequential or derived from time)',
    points: 3,
    steps: [
      login(
        ada.email,
        ada.password,
        { status: 200, json: { token: { ...aToken, ...unlike('adaToken1') } } },
        {
          nextA: 'json.token',
        },
      ),
      login(
        ada.email,
        ada.password,
        { status: 200, json: { token: { ...aToken, ...unlike('nextA') } } },
        {
          nextB: 'json.token',
        },
      ),
      login('ten@example.com', '1234567890', {
        status: 200,
        json: { token: { ...aToken, ...unlike('nextB') } },
      }),
    ],
  },
  {
    id: 'logout',
    category: 'security',
    description: 'POST /logout answers 204, and afterwards the token answers 401 everywhere',
    points: 3,
    steps: [
      login(ada.email, ada.password, { status: 200 }, { leavingToken: 'json.token' }),
      withToken('GET', '/me', bearer('leavingToken'), { status: 200 }),
      withToken('POST', '/logout', bearer('leavingToken'), { status: 204 }),
      withToken('GET', '/me', bearer('leavingToken'), jsonError(401)),
      withToken('POST', '/logout', bearer('leavingToken'), jsonError(401)),
    ],
  },
  {
    id: 'logout-ends-only-that-session',
    category: 'correctness',
    description: "logging out ends only that session: the account's other tokens keep working",
    points: 1,
    steps: [
      login(ada.email, ada.password, { status: 200 }, { stayingToken: 'json.token' }),
      login(ada.email, ada.password, { status: 200 }, { goingToken: 'json.token' }),
      withToken('POST', '/logout', bearer('goingToken'), { status: 204 }),
      withToken('GET', '/me', bearer('stayingToken'), { status: 200, json: { id: '{{adaId}}' } }),
      withToken('GET', '/me', bearer('adaToken1'), { status: 200 }),
    ],
  },
  {
    id: 'logout-requires-token',
    category: 'security',
    description: 'POST /logout without a valid token answers 401',
    points: 1,
    steps: [
      withToken('POST', '/logout', null, jsonError(401)),
      withToken('POST', '/logout', 'Bearer not-a-real-session-token-at-all', jsonError(401)),
    ],
  },
  {
    id: 'password-never-echoed',
    category: 'security',
    description: 'no answer contains the password: registering, duplicates, refusals, logging in and /me',
    points: 2,
    steps: [
      register('echo@example.com', echoCanary, { status: 201, text: noPassword(echoCanary) }),
      register('echo@example.com', echoCanary, { status: 409, text: noPassword(echoCanary) }),
      register('not-an-address', echoCanary, { status: 400, text: noPassword(echoCanary) }),
      register('echo2@example.com', `${echoCanary}${'z'.repeat(120)}`, {
        status: 400,
        text: noPassword(echoCanary),
      }),
      login(
        'echo@example.com',
        echoCanary,
        { status: 200, text: noPassword(echoCanary) },
        { echoToken: 'json.token' },
      ),
      login('echo@example.com', `${echoCanary}-wrong`, { status: 401, text: noPassword(echoCanary) }),
      withToken('GET', '/me', bearer('echoToken'), { status: 200, text: noPassword(echoCanary) }),
    ],
  },
  // ————————————————— lockout —————————————————
  {
    id: 'lockout',
    category: 'security',
    description:
      'after 5 failed logins an address answers 429, even to the right password; others are unaffected',
    points: 3,
    steps: [
      register('locked@example.com', 'Right-Password-77', { status: 201 }),
      ...failures('locked@example.com', 5),
      login('locked@example.com', wrongPassword, jsonError(429)),
      login('locked@example.com', 'Right-Password-77', jsonError(429)),
      login(' LOCKED@example.com', 'Right-Password-77', jsonError(429)),
      login(ada.email, ada.password, { status: 200 }),
    ],
  },
  {
    id: 'lockout-unknown-address',
    category: 'security',
    description: 'an address without an account is locked the same way, so the lockout reveals nothing',
    points: 2,
    steps: [...failures('ghost@example.com', 5), login('ghost@example.com', wrongPassword, jsonError(429))],
  },
  {
    id: 'lockout-cleared-by-success',
    category: 'correctness',
    description: 'a successful login clears the failures: 4 failures, success, 4 failures, success',
    points: 1,
    steps: [
      register('forgetful@example.com', 'Right-Password-88', { status: 201 }),
      ...failures('forgetful@example.com', 4),
      login('forgetful@example.com', 'Right-Password-88', { status: 200 }),
      ...failures('forgetful@example.com', 4),
      login('forgetful@example.com', 'Right-Password-88', { status: 200 }),
    ],
  },
  // ————————————————— storage —————————————————
  {
    id: 'password-not-stored',
    category: 'security',
    description:
      'DATA_DIR holds no password in plain text, in base64 or as an unsalted MD5, SHA-1, SHA-256 or SHA-512',
    points: 4,
    steps: [
      {
        ...register('vault@example.com', storedCanary, { status: 201 }),
        dataDir: { notContaining: everyPassword, encodings: ['base64', 'md5', 'sha1', 'sha256', 'sha512'] },
      },
    ],
  },
  {
    id: 'accounts-survive-restart',
    category: 'persistence',
    description:
      'after a restart, accounts still log in, still refuse wrong passwords and still count as taken',
    points: 3,
    restartBefore: true,
    steps: [
      login(
        ada.email,
        ada.password,
        { status: 200, json: { token: aToken } },
        { afterRestart: 'json.token' },
      ),
      withToken('GET', '/me', bearer('afterRestart'), { status: 200, json: { id: '{{adaId}}' } }),
      login('vault@example.com', wrongPassword, jsonError(401)),
      register(ada.email, 'Another-Password-3', jsonError(409)),
    ],
  },
];

/** The login-system hidden checks, validated by the check schema when first loaded. */
export const loginSystemChecks = parseChecks(checks);
