import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAsScriptAdmin, openJobFromTemplate, signUpViaApi } from './support/api.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * A recruiter works the pipeline board of one job: drags a candidate to the next stage, moves another
 * with the keyboard-friendly "Move" menu, and rejects two at once with the templated rejection e-mail.
 */

let server: RunningServer;
let browser: Browser;
let page: Page;
let api: Awaited<ReturnType<typeof signUpViaApi>>;
// biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
let job: any;

const people = [
  { name: 'Noor Haddad', email: 'noor@example.net' },
  { name: 'Tomás Silva', email: 'tomas@example.net' },
  { name: 'Aiko Tanaka', email: 'aiko@example.net' },
  { name: 'Ravi Menon', email: 'ravi@example.net' },
];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Kestrel Payments');
  job = await openJobFromTemplate(api);
  for (const person of people) {
    await api.call('POST', '/candidates', {
      jobId: job.id,
      candidate: {
        name: person.name,
        emails: [person.email],
        skills: [{ skill: 'PostgreSQL', years: 4 }],
        source: 'referral',
        consent: true,
      },
    });
  }

  page = await logInAsScriptAdmin(browser, server.url, api);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const column = (stage: string) => page.getByRole('region', { name: stage, exact: true });
const card = (where: Locator, name: string) => where.getByRole('button', { name, exact: true });

async function stageOnServer(name: string) {
  const board = (await api.call('GET', `/jobs/${job.id}/board?includeClosed=true`)).cards;
  return board.find((item: { name: string }) => item.name === name);
}

describe('pipeline board', () => {
  it('opens from the job page and shows every new candidate in the first stage', async () => {
    await page.goto(`${server.url}/roles/jobs/${job.id}`);
    await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
    await page.getByRole('heading', { name: `Pipeline: ${job.title}` }).waitFor();
    for (const person of people) await card(column('Applied / Sourced'), person.name).waitFor();
  });

  it('moves a candidate by dragging the card to another column', async () => {
    await card(column('Applied / Sourced'), 'Noor Haddad').scrollIntoViewIfNeeded();
    const from = await card(column('Applied / Sourced'), 'Noor Haddad').boundingBox();
    const to = await column('Screen').boundingBox();
    if (!from || !to) throw new Error('the card or the column is not on screen');
    // dnd-kit starts a drag only after the pointer travels a few pixels, so move in steps.
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2 + 10, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 150, { steps: 15 });
    await page.mouse.up();

    await card(column('Screen'), 'Noor Haddad').waitFor();
    await expect.poll(async () => (await stageOnServer('Noor Haddad')).stage).toBe('screen');
  });

  it('moves a candidate with the keyboard through the "Move" menu, without dragging', async () => {
    await page.getByRole('button', { name: 'Move Tomás Silva' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Practical exercise' }).focus();
    await page.keyboard.press('Enter');

    await card(column('Practical exercise'), 'Tomás Silva').waitFor();
    await expect.poll(async () => (await stageOnServer('Tomás Silva')).stage).toBe('practical');
  });

  it('rejects two candidates at once and queues the templated rejection e-mail for tomorrow', async () => {
    await page.getByRole('checkbox', { name: 'Select Aiko Tanaka' }).check();
    await page.getByRole('checkbox', { name: 'Select Ravi Menon' }).check();
    await page.getByText('2 selected').waitFor();
    await page.getByRole('button', { name: 'Reject selected' }).click();

    const dialog = page.getByRole('dialog', { name: 'Reject 2 candidates' });
    await dialog.getByRole('combobox', { name: 'Reason' }).click();
    await page.getByRole('option', { name: 'Missing must-have skills' }).click();
    await expect(
      dialog.getByRole('checkbox', { name: 'Send the rejection e-mail' }).isChecked(),
    ).resolves.toBe(true);
    await dialog.getByText(`Subject: Your application for ${job.title}`).waitFor();
    await dialog.getByRole('button', { name: 'Reject 2 candidates' }).click();

    await page.getByText('2 candidates rejected; e-mails go out tomorrow.').waitFor();
    await card(column('Applied / Sourced'), 'Aiko Tanaka').waitFor({ state: 'detached' });
    await expect(card(column('Applied / Sourced'), 'Ravi Menon').count()).resolves.toBe(0);

    const outbox = (await api.call('GET', '/outbox?limit=20')).items;
    for (const email of ['aiko@example.net', 'ravi@example.net']) {
      const message = outbox.find((item: { to: string[] }) => item.to.includes(email));
      expect(message?.subject).toBe(`Your application for ${job.title}`);
    }
    await expect(stageOnServer('Aiko Tanaka')).resolves.toMatchObject({ status: 'rejected' });
  });

  it('opens the candidate in a drawer that keeps its place in the URL and closes with Escape', async () => {
    await card(column('Screen'), 'Noor Haddad').click();
    const drawer = page.getByRole('dialog', { name: 'Noor Haddad' });
    await drawer.getByText('noor@example.net').waitFor();
    await drawer.getByText('Moved from Applied / Sourced to Screen').waitFor();
    expect(new URL(page.url()).searchParams.get('candidate')).toBe((await stageOnServer('Noor Haddad')).id);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('candidate')).toBeNull();
  });

  it('marks a candidate who pulled out as withdrawn, without a rejection e-mail', async () => {
    const outboxBefore = (await api.call('GET', '/outbox?limit=50')).items.length;
    await page.getByRole('checkbox', { name: 'Select Tomás Silva' }).check();
    await page.getByRole('button', { name: 'Mark selected as withdrawn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark 1 candidate as withdrawn' });
    await dialog.getByRole('button', { name: 'Mark as withdrawn' }).click();
    await page.getByText('1 candidate marked as withdrawn.').waitFor();
    await card(column('Practical exercise'), 'Tomás Silva').waitFor({ state: 'detached' });
    await expect(stageOnServer('Tomás Silva')).resolves.toMatchObject({ status: 'withdrawn' });
    expect((await api.call('GET', '/outbox?limit=50')).items.length).toBe(outboxBefore);
  });

  it('edits the stages: renames one, adds one, and refuses to remove a stage with candidates in it', async () => {
    await page.getByRole('button', { name: 'Edit stages' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit stages' });
    await expect(dialog.getByRole('button', { name: 'Remove Screen' }).isDisabled()).resolves.toBe(true);
    await dialog.getByRole('textbox', { name: 'Name of stage 2' }).fill('Intro call');
    await dialog.getByRole('button', { name: 'Add a stage' }).click();
    const rows = await dialog.getByRole('textbox', { name: /^Name of stage/ }).count();
    await dialog.getByRole('textbox', { name: `Name of stage ${rows - 1}` }).fill('Founder chat');
    await dialog.getByRole('button', { name: 'Save stages' }).click();
    await page.getByText('The stages are saved.').waitFor();

    // Noor stays where she was: the stage kept its key, only its name changed.
    await card(column('Intro call'), 'Noor Haddad').waitFor();
    await column('Founder chat').waitFor();
    const stages = (await api.call('GET', `/jobs/${job.id}/board`)).stages;
    expect(stages.map((stage: { name: string }) => stage.name).slice(-2)).toEqual(['Founder chat', 'Hired']);
    expect(stages.find((stage: { name: string }) => stage.name === 'Intro call').key).toBe('screen');
  });
});
