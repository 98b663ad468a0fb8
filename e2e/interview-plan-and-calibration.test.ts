import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAsScriptAdmin, signUpViaApi } from './support/api.ts';
import { screenshot } from './support/screenshots.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/** The hiring team shapes a job's interview plan, and reads how each interviewer rates in Insights. */

let server: RunningServer;
let browser: Browser;
let page: Page;
let api: Awaited<ReturnType<typeof signUpViaApi>>;
// biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
let job: any;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Plover Health');
  const template = (await api.call('GET', '/role-templates')).items[0];
  const blueprint = (await api.call('POST', '/blueprints', { blueprint: template.blueprint })).blueprint;
  job = (await api.call('POST', '/jobs', { blueprintId: blueprint.id })).job;
  page = await logInAsScriptAdmin(browser, server.url, api, { width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('interview plan', () => {
  it('edits an interview’s title, length and purpose, leaves one out, and saves', async () => {
    await page.goto(`${server.url}/roles/jobs/${job.id}`);
    await page.getByRole('tab', { name: 'Interview plan' }).click();
    const screen = page.getByRole('region', { name: 'Screening call' });
    await screen.getByRole('textbox', { name: 'Title' }).fill('Intro call');
    await screen.getByRole('textbox', { name: 'Minutes' }).fill('45');
    await screen
      .getByRole('textbox', { name: 'What it is for' })
      .fill('Hear how they talk about a system they built, and tell them about us.');
    const behavioural = page.getByRole('region', { name: 'Behavioural interview' });
    await behavioural
      .getByRole('switch', { name: /Include the behavioural interview/ })
      .uncheck({ force: true });
    await screenshot(page, 'interview-plan');
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByText('Interview plan saved.').waitFor();

    const { plan } = await api.call('GET', `/jobs/${job.id}/interview-plan`);
    const saved = plan.plan.interviews.find((interview: { key: string }) => interview.key === 'screen');
    expect(saved).toMatchObject({ title: 'Intro call', durationMinutes: 45 });
    expect(saved.purpose).toContain('tell them about us');
    expect(
      plan.plan.interviews.find((interview: { key: string }) => interview.key === 'behavioural').included,
    ).toBe(false);
  });

  it('says so when someone else saved the plan meanwhile, and shows their version', async () => {
    await page.reload();
    const screen = page.getByRole('region', { name: 'Intro call' });
    await screen.getByRole('textbox', { name: 'Title' }).waitFor();

    // A colleague saves a change first.
    const { plan } = await api.call('GET', `/jobs/${job.id}/interview-plan`);
    plan.plan.interviews[0].title = 'First chat';
    await api.call('PUT', `/jobs/${job.id}/interview-plan`, { version: plan.version, plan: plan.plan });

    await screen.getByRole('textbox', { name: 'Minutes' }).fill('30');
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByText(/Someone else saved this plan while you were editing it/).waitFor();
    await page.getByRole('region', { name: 'First chat' }).waitFor();
    await screenshot(page, 'interview-plan-stale');
  });
});

describe('interviewer calibration', () => {
  it('shows each interviewer’s ratings against the panel', async () => {
    await api.call('POST', '/demo-data');
    // The demo data loads in the background: wait until its scorecards are there.
    await expect
      .poll(async () => (await api.call('GET', '/interviewers/calibration')).items.length, {
        timeout: 90_000,
        interval: 1000,
      })
      .toBeGreaterThan(0);
    await page.goto(`${server.url}/insights`);
    await page.getByRole('heading', { name: 'Interviewer calibration' }).waitFor();
    const cards = page.getByRole('article');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    await cards.first().getByText('Interviews a week').waitFor();
    await screenshot(page, 'calibration');
    const { items } = await api.call('GET', '/interviewers/calibration');
    await page.getByRole('article', { name: items[0].name }).waitFor();
  });
});
