import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAsScriptAdmin, openJobFromTemplate, signUpViaApi } from './support/api.ts';
import { screenshot } from './support/screenshots.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * A recruiter asks a referee for a reference and reads the answers on the profile; the hiring team moves an
 * interview and then calls it off from its kit.
 */

let server: RunningServer;
let browser: Browser;
let page: Page;
let api: Awaited<ReturnType<typeof signUpViaApi>>;
// biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
let candidate: any;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Heron Analytics');
  const job = await openJobFromTemplate(api);
  const created = (
    await api.call('POST', '/candidates', {
      jobId: job.id,
      candidate: { name: 'Mariam Okafor', emails: ['mariam@example.net'] },
    })
  ).candidate;
  candidate = (await api.call('GET', `/candidates/${created.id}`)).candidate;
  page = await logInAsScriptAdmin(browser, server.url, api, { width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('references', () => {
  it('requests a reference from the candidate’s profile', async () => {
    await page.goto(`${server.url}/candidates/${candidate.id}`);
    await page.getByRole('tab', { name: 'References' }).click();
    await page.getByRole('heading', { name: 'No references yet' }).waitFor();
    await page.getByRole('button', { name: 'Request a reference' }).click();
    const dialog = page.getByRole('dialog', { name: 'Request a reference for Mariam Okafor' });
    await dialog.getByLabel('Referee’s name').fill('Jonas Weber');
    await dialog.getByLabel('Referee’s e-mail').fill('jonas@example.org');
    await dialog.getByLabel('How they worked together').fill('Her manager at Lumen, 2021–2024');
    await screenshot(page, 'reference-request-dialog');
    await dialog.getByRole('button', { name: 'Send the request' }).click();
    await page.getByText('Waiting for answers').waitFor();
  });

  it('lets the referee answer the structured questions without an account', async () => {
    const outbox = (await api.call('GET', '/outbox?limit=20')).items;
    const message = outbox.find((item: { to: string[] }) => item.to.includes('jonas@example.org'));
    const text = (await api.call('GET', `/outbox/${message.id}`)).message.text as string;
    const url = /(https?:\/\/\S+\/reference\/\S+)/.exec(text)![1]!;

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const referee = await context.newPage();
    await referee.goto(url);
    await referee.getByRole('heading', { name: 'A reference for Mariam Okafor' }).waitFor();
    await referee.getByText('Heron Analytics').first().waitFor();
    await screenshot(referee, 'reference-form-phone');

    // Sending with nothing filled in says what is missing, and sends nothing.
    await referee.getByRole('button', { name: 'Send my answers' }).click();
    await referee.getByText('Please answer the questions marked above.').waitFor();

    await referee
      .getByRole('textbox', { name: /deadline/ })
      .fill('She met almost every deadline; the one that slipped she flagged two weeks ahead.');
    await referee
      .getByRole('textbox', { name: /disagreed with the technical direction/ })
      .fill('She wrote up the trade-offs of moving to Kafka, we tried it on one service and went with it.');
    await referee
      .getByRole('textbox', { name: /flag it early/ })
      .fill('Yes — she raised a data-loss risk in the billing export before release.');
    await referee.getByRole('radio', { name: 'Yes' }).check();
    await referee.getByRole('textbox', { name: /Why, or why not/ }).fill('Dependable and kind.');
    await referee.getByRole('button', { name: 'Send my answers' }).click();
    await referee.getByRole('heading', { name: 'Thank you' }).waitFor();
    await screenshot(referee, 'reference-thanks-phone');

    await referee.reload();
    await referee.getByRole('heading', { name: 'This reference has already been given' }).waitFor();
    await context.close();
  });

  it('shows the answers on the candidate’s profile', async () => {
    await page.reload();
    await page.getByText('Answered', { exact: true }).waitFor();
    await page.getByText(/raised a data-loss risk in the billing export/).waitFor();
    await screenshot(page, 'references-tab');
    const { items } = await api.call('GET', `/candidates/${candidate.id}/references`);
    expect(items[0]).toMatchObject({ status: 'received', answers: { wouldWorkAgain: 'yes' } });
  });
});

describe('rescheduling and cancelling', () => {
  // biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
  let interview: any;

  beforeAll(async () => {
    const [admin] = (await api.call('GET', '/users')).items;
    interview = (
      await api.call('POST', `/applications/${candidate.applications[0].id}/interviews`, {
        planKey: 'screen',
        interviewerIds: [admin.id],
        startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
        timeZone: 'UTC',
      })
    ).interview;
  });

  it('moves an interview to a new time and length; everyone gets the updated invitation', async () => {
    await page.goto(`${server.url}/interviews/${interview.id}`);
    await page.getByRole('heading', { name: 'Screening call: Mariam Okafor' }).waitFor();
    await page.getByRole('button', { name: 'Reschedule' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move the screening call' });
    const newStart = await page.evaluate(() => {
      const date = new Date(Date.now() + 5 * 86_400_000);
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T14:30`;
    });
    await dialog.getByLabel('New start').fill(newStart);
    await dialog.getByRole('textbox', { name: 'Minutes' }).fill('45');
    await screenshot(page, 'reschedule-dialog');
    await dialog.getByRole('button', { name: 'Move and tell everyone' }).click();
    await page.getByText(/Moved\. Mariam Okafor and the panel have the updated invitation/).waitFor();

    const moved = (await api.call('GET', `/interviews/${interview.id}`)).interview;
    const expectedStart = await page.evaluate((local) => new Date(local).toISOString(), newStart);
    expect(moved.startsAt).toBe(expectedStart);
    expect(moved.durationMinutes).toBe(45);
    expect(moved.sequence).toBeGreaterThan(interview.sequence);
  });

  it('cancels an interview with a reason', async () => {
    await page.getByRole('button', { name: 'Cancel interview' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel the screening call?' });
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('The candidate accepted another offer.');
    await screenshot(page, 'cancel-dialog');
    await dialog.getByRole('button', { name: 'Cancel the interview' }).click();
    await page.getByText(/This interview was cancelled/).waitFor();
    await screenshot(page, 'kit-cancelled');
    expect(await page.getByRole('button', { name: 'Reschedule' }).count()).toBe(0);
    const cancelled = (await api.call('GET', `/interviews/${interview.id}`)).interview;
    expect(cancelled.status).toBe('cancelled');
    const timeline = (await api.call('GET', `/candidates/${candidate.id}/timeline`)).items;
    expect(JSON.stringify(timeline)).toContain('The candidate accepted another offer.');
  });
});
