import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { Accounts } from './accounts.js';
import { createHandler } from './app.js';
import { Lockout, Sessions } from './sessions.js';

const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.DATA_DIR ?? './data';
mkdirSync(dataDir, { recursive: true });

const services = { accounts: new Accounts(dataDir), sessions: new Sessions(), lockout: new Lockout() };
createServer(createHandler(services)).listen(port, () => console.log(`login-system listening on ${port}`));
