import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createHandler } from './app.js';
import { Database } from './db.js';

const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.DATA_DIR ?? './data';
mkdirSync(dataDir, { recursive: true });

const db = new Database(dataDir, fileURLToPath(new URL('../seed/', import.meta.url)));
createServer(createHandler(db)).listen(port, () => console.log(`order desk listening on ${port}`));
