import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openJobFromTemplate, signUpViaApi } from './support/api.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * The candidate opens the offer from the e-mailed link on a phone, reads the letter and the terms, and accepts
 * by typing their name; the team's side shows them hired with an onboarding plan waiting.
 */

let server: RunningServer;
let browser: Browser;
let page: Page;
let api: Awaited<ReturnType<typeof signUpViaApi>>;
let token: string;
// biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
let job: any;

/** The next Monday at least two weeks out, as YYYY-MM-DD. */
function startMonday(): string {
  const date = new Date(Date.now() + 14 * 86_400_000);
  while (date.getUTCDay() !== 1) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Tern Robotics');
  job = await openJobFromTemplate(api);
  await api.call('POST', '/candidates', {
    jobId: job.id,
    candidate: { name: 'Mirela Ionescu', emails: ['mirela@example.net'] },
  });
  const [application] = (await api.call('GET', `/jobs/${job.id}/applications`)).items;
  await api.call('POST', `/jobs/${job.id}/applications/bulk`, {
    action: 'move',
    applicationIds: [application.id],
    stage: 'offer',
  });
  const { offer } = await api.call('POST', `/applications/${application.id}/offers`, {
    terms: {
      engagement: 'full_time',
      currency: 'USD',
      startDate: startMonday(),
      location: { workplace: 'remote', description: 'Anywhere in Europe' },
      baseSalary: 150000,
      benefits: ['Health insurance', '30 days of paid leave'],
    },
  });
  await api.call('POST', `/offers/${offer.id}/submit-for-approval`);
  await api.call('POST', `/offers/${offer.id}/send`, { expiresInDays: 7 });
  const outbox = (await api.call('GET', '/outbox?limit=20')).items;
  const mail = outbox.find((item: { to: string[] }) => item.to.includes('mirela@example.net'));
  const text = (await api.call('GET', `/outbox/${mail.id}`)).message.text as string;
  token = /\/offer\/(hbo_[A-Za-z0-9_-]+)/.exec(text)![1]!;
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('offer acceptance', () => {
  it('shows the letter and the terms, and refuses a signature that is not the candidate’s name', async () => {
    await page.goto(`${server.url}/offer/${token}`);
    await page.getByText('Tern Robotics', { exact: true }).waitFor();
    await page
      .getByRole('table', { name: 'The terms' })
      .getByText(/150,000/)
      .waitFor();
    await page.getByRole('link', { name: /Download the letter/ }).waitFor();
    await page.getByRole('textbox', { name: 'To accept, type your full name' }).fill('Somebody Else');
    await page.getByRole('button', { name: 'Accept the offer' }).click();
    await page.getByText(/Type your full name exactly as it appears on the offer/).waitFor();
  });

  it('accepts with the typed name: the candidate is hired and an onboarding plan is waiting', async () => {
    await page.getByRole('textbox', { name: 'To accept, type your full name' }).fill('mirela ionescu');
    await page.getByRole('button', { name: 'Accept the offer' }).click();
    await page.getByRole('heading', { name: 'Welcome aboard!' }).waitFor();

    const board = (await api.call('GET', `/jobs/${job.id}/board?includeClosed=true`)).cards;
    expect(board.find((card: { name: string }) => card.name === 'Mirela Ionescu')).toMatchObject({
      stage: 'hired',
    });
    const plans = (await api.call('GET', '/onboarding-plans')).items;
    expect(plans).toHaveLength(1);
    await page.goto(`${server.url}/offer/${token}`);
    await page.getByRole('heading', { name: /already answered|no longer works/ }).waitFor();
  });
});
