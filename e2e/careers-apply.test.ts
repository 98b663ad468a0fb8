import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../test/support/documents.ts';
import { openJobFromTemplate, signUpViaApi } from './support/api.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/** A candidate applies on the public careers page with a real PDF, and bad uploads are refused clearly. */

let server: RunningServer;
let browser: Browser;
let api: Awaited<ReturnType<typeof signUpViaApi>>;
// biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
let job: any;
const files = path.join(tmpdir(), `hirebench-e2e-${process.pid}`);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Harbour Freight Tech');
  job = await openJobFromTemplate(api);
  mkdirSync(files, { recursive: true });
  writeFileSync(
    path.join(files, 'resume.pdf'),
    await makePdf(['Noor Haddad', 'Backend engineer', 'Node.js, PostgreSQL']),
  );
  writeFileSync(path.join(files, 'fake.pdf'), Buffer.from('just some text pretending to be a PDF'));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('careers page', () => {
  it('works without JavaScript and carries the structured data', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/careers/${api.organisation.slug}`);
    await page.getByRole('link', { name: job.title }).click();
    await page.getByRole('heading', { name: 'Apply for this position' }).waitFor();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'JobPosting', title: job.title, directApply: true });
    await context.close();
  });

  it('refuses a file that is not a PDF or DOCX with a clear message, keeping what was typed', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/careers/${api.organisation.slug}/jobs/${job.slug}`);
    await page.getByLabel('Full name').fill('Noor Haddad');
    await page.getByLabel('E-mail').fill('noor@example.net');
    await page.getByLabel('Résumé').setInputFiles(path.join(files, 'fake.pdf'));
    await page.getByLabel(/I agree that Harbour Freight Tech stores/).check();
    await page.getByRole('button', { name: 'Submit application' }).click();
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('not sent');
    await expect(
      page.getByText('This file is not a PDF or Word (DOCX) document').first().isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByLabel('Full name').inputValue()).resolves.toBe('Noor Haddad');
    const applications = (await api.call('GET', `/jobs/${job.id}/applications`)).items;
    expect(applications).toHaveLength(0);
    await page.close();
  });

  it('accepts the application with a real PDF and shows it to the team', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/careers/${api.organisation.slug}/jobs/${job.slug}`);
    await page.getByLabel('Full name').fill('Noor Haddad');
    await page.getByLabel('E-mail').fill('noor@example.net');
    await page.getByLabel('Phone').fill('+1 (415) 555-0134');
    await page.getByLabel('GitHub').fill('github.com/noorh');
    await page.getByLabel('Résumé').setInputFiles(path.join(files, 'resume.pdf'));
    await page.getByLabel(/I agree that Harbour Freight Tech stores/).check();
    await page.getByRole('button', { name: 'Submit application' }).click();
    await page.getByRole('heading', { name: /your application is in/ }).waitFor();

    const applications = (await api.call('GET', `/jobs/${job.id}/applications`)).items;
    expect(applications).toHaveLength(1);
    expect(applications[0].candidate).toMatchObject({
      name: 'Noor Haddad',
      email: 'noor@example.net',
      links: { github: 'noorh' },
    });
    expect(applications[0].resumeFileId).toBeTruthy();
    await page.close();
  });
});
