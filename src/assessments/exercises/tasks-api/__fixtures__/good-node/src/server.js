import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { createHandler } from './app.js';
import { TaskStore } from './store.js';

const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.DATA_DIR ?? './data';
mkdirSync(dataDir, { recursive: true });

const store = new TaskStore(dataDir);
store.load();
createServer(createHandler(store)).listen(port, () => console.log(`tasks-api listening on ${port}`));
