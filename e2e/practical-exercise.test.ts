import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodNodeDir } from '../src/assessments/exercises/tasks-api/__fixtures__/planted-bugs.ts';
import { zipFolder } from '../test/support/documents.ts';
import { logInAsScriptAdmin, openJobFromTemplate, signUpViaApi } from './support/api.ts';
import { screenshot } from './support/screenshots.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * The "done when": the hiring manager sends the tasks-api exercise from the candidate's profile; the
 * candidate opens the e-mailed link, reads the brief, starts the clock, downloads the starter and uploads a zip
 * of a working solution; within a minute the candidate's page shows the graded report with its evidence. A
 * fork bomb uploaded afterwards ends as one plain failure line. Grading runs in the real sandbox (root and
 * bubblewrap, as for the grader's own tests).
 */

let server: RunningServer;
let browser: Browser;
let manager: Page;
let portal: Page;
let api: Awaited<ReturnType<typeof signUpViaApi>>;
// biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
let candidate: any;
let exerciseLink = '';

/** Chooses a file in the portal's upload field and uploads it. */
async function upload(name: string, buffer: Buffer) {
  await portal.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/zip', buffer });
  await portal.getByRole('button', { name: 'Upload', exact: true }).click();
}

const applicationsTab = () => `${server.url}/candidates/${candidate.id}?tab=applications`;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Kestrel Logistics');
  const job = await openJobFromTemplate(api);
  candidate = (
    await api.call('POST', '/candidates', {
      jobId: job.id,
      candidate: { name: 'Tomás Herrera', emails: ['tomas@example.net'] },
    })
  ).candidate;
  manager = await logInAsScriptAdmin(browser, server.url, api, { width: 1366, height: 900 });
  // The candidate is somewhere else: the deadline must read in their own time.
  portal = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Tokyo' });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a practical exercise, from sending to the graded report', () => {
  it('the hiring manager sends the tasks-api exercise from the candidate’s profile', async () => {
    await manager.goto(applicationsTab());
    await manager.getByRole('button', { name: 'Send exercise' }).click();
    const dialog = manager.getByRole('dialog', { name: 'Send a practical exercise to Tomás Herrera' });
    await dialog.getByRole('combobox', { name: 'Exercise' }).click();
    await manager.getByRole('option', { name: 'Build a small tasks API' }).click();
    await dialog.getByRole('button', { name: 'Send exercise' }).click();
    await dialog.getByText(/Tomás Herrera has an e-mail with their own link/).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await manager.getByText('Sent, not started').waitFor();

    const outbox = (await api.call('GET', '/outbox?limit=20')).items;
    const mail = outbox.find((item: { to: string[] }) => item.to.includes('tomas@example.net'));
    expect(mail.subject).toMatch(/A practical exercise from Kestrel Logistics/);
    const text = (await api.call('GET', `/outbox/${mail.id}`)).message.text as string;
    exerciseLink = /(https?:\/\/\S+\/exercise\/hbx_[A-Za-z0-9_-]+)/.exec(text)![1]!;
  });

  it('the candidate reads the brief, starts the clock and downloads the starter', async () => {
    await portal.goto(exerciseLink);
    await portal.getByRole('heading', { name: 'Build a small tasks API', level: 1 }).waitFor();
    await portal.getByText('Your time has not started').waitFor();
    await portal.getByRole('heading', { name: 'How we run it', level: 3 }).waitFor();
    await screenshot(portal, 'exercise-portal-brief');

    await portal.getByRole('button', { name: /^Start/ }).click();
    await portal.getByRole('timer').waitFor();
    // The deadline is said in the candidate's own time zone, with its offset.
    await portal
      .getByText(/Asia\/Tokyo time \(UTC\+9\)/)
      .first()
      .waitFor();

    const download = portal.waitForEvent('download');
    await portal.getByRole('link', { name: /Download the starter/ }).click();
    const starter = await download;
    expect(starter.suggestedFilename()).toBe('tasks-api-starter.zip');
    const files = unzipSync(new Uint8Array(readFileSync(await starter.path())));
    expect(Object.keys(files)).toContain('tasks-api/hirebench.json');
  });

  it('the candidate uploads a zip of a working solution and gets a clear confirmation', async () => {
    // The file field is a real button with its label, so it is reached and opened with the keyboard.
    const field = portal.getByRole('button', { name: /^Your work/ });
    await field.focus();
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    await upload('tasks-api.zip', zipFolder(goodNodeDir, 'tasks-api'));
    const received = portal.getByRole('alert').filter({ hasText: 'Received' });
    await received.getByText(/we received tasks-api\.zip/).waitFor();
    await portal.getByText(/Last upload: tasks-api\.zip/).waitFor();
    await screenshot(portal, 'exercise-portal-uploaded');
  });

  it('within a minute the candidate’s page shows the graded report, with each check’s evidence', async () => {
    await manager.goto(applicationsTab());
    // The page follows the grading by itself; no reload.
    const result = manager.getByRole('region', { name: /Build a small tasks API/ });
    await result.getByText(/^Works and handles edge cases well/).waitFor({ timeout: 60_000 });
    await result.getByText('Graded', { exact: true }).waitFor();
    await result
      .getByText(/^(\d+)\/\1$/)
      .first()
      .waitFor();
    for (const category of [
      'Correctness',
      'Validation',
      'Error handling',
      'Persistence',
      'Concurrency',
      'Security',
    ])
      await result.getByText(category, { exact: true }).first().waitFor();
    await result.getByRole('button', { name: /(\d+) of \1 checks passed/ }).click();
    await result.getByRole('button', { name: /POST \/tasks with only a title/ }).click();
    await result
      .getByText(/POST \/tasks/)
      .first()
      .waitFor();
    await result
      .getByText(/answered 201/)
      .first()
      .waitFor();
    await screenshot(manager, 'exercise-report');

    // The timeline tells the same story in plain sentences.
    await manager.goto(`${server.url}/candidates/${candidate.id}?tab=timeline`);
    await manager.getByText(/Script Admin sent the exercise “Build a small tasks API”/).waitFor();
    await manager.getByText(/Started the exercise “Build a small tasks API”; the deadline is/).waitFor();
    await manager.getByText('Handed in the exercise “Build a small tasks API” (tasks-api.zip)').waitFor();
    await manager
      .getByText(/The exercise “Build a small tasks API” was graded: (\d+) of \1 points \(pass\)/)
      .waitFor();
    await screenshot(manager, 'exercise-timeline');
  });

  it('a fork bomb uploaded instead ends as one clean failure line', async () => {
    const bomb = Buffer.from(
      zipSync({
        'bomb/hirebench.json': new TextEncoder().encode(
          JSON.stringify({ start: 'bomb() { bomb | bomb & }; bomb; wait' }),
        ),
      }),
    );
    await upload('bomb.zip', bomb);
    await portal.getByText(/we received bomb\.zip/).waitFor();

    await manager.goto(applicationsTab());
    const result = manager.getByRole('region', { name: /Build a small tasks API/ });
    await result
      .getByText(/^Does not work: the service did not start — it started too many processes and was stopped/)
      .waitFor({ timeout: 60_000 });
    await screenshot(manager, 'exercise-report-fork-bomb');
    // The host is unaffected: the app still answers, and the earlier graded upload stays on record.
    expect((await fetch(`${server.url}/readyz`)).ok).toBe(true);
  });
});
