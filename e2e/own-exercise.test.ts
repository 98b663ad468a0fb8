import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAsScriptAdmin, signUpViaApi } from './support/api.ts';
import { screenshot } from './support/screenshots.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * A hiring manager adds the organisation's own exercise from a Postman collection: a broken paste is explained
 * in plain words with the path of the problem, the uploaded collection saves, and the exercise is listed with
 * Hirebench's own.
 */

const collectionText = readFileSync(
  new URL(
    '../src/assessments/grader/postman/__fixtures__/tasks-api.postman_collection.json',
    import.meta.url,
  ),
  'utf8',
);

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const api = await signUpViaApi(server.url, 'Heron Freight');
  page = await logInAsScriptAdmin(browser, server.url, api, { width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("an organisation's own exercise", () => {
  it('is made from a Postman collection and listed with the library', async () => {
    await page.goto(`${server.url}/assessments`);
    await page.getByRole('button', { name: 'New exercise' }).click();
    const dialog = page.getByRole('dialog', { name: 'New exercise' });
    await dialog.getByLabel('Title').fill('Shipments API');
    await dialog
      .getByLabel('Summary')
      .fill('A small REST API for shipments with validation and persistence.');
    await dialog
      .getByLabel('Brief')
      .fill('# Shipments\n\nBuild `GET /health` and the `/tasks` endpoints. Listen on PORT.');
    await dialog.getByText('Postman collection').click();
    await dialog
      .getByLabel('Or paste the JSON')
      .fill('{"info": {"name": "Old", "schema": "v2.0"}, "item": []}');
    await dialog.getByRole('button', { name: 'Save exercise' }).click();
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/hiddenChecks\.collection\.info\.schema/);
    await screenshot(page, 'own-exercise-invalid');

    await dialog.getByLabel('Or paste the JSON').fill(collectionText);
    await dialog.getByLabel('Environment variables (optional)').fill('expectedPriority=high');
    await screenshot(page, 'own-exercise-form');
    await dialog.getByRole('button', { name: 'Save exercise' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Shipments API').waitFor();
    expect(await page.getByText('Your organisation · Postman').count()).toBe(1);
    expect(await page.getByText('13 checks').count()).toBe(1);
    await screenshot(page, 'own-exercise-listed');
  }, 60_000);
});
