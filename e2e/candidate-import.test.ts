import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAsScriptAdmin, signUpViaApi } from './support/api.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * A recruiter imports a spreadsheet of 1,000 candidates from another tool: checks the guessed column mapping,
 * fixes one column, runs the dry run, imports with a live progress bar, finds someone by a skill, and imports
 * the same file again without creating anyone twice.
 */

let server: RunningServer;
let browser: Browser;
let page: Page;
let api: Awaited<ReturnType<typeof signUpViaApi>>;

const skills = ['Go', 'PostgreSQL', 'Kotlin', 'Rust', 'Django', 'Kafka', 'Terraform', 'GraphQL'];
const rows = 1000;

/** An export with the columns other tools write: a full name, an e-mail, a "Mobile", skills, and one bad row. */
function spreadsheet(): Buffer {
  const lines = ['Candidate Name,Email Address,Mobile,Town,Key skills,Yrs,Ref'];
  for (let index = 1; index <= rows; index++) {
    const skill = skills[index % skills.length]!;
    const email = index === 500 ? 'not-an-email' : `person${index}@pool.example`;
    lines.push(
      `Person ${index} Example,${email},+44 7700 9${String(index).padStart(5, '0')},"Leeds, UK","${skill}; Docker",${index % 15},R-${index}`,
    );
  }
  lines.push('Zélie Ombredane,zelie@pool.example,,Nantes,Elixir (6 years),9,R-ZELIE');
  return Buffer.from(`${lines.join('\n')}\n`);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Heron Logistics');
  page = await logInAsScriptAdmin(browser, server.url, api, { width: 1280, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function chooseFile() {
  await page
    .getByLabel('Candidate file')
    .setInputFiles({ name: 'heron-pool.csv', mimeType: 'text/csv', buffer: spreadsheet() });
  await page.getByRole('heading', { name: 'Match the columns' }).waitFor();
}

describe('candidate import', () => {
  it('maps the columns, checks every row, then imports 1,000 candidates with a progress bar', async () => {
    await page.goto(`${server.url}/candidates`);
    await page.getByRole('button', { name: 'Add candidate' }).click();
    await page.getByRole('menuitem', { name: 'Import a CSV file' }).click();
    await page.getByRole('heading', { name: 'Import candidates', level: 1 }).waitFor();
    await chooseFile();

    await expect
      .poll(() => page.getByText(/About 1,001 rows · 7 columns separated by commas/).count())
      .toBe(1);
    // The guesses: the name, e-mail and phone columns are recognised by their names.
    expect(await page.getByRole('combobox', { name: 'Column for Full name' }).inputValue()).toBe(
      'Candidate Name',
    );
    expect(await page.getByRole('combobox', { name: 'Column for E-mail', exact: true }).inputValue()).toBe(
      'Email Address',
    );
    expect(await page.getByRole('combobox', { name: 'Column for Phone' }).inputValue()).toBe('Mobile');
    expect(await page.getByRole('combobox', { name: 'Column for Skills' }).inputValue()).toBe('Key skills');
    // "Yrs" and "Ref" are the person's to map.
    await page.getByRole('combobox', { name: 'Column for Years of experience' }).click();
    await page.getByRole('option', { name: 'Yrs' }).click();
    await page.getByRole('combobox', { name: 'Column for External id' }).click();
    await page.getByRole('option', { name: 'Ref' }).click();

    await page.getByRole('button', { name: 'Check every row first' }).click();
    await page.getByText('Check done').waitFor({ timeout: 60_000 });
    await expect
      .poll(() =>
        page.getByText(/Nothing was written\. Importing this file would create 1,000 and update 0/).count(),
      )
      .toBe(1);
    const failedRow = page.getByRole('row', { name: /501 .*not-an-email/ });
    expect(await failedRow.count()).toBe(1);
    expect((await api.call('GET', '/candidates')).total).toBe(0);

    await page.getByRole('button', { name: 'Import now' }).click();
    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    await progress.waitFor();
    await page.getByText('Import done').waitFor({ timeout: 120_000 });
    expect(await progress.getAttribute('aria-valuenow')).toBe('100');
    await expect.poll(() => page.getByText(/1,000 candidates created and 0 updated/).count()).toBe(1);
    expect((await api.call('GET', '/candidates')).total).toBe(1000);
  });

  it('finds an imported candidate by a skill from the file in well under a second', async () => {
    await page.getByRole('link', { name: 'See the candidates' }).click();
    await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
    const search = page.getByLabel('Search candidates');
    const started = Date.now();
    await search.fill('elixir');
    await page.getByRole('link', { name: 'Zélie Ombredane' }).waitFor();
    // Generous for a loaded CI machine; the server's own figure is in bench/candidate-search.ts.
    expect(Date.now() - started).toBeLessThan(5000);
    const zelie = (await api.call('GET', '/candidates?q=zelie')).items[0];
    const profile = (await api.call('GET', `/candidates/${zelie.id}`)).candidate;
    expect(profile.skills).toEqual([expect.objectContaining({ skill: 'elixir', years: 6 })]);
  });

  it('imports the same file again without duplicating anyone', async () => {
    await page.goto(`${server.url}/candidates/import`);
    await chooseFile();
    await page.getByRole('combobox', { name: 'Column for External id' }).click();
    await page.getByRole('option', { name: 'Ref' }).click();
    await page.getByRole('button', { name: /Import about 1,001 candidates/ }).click();
    await page.getByText('Import done').waitFor({ timeout: 120_000 });
    await expect.poll(() => page.getByText(/0 candidates created and 1,000 updated/).count()).toBe(1);
    expect((await api.call('GET', '/candidates')).total).toBe(1000);
    await page.getByRole('button', { name: 'Import another file' }).click();
    const recent = page.getByRole('table').filter({ hasText: 'heron-pool.csv' });
    await expect.poll(() => recent.getByRole('row').count()).toBe(4);
  });
});
