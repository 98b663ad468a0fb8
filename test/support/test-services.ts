import { loadConfig } from '../../src/config.ts';
import { createApp, createServices } from '../../src/platform/boot.ts';
import { openDatabase } from '../../src/platform/db/client.ts';
import { createScratchDatabase } from '../../src/platform/db/scratch-database.ts';
import type { App } from '../../src/platform/http/types.ts';
import { createLogger } from '../../src/platform/log.ts';
import type { Services } from '../../src/platform/services.ts';

/**
 * A fresh, migrated database for one test file: embedded PGlite in memory by default, or a new database on
 * the PostgreSQL server named by TEST_DATABASE_URL (dropped again on close).
 */
export async function openTestDatabase() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl)
    return { database: await openDatabase({ kind: 'pglite', dataDir: null }), drop: async () => {} };

  const scratch = await createScratchDatabase(serverUrl, 'hb_test');
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 5 });
  return { database, drop: scratch.drop };
}

export type TestEnv = Record<string, string>;

export async function createTestServices(env: TestEnv = {}): Promise<Services & { close(): Promise<void> }> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    LOG_FORMAT: 'json',
    PUBLIC_URL: 'http://hirebench.test',
    HIREBENCH_DATA_DIR: '/nonexistent',
    ...env,
  });
  const { database, drop } = await openTestDatabase();
  const services = await createServices(config, { database, log: createLogger(config) });
  return {
    ...services,
    close: async () => {
      // A test may have closed the database on purpose; the scratch database is dropped either way.
      await database.close().catch(() => {});
      await drop();
    },
  };
}

export async function createTestApp(
  env: TestEnv = {},
): Promise<{ app: App; services: Services; close(): Promise<void> }> {
  const services = await createTestServices(env);
  const app = await createApp(services, null);
  await app.ready();
  return {
    app,
    services,
    close: async () => {
      await app.close();
      await services.close();
    },
  };
}
