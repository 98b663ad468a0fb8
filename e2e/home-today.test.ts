import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAsScriptAdmin, signUpViaApi } from './support/api.ts';
import { screenshot } from './support/screenshots.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * The home page's "What needs you today": all clear in a new organisation, then — with the demo data loaded,
 * where an offer waits at the admin's approval step — the offer at the top, one click from its page.
 */

let server: RunningServer;
let browser: Browser;
let page: Page;
let api: Awaited<ReturnType<typeof signUpViaApi>>;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Harbour Labs');
  page = await logInAsScriptAdmin(browser, server.url, api, { width: 1280, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('what needs you today', () => {
  it('is all clear in a new organisation and says what will show up', async () => {
    const card = page.getByRole('region', { name: 'What needs you today' });
    await card.getByText('All clear: nothing needs you right now.').waitFor();
    await card.getByText(/offers waiting for your approval, scorecards to write/).waitFor();
    await screenshot(page, 'home-today-all-clear');
  });

  it('lists the offer waiting for the admin’s approval and opens it', async () => {
    await api.call('POST', '/demo-data');
    // The demo data loads in the background: wait until the admin's list has the offer.
    await expect
      .poll(
        async () =>
          (await api.call('GET', '/today')).sections.find(
            (section: { kind: string }) => section.kind === 'offer_approvals',
          )?.count ?? 0,
        { timeout: 90_000, interval: 1000 },
      )
      .toBe(1);
    const [offer] = (await api.call('GET', '/offers?status=pending_approval')).items;

    await page.reload();
    const offers = page.getByRole('region', { name: 'Offers waiting for your approval' });
    const link = offers.getByRole('link', { name: `Approve the offer to ${offer.candidate.name}` });
    await link.waitFor();
    await offers.getByText(/your step: Head of engineering/).waitFor();
    // The admin owns the demo jobs: their waiting candidates and new applications follow the offer.
    await page.getByRole('region', { name: 'New applications' }).waitFor();
    await screenshot(page, 'home-today');

    await link.click();
    await page.waitForURL(`${server.url}/offers/${offer.id}`);
    await page.getByRole('heading', { name: `Offer to ${offer.candidate.name}` }).waitFor();
  });

  it('adds the admin’s own overdue scorecard and onboarding items once they are theirs', async () => {
    const admin = (await api.call('GET', '/auth/me')).user;
    const [job] = (await api.call('GET', '/jobs?status=open')).items;
    const [application] = (await api.call('GET', `/jobs/${job.id}/applications`)).items;
    await api.call('POST', `/applications/${application.id}/interviews`, {
      planKey: 'screen',
      interviewerIds: [admin.id],
      startsAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      durationMinutes: 30,
      timeZone: 'UTC',
    });
    // The admin takes over as manager of the running onboarding plan: its manager's items are now theirs.
    const plans = (await api.call('GET', '/onboarding-plans')).items;
    const running = plans.find((plan: { engagement: string }) => plan.engagement === 'full_time');
    await api.call('PATCH', `/onboarding-plans/${running.id}`, { managerId: admin.id });

    await page.goto(server.url);
    const scorecards = page.getByRole('region', { name: 'Scorecards to write' });
    await scorecards.getByText('1 overdue').waitFor();
    await page.getByRole('region', { name: 'Onboarding items due this week' }).waitFor();
    await screenshot(page, 'home-today-own-work');
    await scorecards.getByRole('link', { name: new RegExp(`^Score ${application.candidate.name}`) }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]+$/);
  });
});
