import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAsScriptAdmin, openJobFromTemplate, signUpViaApi } from './support/api.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * A hiring manager schedules an interview from the candidate's profile, opens the kit, fills in the scorecard
 * (the draft saves itself), submits it, and records the decision from the debrief.
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
  api = await signUpViaApi(server.url, 'Osprey Freight');
  const job = await openJobFromTemplate(api);
  candidate = (
    await api.call('POST', '/candidates', {
      jobId: job.id,
      candidate: { name: 'Lina Sørensen', emails: ['lina@example.net'], skills: [{ skill: 'Go', years: 6 }] },
    })
  ).candidate;
  page = await logInAsScriptAdmin(browser, server.url, api, { width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('structured interview', () => {
  it('schedules a screening call (held an hour ago) and sends calendar invitations to the candidate and the panel', async () => {
    await page.goto(`${server.url}/candidates/${candidate.id}?tab=applications`);
    await page.getByRole('button', { name: 'Schedule interview' }).click();
    const dialog = page.getByRole('dialog', { name: /Schedule an interview with Lina Sørensen/ });
    await dialog.getByRole('combobox', { name: 'Interview', exact: true }).click();
    await page.getByRole('option', { name: /Screening call/ }).click();
    await dialog.getByRole('combobox', { name: 'Interviewers' }).click();
    await page.getByRole('option', { name: 'Script Admin' }).click();
    // The call took place this morning: the scorecard can be submitted once an interview has started.
    const anHourAgo = await page.evaluate(() => {
      const date = new Date(Date.now() - 3_600_000);
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
    });
    await dialog.getByLabel('Starts').fill(anHourAgo);
    await dialog.getByRole('textbox', { name: 'Video link' }).fill('https://meet.example.com/osprey-lina');
    await dialog.getByRole('button', { name: 'Schedule and send invitations' }).click();
    await page.getByText('Scheduled. Lina Sørensen and the panel have their calendar invitations.').waitFor();

    const outbox = (await api.call('GET', '/outbox?limit=20')).items;
    const invitations = outbox.filter((message: { subject: string }) =>
      /Screening call/i.test(message.subject),
    );
    expect(invitations.flatMap((message: { to: string[] }) => message.to)).toEqual(
      expect.arrayContaining(['lina@example.net']),
    );
    expect(invitations.length).toBeGreaterThanOrEqual(2);
  });

  it('opens the kit, rates every focus attribute with evidence, and submits the scorecard', async () => {
    await page.goto(`${server.url}/interviews`);
    await page.getByRole('link', { name: 'Screening call' }).click();
    await page.getByRole('heading', { name: 'Screening call: Lina Sørensen' }).waitFor();
    await page.getByRole('heading', { name: 'Suggested questions' }).waitFor();
    await page.getByRole('heading', { name: 'Red flags to listen for' }).waitFor();

    const groups = page.getByRole('radiogroup');
    const attributes = (await groups.count()) - 1; // the last one is the overall recommendation
    expect(attributes).toBeGreaterThan(0);
    for (let index = 0; index < attributes; index++) {
      const group = groups.nth(index);
      await group.getByRole('radio', { name: /: 3, Solid$/ }).check();
    }
    const firstEvidence = page.getByRole('textbox', { name: /^Evidence for / }).first();
    await firstEvidence.fill(
      'Walked through the billing service they built; clear on why Postgres over Mongo.',
    );
    await page.getByRole('radio', { name: 'Yes', exact: true }).check();
    await page
      .getByRole('textbox', { name: 'Summary for the debrief' })
      .fill('Solid fundamentals, explains well.');
    await page.getByText(/Draft saved/).waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: 'Submit scorecard' }).click();
    await page.getByText(/Submitted\. You can now read the rest of the panel/).waitFor();
    const [interview] = (await api.call('GET', '/interviews?scope=all')).items;
    expect(interview.myScorecard).toBe('submitted');
  });

  it('records the hiring decision from the debrief, with the evidence in view', async () => {
    await page.getByRole('link', { name: 'Debrief' }).click();
    await page.getByRole('heading', { name: 'Debrief: Lina Sørensen' }).waitFor();
    await page.getByRole('heading', { name: 'Evidence for each must-have' }).waitFor();
    await page.getByRole('table', { name: 'Ratings by attribute and interviewer' }).waitFor();
    // One interviewer's view carries the decision: the advisor says so.
    await page
      .getByText(/interviewer/i)
      .first()
      .waitFor();

    await page.getByRole('radio', { name: 'Hire', exact: true }).check();
    await page
      .getByRole('textbox', { name: 'Why' })
      .fill('Strong evidence on the must-haves we could test; references next.');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText(/Decided: hire by Script Admin/).waitFor();
    const timeline = (await api.call('GET', `/candidates/${candidate.id}/timeline`)).items;
    expect(JSON.stringify(timeline)).toContain('hire');
  });
});
