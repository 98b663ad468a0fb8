import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  goodMigrationDir,
  plantedSchemaBugs,
} from '../src/assessments/exercises/repair-the-schema/__fixtures__/planted-bugs.ts';
import { logInAsScriptAdmin, openJobFromTemplate, signUpViaApi } from './support/api.ts';
import { screenshot } from './support/screenshots.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * The schema exercise through the same portal and report as the service ones: the hiring manager sends
 * repair-the-schema, the candidate uploads a migration that forgets one index, and the candidate's page shows the
 * verdict, the Performance category and the failing check with the query plan as its evidence. The migration runs
 * in the real sandbox on 100,000 generated orders, so grading takes a minute or more on a busy machine.
 */

let server: RunningServer;
let browser: Browser;
let manager: Page;
let portal: Page;
let api: Awaited<ReturnType<typeof signUpViaApi>>;
// biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
let candidate: any;

const missingIndex = plantedSchemaBugs.find((bug) => bug.name === 'missing-index')!;

function migrationZip(): Buffer {
  let sql = readFileSync(join(goodMigrationDir, 'migration.sql'), 'utf8');
  for (const edit of missingIndex.edits) sql = sql.replace(edit.find, edit.replace);
  return Buffer.from(zipSync({ 'shop-migration/migration.sql': new TextEncoder().encode(sql) }));
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Larkspur Goods');
  const job = await openJobFromTemplate(api);
  candidate = (
    await api.call('POST', '/candidates', {
      jobId: job.id,
      candidate: { name: 'Ingrid Solberg', emails: ['ingrid@example.net'] },
    })
  ).candidate;
  manager = await logInAsScriptAdmin(browser, server.url, api, { width: 1366, height: 900 });
  portal = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the repair-the-schema exercise, from sending to the graded report', () => {
  it('is sent, started and answered with a migration', async () => {
    await manager.goto(`${server.url}/candidates/${candidate.id}?tab=applications`);
    await manager.getByRole('button', { name: 'Send exercise' }).click();
    const dialog = manager.getByRole('dialog', { name: 'Send a practical exercise to Ingrid Solberg' });
    await dialog.getByRole('combobox', { name: 'Exercise' }).click();
    await manager.getByRole('option', { name: 'Repair a shop database' }).click();
    await dialog.getByRole('button', { name: 'Send exercise' }).click();
    await dialog.getByText(/Ingrid Solberg has an e-mail with their own link/).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();

    const outbox = (await api.call('GET', '/outbox?limit=20')).items;
    const mail = outbox.find((item: { to: string[] }) => item.to.includes('ingrid@example.net'));
    const text = (await api.call('GET', `/outbox/${mail.id}`)).message.text as string;
    const link = /(https?:\/\/\S+\/exercise\/hbx_[A-Za-z0-9_-]+)/.exec(text)![1]!;

    await portal.goto(link);
    await portal.getByRole('heading', { name: 'Repair a shop database', level: 1 }).waitFor();
    await portal.getByRole('heading', { name: 'How to clean the legacy data', level: 3 }).waitFor();
    await screenshot(portal, 'schema-exercise-brief');
    await portal.getByRole('button', { name: /^Start/ }).click();
    await portal.getByRole('timer').waitFor();
    await portal
      .locator('input[type=file]')
      .setInputFiles({ name: 'shop-migration.zip', mimeType: 'application/zip', buffer: migrationZip() });
    await portal.getByRole('button', { name: 'Upload', exact: true }).click();
    await portal.getByText(/we received shop-migration\.zip/).waitFor();
  });

  it('shows the verdict, the categories and the failing index check with the query plan', async () => {
    await manager.goto(`${server.url}/candidates/${candidate.id}?tab=applications`);
    const result = manager.getByRole('region', { name: /Repair a shop database/ });
    await result
      .getByText(/^The migration works well, with small gaps in indexes for the queries\./)
      .waitFor({ timeout: 420_000 });
    for (const category of ['Correctness', 'Validation', 'Persistence', 'Performance'])
      await result.getByText(category, { exact: true }).first().waitFor();
    await result.getByRole('button', { name: /of \d+ checks passed/ }).click();
    await result
      .getByRole('button', { name: /Query 1 \(a customer's ten most recent orders\) uses indexes/ })
      .click();
    await result.getByRole('button', { name: /Two orders cannot share a reference/ }).click();
    await result
      .getByText(/reads orders whole \(Seq Scan, about \d+ rows\): no index serves this query/)
      .waitFor();
    await screenshot(manager, 'schema-exercise-report');
    expect((await fetch(`${server.url}/readyz`)).ok).toBe(true);
  }, 480_000);
});
