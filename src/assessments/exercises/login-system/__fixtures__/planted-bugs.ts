// Variants of the good Node solution, each with one classic security mistake planted, and the hidden checks each
// must fail (all the others must pass). Edits are exact text replacements, so each bug is visible here in one
// place and the variants never drift from the reference.
import { fileURLToPath } from 'node:url';
import { type TextEdit, writeVariant } from '../../variants.ts';

export const goodNodeDir = fileURLToPath(new URL('./good-node/', import.meta.url));
export const goodPythonDir = fileURLToPath(new URL('./good-python/', import.meta.url));

export type PlantedBug = { name: string; bug: string; edits: TextEdit[]; failingChecks: string[] };

export const plantedBugs: PlantedBug[] = [
  {
    name: 'plaintext-password',
    bug: 'the password is stored next to its hash',
    edits: [
      {
        file: 'src/accounts.js',
        find: 'const user = { id: randomUUID(), email, passwordHash, createdAt',
        replace: 'const user = { id: randomUUID(), email, password, passwordHash, createdAt',
      },
    ],
    failingChecks: ['password-not-stored'],
  },
  {
    name: 'unsalted-sha256',
    bug: 'passwords are stored as a plain SHA-256',
    edits: [
      {
        file: 'src/accounts.js',
        find: "import { randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';",
        replace:
          "import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';",
      },
      {
        file: 'src/accounts.js',
        find: 'export async function hashPassword(password) {\n',
        replace:
          "export async function hashPassword(password) {\n  return `sha256$${createHash('sha256').update(password).digest('hex')}`;\n",
      },
      {
        file: 'src/accounts.js',
        find: 'export async function verifyPassword(password, stored) {\n',
        replace:
          "export async function verifyPassword(password, stored) {\n  if (stored.startsWith('sha256$')) return stored === (await hashPassword(password));\n",
      },
    ],
    failingChecks: ['password-not-stored'],
  },
  {
    name: 'no-lockout',
    bug: 'failed logins are never limited',
    edits: [
      {
        file: 'src/app.js',
        find: "    if (lockout.isLocked(address)) throw new HttpError(429, 'too many failed attempts: try again later');\n",
        replace: '',
      },
    ],
    failingChecks: ['lockout', 'lockout-unknown-address'],
  },
  {
    name: 'logout-keeps-session',
    bug: 'logout answers 204 but the token goes on working',
    edits: [
      {
        file: 'src/app.js',
        find: 'sessions.end(signedIn(request, services).token);',
        replace: 'signedIn(request, services);',
      },
    ],
    failingChecks: ['logout'],
  },
  {
    name: 'user-enumeration',
    bug: 'an unknown address gets its own message',
    edits: [
      {
        file: 'src/accounts.js',
        find: '    return user && matches ? user : undefined;',
        replace: '    if (!user) return null;\n    return matches ? user : undefined;',
      },
      {
        file: 'src/app.js',
        find: '      throw new HttpError(401, wrongCredentials);',
        replace:
          "      throw new HttpError(401, user === null ? 'no account uses this e-mail address' : wrongCredentials);",
      },
    ],
    failingChecks: ['no-user-enumeration'],
  },
  {
    name: 'sequential-tokens',
    bug: 'tokens are the user id, the time and a counter, in base64',
    edits: [
      {
        file: 'src/sessions.js',
        find: "const token = randomBytes(32).toString('base64url');",
        replace:
          'const token = Buffer.from(`session.$' +
          '{userId}.$' +
          '{Date.now()}.$' +
          "{++issued}`).toString('base64url');",
      },
      {
        file: 'src/sessions.js',
        find: 'export class Sessions {\n',
        replace: 'let issued = 0;\n\nexport class Sessions {\n',
      },
    ],
    failingChecks: ['tokens-unpredictable'],
  },
];

/** Write the variant into `target` (which must not exist); its own tests are left out (graded for the checks). */
export function writeBuggyVariant(bug: PlantedBug, target: string): string {
  return writeVariant({
    from: goodNodeDir,
    target,
    edits: bug.edits,
    label: bug.name,
    runPlan: { start: 'node src/server.js' },
  });
}
