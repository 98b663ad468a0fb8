import type { Config } from '../config.ts';
import type { Database, Db } from './db/client.ts';
import type { JobQueue } from './jobs/queue.ts';
import type { Logger } from './log.ts';
import type { Mailer } from './mail/mailer.ts';

/** What every use case may depend on; built once at boot (src/platform/boot.ts). */
export type Services = {
  config: Config;
  database: Database;
  db: Db;
  log: Logger;
  queue: JobQueue;
  mailer: Mailer;
};
