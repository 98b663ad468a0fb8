import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAsScriptAdmin, openJobFromTemplate, signUpViaApi } from './support/api.ts';
import { screenshot } from './support/screenshots.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * From a hire decision to a new hire's onboarding plan, the way a team lives it: the admin sets up an approval
 * chain naming the hiring manager, records the decision on the debrief, makes the offer from there (the cost
 * and band check follow the salary as it is typed) and submits it; the hiring manager, in their own browser,
 * sees it waiting for them and approves with a comment; the admin sends it; the candidate accepts from the link
 * in the e-mail; and the manager opens the onboarding plan with its dated 30/60/90-day goals.
 */

let server: RunningServer;
let browser: Browser;
let admin: Page;
let managerContext: BrowserContext;
let manager: Page;
let api: Awaited<ReturnType<typeof signUpViaApi>>;
// biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
let job: any;
// biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
let candidate: any;
let inviteLink = '';
let offerUrl = '';

const managerName = 'Hana Okafor';
const managerEmail = `hana+${Date.now()}@kestrel.example`;
const candidateEmail = 'noor.haddad@example.net';

// biome-ignore lint/suspicious/noExplicitAny: read loosely.
async function outboxText(predicate: (item: any) => boolean): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const items = (await api.call('GET', '/outbox?limit=50')).items;
    const message = items.find(predicate);
    if (message) return (await api.call('GET', `/outbox/${message.id}`)).message.text as string;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the e-mail never arrived');
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Kestrel Labs');
  job = await openJobFromTemplate(api);
  candidate = (
    await api.call('POST', '/candidates', {
      jobId: job.id,
      candidate: { name: 'Noor Haddad', emails: [candidateEmail] },
    })
  ).candidate;
  await api.call('POST', '/invites', { email: managerEmail, role: 'hiring_manager' });
  const invitation = await outboxText((item) => item.to.includes(managerEmail));
  inviteLink = /https?:\/\/\S+\/invite\?token=\S+/.exec(invitation)![0];
  admin = await logInAsScriptAdmin(browser, server.url, api, { width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('offer to onboarding', () => {
  it('a hiring manager joins the team and owns the job', async () => {
    managerContext = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    manager = await managerContext.newPage();
    await manager.goto(inviteLink);
    await manager.getByLabel('Your name').fill(managerName);
    await manager.getByLabel('Choose a password').fill('a long enough password');
    await manager.getByRole('button', { name: 'Accept invite' }).click();
    await manager.getByRole('button', { name: `Account menu for ${managerName}` }).waitFor();
    const hana = (await api.call('GET', '/users')).items.find(
      (user: { name: string }) => user.name === managerName,
    );
    await api.call('PATCH', `/jobs/${job.id}`, { ownerId: hana.id });
  });

  it('the admin sets up an approval chain in Settings that names the hiring manager', async () => {
    await admin.goto(`${server.url}/settings/team`);
    await admin.getByRole('link', { name: 'Approval chains' }).click();
    await admin.getByRole('heading', { name: /offers are approved as soon as they are submitted/ }).waitFor();
    await screenshot(admin, 'approval-chains-empty');
    await admin.getByRole('button', { name: 'Add a chain' }).first().click();
    const dialog = admin.getByRole('dialog', { name: 'Add an approval chain' });
    await dialog.getByRole('textbox', { name: 'Chain name' }).fill('Hiring manager signs off');
    await dialog.getByRole('textbox', { name: 'Step name' }).fill('Hiring manager');
    await dialog.getByRole('combobox', { name: 'Approvers' }).click();
    await admin.getByRole('option', { name: managerName }).click();
    await dialog.getByText('1 of 1 must approve').waitFor();
    await screenshot(admin, 'approval-chain-editor');
    await dialog.getByRole('button', { name: 'Add the chain' }).click();
    const card = admin.getByRole('region', { name: 'Hiring manager signs off' });
    await card.getByText(`Hiring manager — 1 of 1: ${managerName}`).waitFor();
    await card.getByText('Every offer').waitFor();
    await screenshot(admin, 'approval-chains');
  });

  it('records the hire decision on the debrief and drafts the offer from there, with live cost and band check', async () => {
    await admin.goto(`${server.url}/candidates/${candidate.id}?tab=applications`);
    await admin.getByRole('link', { name: 'Debrief' }).click();
    await admin.getByRole('radio', { name: 'Hire', exact: true }).check();
    await admin
      .getByLabel('Why')
      .fill('Strong practical exercise and a clear system design; the panel agreed.');
    await admin.getByRole('button', { name: 'Record the decision' }).click();
    await admin.getByRole('link', { name: 'Make an offer' }).click();

    await admin.getByRole('heading', { name: 'Make an offer to Noor Haddad' }).waitFor();
    await admin.getByRole('button', { name: 'Move to Offer' }).click();

    const salary = admin.getByRole('textbox', { name: /Base salary a year/ });
    await salary.waitFor();
    const panel = admin.getByRole('region', { name: 'Cost and band check' });
    await panel.getByText('Within the band').waitFor();
    await salary.fill('900000');
    await panel.getByText('Above the band').waitFor();
    await expect(panel.getByTestId('offer-total-cost').textContent()).resolves.toMatch(/\$1,\d{3},\d{3}/);

    // The fields follow the engagement model: a paid trial asks for written success criteria.
    await admin.getByText('Paid trial', { exact: true }).click();
    await admin.getByRole('textbox', { name: 'Success criteria, one a line' }).waitFor();
    await panel.getByText('2-week trial: total cost').waitFor();
    await admin.getByText('Contract-to-hire', { exact: true }).click();
    await admin.getByRole('textbox', { name: 'Conversion date' }).waitFor();
    await admin.getByRole('textbox', { name: /Salary a year after conversion/ }).waitFor();
    await screenshot(admin, 'make-offer-contract-to-hire');
    await admin.getByText('Full-time employment', { exact: true }).click();

    await salary.fill('150000');
    await panel.getByText(/Within the band|Below the band/).waitFor();
    await admin
      .getByRole('textbox', { name: 'Benefits, one a line' })
      .fill('Health insurance\n30 days of paid leave');
    await screenshot(admin, 'make-offer');
    await admin.getByRole('button', { name: 'Save and submit for approval' }).click();

    await admin.getByRole('heading', { name: 'Offer to Noor Haddad', exact: true }).waitFor();
    offerUrl = admin.url();
    await admin.getByText(`Waiting for ${managerName}`).first().waitFor();
    await admin.getByText('Only the approvers of the current step can approve or reject.').waitFor();
    await screenshot(admin, 'offer-awaiting-approval');
  });

  it('warns before a change restarts approval, and restarts it on save', async () => {
    await admin.getByRole('link', { name: 'Change terms' }).click();
    await admin.getByText('Approval stands').waitFor();
    await admin.getByRole('textbox', { name: /Base salary a year/ }).fill('152000');
    await admin.getByText('Saving this restarts approval').waitFor();
    await screenshot(admin, 'edit-offer');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByRole('heading', { name: 'Offer to Noor Haddad', exact: true }).waitFor();
    await admin.getByText('Approval started again (round 2)').waitFor();
    await admin.getByRole('table', { name: 'The terms' }).getByText('$152,000 a year').waitFor();
  });

  it('the hiring manager sees the offer waiting for them and approves it with a comment', async () => {
    await manager.goto(`${server.url}/offers`);
    const waiting = manager.getByRole('alert').filter({ hasText: 'Waiting for you' });
    await waiting.waitFor();
    await screenshot(manager, 'offers-waiting-for-you');
    await waiting.getByRole('link', { name: /Noor Haddad/ }).click();
    await manager.getByText('It is your turn to approve this offer').waitFor();
    await manager.getByRole('textbox', { name: 'Comment' }).fill('Fair for the level, go ahead.');
    await manager.getByRole('button', { name: 'Approve' }).click();
    await manager.getByText('Approved: ready to send').waitFor();
    await manager.getByText(`${managerName} approved: “Fair for the level, go ahead.”`).waitFor();
  });

  it('the admin sends the approved offer and sees until when the link works', async () => {
    await admin.goto(offerUrl);
    await admin.getByText('Approved: ready to send').waitFor();
    await admin.getByRole('button', { name: 'Send to the candidate' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Send the offer to Noor Haddad' });
    await dialog.getByText(/^Until /).waitFor();
    await dialog.getByRole('button', { name: 'Send the offer' }).click();
    await admin.getByText(/It works until/).waitFor();
    await admin.getByText(/sent it to the candidate; the link works until/).waitFor();
    await screenshot(admin, 'offer-sent');
  });

  it('the candidate accepts from the link in the e-mail', async () => {
    const mail = await outboxText((item) => item.to.includes(candidateEmail) && /offer/i.test(item.subject));
    const token = /\/offer\/(hbo_[A-Za-z0-9_-]+)/.exec(mail)![1]!;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/offer/${token}`);
    await page.getByRole('textbox', { name: 'To accept, type your full name' }).fill('Noor Haddad');
    await page.getByRole('button', { name: 'Accept the offer' }).click();
    await page.getByRole('heading', { name: 'Welcome aboard!' }).waitFor();
    await context.close();

    await admin.goto(`${server.url}/offers`);
    await admin.getByRole('tab', { name: /Accepted/ }).click();
    await admin.getByRole('table', { name: 'Offers' }).getByRole('link', { name: 'Noor Haddad' }).waitFor();
    await screenshot(admin, 'offers-list');
  });

  it('leaves an onboarding plan with dated 30/60/90-day goals that the manager can open', async () => {
    const plans = (await api.call('GET', '/onboarding-plans')).items;
    expect(plans).toHaveLength(1);
    const { plan } = await api.call('GET', `/onboarding-plans/${plans[0].id}`);
    const goals = plan.phases
      .flatMap((phase: { items: unknown[] }) => phase.items)
      .filter((item: { kind: string }) => item.kind === 'goal');
    expect(new Set(goals.map((goal: { checkpoint: number }) => goal.checkpoint))).toEqual(
      new Set([30, 60, 90]),
    );
    for (const goal of goals) expect(goal.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await manager.goto(`${server.url}/offers`);
    await manager.getByRole('tab', { name: /Accepted/ }).click();
    await manager.getByRole('link', { name: 'Noor Haddad' }).click();
    await manager.getByRole('link', { name: 'Onboarding plans' }).last().click();
    await manager.waitForURL(/\/onboarding/);
    await manager.goto(`${server.url}/onboarding/${plans[0].id}`);
    await manager.getByRole('heading', { name: 'Onboarding: Noor Haddad' }).waitFor();
    await manager.getByRole('heading', { name: '30/60/90-day goals' }).waitFor();
    await screenshot(manager, 'onboarding-plan');
    await managerContext.close();
  });
});
