import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAsScriptAdmin, openJobFromTemplate, signUpViaApi } from './support/api.ts';
import { screenshot } from './support/screenshots.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * After an offer is accepted, the manager runs the onboarding plan: phases with owners and weekday dates,
 * dated 30/60/90-day goals, an item ticked off, a buddy named and the 30-day review recorded; the buddy, a
 * second teammate, logs in and sees the same checklist. Then a paid trial ends with a replacement request,
 * and the next-best candidates from the job's pipeline never include the person who left.
 */

let server: RunningServer;
let browser: Browser;
let api: Awaited<ReturnType<typeof signUpViaApi>>;
let manager: Page;
const buddy = {
  name: 'Priya Raman',
  email: `priya+${Date.now()}@example.com`,
  password: 'buddy password 42',
};
let inviteLink = '';

/** The Monday `weeks` weeks from this one (negative: in the past), as YYYY-MM-DD. */
function monday(weeks: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7) + weeks * 7);
  return date.toISOString().slice(0, 10);
}

/** A write to a public (token) route, as the candidate's browser makes it: with the CSRF cookie and header. */
async function publicPost(path: string, body: unknown) {
  const csrf = await fetch(`${server.url}/api/v1/auth/csrf`);
  const cookie = csrf.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${server.url}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path} → ${response.status}: ${await response.text()}`);
}

/** A job with these candidates; the first is offered `terms` and accepts them from the e-mailed link. */
async function hireThroughAnOffer(names: string[], terms: Record<string, unknown>) {
  const job = await openJobFromTemplate(api);
  for (const name of names) {
    const email = `${name.split(' ')[0]!.toLowerCase()}+${Date.now()}@example.net`;
    await api.call('POST', '/candidates', { jobId: job.id, candidate: { name, emails: [email] } });
  }
  const applications = (await api.call('GET', `/jobs/${job.id}/applications`)).items;
  const hire = applications.find(
    (application: { candidate: { name: string } }) => application.candidate.name === names[0],
  );
  await api.call('POST', `/jobs/${job.id}/applications/bulk`, {
    action: 'move',
    applicationIds: [hire.id],
    stage: 'offer',
  });
  const { offer } = await api.call('POST', `/applications/${hire.id}/offers`, { terms });
  await api.call('POST', `/offers/${offer.id}/submit-for-approval`);
  await api.call('POST', `/offers/${offer.id}/send`, { expiresInDays: 7 });
  const outbox = (await api.call('GET', '/outbox?limit=50')).items;
  const mail = outbox.find((item: { subject: string; to: string[] }) =>
    item.to.some((to) => to.startsWith(names[0]!.split(' ')[0]!.toLowerCase())),
  );
  const text = (await api.call('GET', `/outbox/${mail.id}`)).message.text as string;
  const token = /\/offer\/(hbo_[A-Za-z0-9_-]+)/.exec(text)![1]!;
  await publicPost(`/public/offers/${token}/accept`, { typedName: names[0] });
  return job as { id: string; title: string };
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Heron Data');
  await api.call('POST', '/invites', { email: buddy.email, role: 'interviewer' });
  await hireThroughAnOffer(['Mirela Ionescu'], {
    engagement: 'full_time',
    currency: 'USD',
    startDate: monday(-2),
    location: { workplace: 'remote', description: 'Anywhere in Europe' },
    baseSalary: 140000,
  });
  const outbox = (await api.call('GET', '/outbox?limit=50')).items;
  const invitation = outbox.find((item: { to: string[] }) => item.to.includes(buddy.email));
  const text = (await api.call('GET', `/outbox/${invitation.id}`)).message.text as string;
  inviteLink = /https?:\/\/\S+\/invite\?token=\S+/.exec(text)![0];
  manager = await logInAsScriptAdmin(browser, server.url, api, { width: 1280, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('onboarding checklist', () => {
  it('lets the buddy join the team first', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(inviteLink);
    await page.getByLabel('Your name').fill(buddy.name);
    await page.getByLabel('Choose a password').fill(buddy.password);
    await page.getByRole('button', { name: 'Accept invite' }).click();
    await page.getByRole('button', { name: `Account menu for ${buddy.name}` }).waitFor();
    await context.close();
  });

  it('shows the manager the plan in the list, then its phases and dated 30/60/90-day goals', async () => {
    await manager.getByRole('link', { name: 'Onboarding', exact: true }).click();
    const table = manager.getByRole('table', { name: 'Onboarding plans' });
    await table.getByRole('link', { name: 'Mirela Ionescu' }).waitFor();
    await expect(table.getByText('Not named yet').count()).resolves.toBe(1);
    await screenshot(manager, 'onboarding-list');

    await table.getByRole('link', { name: 'Mirela Ionescu' }).click();
    await manager.getByRole('heading', { name: 'Onboarding: Mirela Ionescu', level: 1 }).waitFor();
    for (const phase of ['Before day one', 'Week one', 'Weeks two to four', 'Weeks five to twelve']) {
      await manager.getByRole('heading', { name: phase, level: 2 }).waitFor();
    }
    const goals = manager.getByRole('region', { name: '30/60/90-day goals' });
    for (const day of [30, 60, 90]) {
      await goals
        .getByRole('heading', { name: new RegExp(`^By day ${day} — checked at the review on \\w+`) })
        .waitFor();
    }
    await expect(goals.getByText('How it is measured:').count()).resolves.toBeGreaterThan(2);
    // Started two weeks ago with nothing ticked: items before day one are overdue.
    await expect(manager.locator('[data-overdue]').count()).resolves.toBeGreaterThan(3);
  });

  it('ticks an item off, names the buddy and records the 30-day review', async () => {
    const weekOne = manager.getByRole('region', { name: 'Week one' });
    const item = weekOne.getByRole('checkbox', { name: 'Welcome and first-week plan' });
    await item.check();
    await weekOne.getByText(/Done by Script Admin on/).waitFor();
    await expect(item.isChecked()).resolves.toBe(true);

    await manager.getByRole('combobox', { name: 'Buddy' }).click();
    await manager.getByRole('option', { name: buddy.name }).click();
    await manager.getByText(`${buddy.name} is the buddy now`).waitFor();
    await manager
      .getByRole('region', { name: 'Before day one' })
      .getByText(`${buddy.name} (buddy)`)
      .waitFor();

    const review = manager.getByRole('region', { name: '30-day review' });
    await review.getByRole('radio', { name: 'Meets expectations' }).check();
    await review
      .getByRole('textbox', { name: 'Notes' })
      .fill('Shipped the first feature with tests; reviews are thoughtful. Next: own the export service.');
    await review.getByRole('button', { name: 'Save the 30-day review' }).click();
    await review.getByText(/Recorded by Script Admin on/).waitFor();
    await review.getByText('Meets expectations').waitFor();
    await manager
      .getByRole('region', { name: 'Weeks two to four' })
      .getByRole('checkbox', { name: '30-day review' })
      .isChecked()
      .then((checked) => expect(checked).toBe(true));
    await screenshot(manager, 'onboarding-plan-manager');
  });

  it('shows the buddy the same checklist', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-mail').fill(buddy.email);
    await page.getByLabel('Password', { exact: true }).fill(buddy.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: `Account menu for ${buddy.name}` }).waitFor();
    await page.getByRole('link', { name: 'Onboarding', exact: true }).click();
    // Home also links the buddy's due items for Mirela: pick her plan from the list of plans.
    await page
      .getByRole('table', { name: 'Onboarding plans' })
      .getByRole('link', { name: 'Mirela Ionescu' })
      .click();
    await page.getByRole('heading', { name: 'Onboarding: Mirela Ionescu', level: 1 }).waitFor();
    await page.getByRole('region', { name: '30/60/90-day goals' }).waitFor();
    const ticked = page.getByRole('region', { name: 'Week one' }).getByRole('checkbox', {
      name: 'Welcome and first-week plan',
    });
    await expect(ticked.isChecked()).resolves.toBe(true);
    // The buddy reads the review and can tick items, but does not record reviews or change who runs the plan.
    await page.getByRole('region', { name: '30-day review' }).getByText('Meets expectations').waitFor();
    await page.getByText('Only the manager and the hiring team can change who runs the plan.').waitFor();
    const own = page.getByRole('region', { name: 'Week one' }).getByRole('checkbox', {
      name: 'Codebase and architecture tour',
    });
    await own.check();
    await page.getByText(`Done by ${buddy.name} on`).waitFor();
    await screenshot(page, 'onboarding-plan-buddy');
    await context.close();
  });
});

describe('trial decision', () => {
  it('ends a paid trial with a replacement request: the job reopens, and the leaver is not on the list', async () => {
    const job = await hireThroughAnOffer(['Tobias Klein', 'Ana Souza', 'Wen Li'], {
      engagement: 'paid_trial',
      currency: 'USD',
      rate: { amount: 600, per: 'day' },
      startDate: monday(-2),
      successCriteria: ['Ships the export endpoint with tests', 'Explains one design trade-off to the team'],
      location: { workplace: 'remote', description: 'US' },
    });
    await manager.goto(`${server.url}/onboarding?tab=engagements`);
    const table = manager.getByRole('table', { name: 'Trials and contracts' });
    await table.getByRole('link', { name: 'Tobias Klein' }).waitFor();
    await screenshot(manager, 'onboarding-engagements');
    await table.getByRole('button', { name: 'Decide' }).click();

    const dialog = manager.getByRole('dialog', { name: /Decide on Tobias Klein/ });
    await dialog.getByRole('radio', { name: 'End it' }).check();
    await dialog.getByRole('textbox', { name: 'Why' }).fill('Too short');
    await dialog.getByRole('button', { name: 'Record the decision' }).click();
    await dialog.getByText(/Write down the reason in a sentence or two/).waitFor();
    await dialog
      .getByRole('textbox', { name: 'Why' })
      .fill('The export endpoint was not finished and the design trade-offs were not explained.');
    await expect(dialog.getByRole('checkbox', { name: /Request a replacement/ }).isChecked()).resolves.toBe(
      true,
    );
    await screenshot(manager, 'onboarding-decision-dialog');
    await dialog.getByRole('button', { name: 'Record the decision' }).click();

    await dialog.getByText('Decision recorded').waitFor();
    await dialog.getByText(`${job.title} is open again.`).waitFor();
    const list = dialog.getByLabel('Next-best candidates');
    await list.getByRole('link', { name: /Ana Souza/ }).waitFor();
    await list.getByRole('link', { name: /Wen Li/ }).waitFor();
    await expect(list.getByRole('link', { name: /Tobias Klein/ }).count()).resolves.toBe(0);
    await screenshot(manager, 'onboarding-replacements');
    await dialog.getByRole('button', { name: 'Done' }).click();

    await table.getByText('Ended', { exact: true }).first().waitFor();
    expect((await api.call('GET', `/jobs/${job.id}`)).job.status).toBe('open');
    const [engagement] = (await api.call('GET', '/engagements')).items;
    expect(engagement).toMatchObject({ status: 'ended', kind: 'paid_trial' });
    expect(engagement.decisions[0].decision).toBe('end');
  });
});
