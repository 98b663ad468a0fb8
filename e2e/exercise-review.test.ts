import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAsScriptAdmin, openJobFromTemplate, signUpViaApi } from './support/api.ts';
import { screenshot } from './support/screenshots.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * A written exercise: two candidates hand in their incident triage as Markdown through their links (the second
 * one's is a light rewrite of the first), the admin opens the first candidate's Applications tab, sees the
 * calm similarity note, reviews the hand-in on the rubric beside it, and finds the rating in the debrief.
 */

let server: RunningServer;
let browser: Browser;
let page: Page;
let api: Awaited<ReturnType<typeof signUpViaApi>>;
const people: { candidateId: string; applicationId: string }[] = [];
let firstInvitation: string;
let firstToken: string;

const triage = `# Checkout incident — my triage

## 1. Where I look first, and what I conclude

The release at 17:52 added a recent-orders query that filters on lower(customer_email) without an index. Each
checkout now holds a database connection for seconds, the pools (20 per instance) run dry, requests wait five
seconds for a connection and fail. Health checks need a connection too, so instances are replaced, and the
autoscaler adds instances whose pools push the database past max_connections. Cache evictions and the payments
circuit are noise.

## 2. What I do now

1. Roll back 2024.06.14-2 (or switch the widget off) and watch connections in use, p99 and 5xx fall.
2. Pin the autoscaler at the current size so no new pools open against a full database.
3. Tell marketing to hold the next e-mail wave for thirty minutes; post a status note for support every fifteen.

## 3. What I change afterwards

An expression index on lower(customer_email), retries with backoff and jitter in the app, pool sizes that fit
max_connections, a health check that does not touch the database, and a load test before every sale.
`;

async function handIn(applicationId: string, content: string, filename: string): Promise<string> {
  const sent = await api.call('POST', `/applications/${applicationId}/exercise-invitations`, {
    exerciseId: 'incident-triage',
  });
  const token = /\/exercise\/(\S+)$/.exec(sent.url)![1]!;
  firstToken ??= token;
  const start = await fetch(`${server.url}/api/v1/public/exercises/${token}/start`, { method: 'POST' });
  expect(start.status).toBe(200);
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'text/markdown' }), filename);
  const upload = await fetch(`${server.url}/api/v1/public/exercises/${token}/submission`, {
    method: 'POST',
    body: form,
  });
  expect(upload.status).toBe(201);
  return sent.invitation.id;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Kestrel Outdoor');
  const job = await openJobFromTemplate(api);
  for (const [name, email] of [
    ['Maya Okafor', 'maya@example.net'],
    ['Jonas Berg', 'jonas@example.net'],
  ] as const) {
    const candidate = (
      await api.call('POST', '/candidates', { jobId: job.id, candidate: { name, emails: [email] } })
    ).candidate;
    const applications = (await api.call('GET', `/jobs/${job.id}/applications`)).items;
    const application = applications.find(
      (item: { candidate: { id: string } }) => item.candidate.id === candidate.id,
    );
    people.push({ candidateId: candidate.id, applicationId: application.id });
  }
  firstInvitation = await handIn(people[0]!.applicationId, triage, 'TRIAGE.md');
  await handIn(
    people[1]!.applicationId,
    triage.replace('I look first', 'I would look first').replace('Roll back', 'Revert'),
    'my-triage.md',
  );
  page = await logInAsScriptAdmin(browser, server.url, api, { width: 1366, height: 900 });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('reviewing a written exercise', () => {
  it('tells the candidate that a single document is a fine hand-in', async () => {
    const portal = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await portal.goto(`${server.url}/exercise/${firstToken}`);
    await portal
      .getByText('Your answer as a .md, .txt or .pdf file, or a .zip with your documents')
      .waitFor();
    await screenshot(portal, 'exercise-review-portal');
    await portal.close();
  });

  it('shows the hand-in awaiting review, with a calm note about a very similar submission', async () => {
    // The comparison runs in the background just after each upload.
    await expect
      .poll(
        async () =>
          (await api.call('GET', `/exercise-invitations/${firstInvitation}`)).invitation.submission
            .similarity,
        { timeout: 60_000, interval: 500 },
      )
      .toMatchObject({ flagged: true });
    await page.goto(`${server.url}/candidates/${people[0]!.candidateId}?tab=applications`);
    const result = page.getByRole('region', { name: 'Incident triage: checkout is falling over' });
    await result.getByText('Awaiting review').waitFor();
    await result.getByText('No review yet.', { exact: false }).waitFor();
    await result.getByText(/Very similar to another candidate's submission \(\d+%\)/).waitFor();
    await result.getByRole('link', { name: "Jonas Berg's application" }).waitFor();
    await screenshot(page, 'exercise-review-applications');
  });

  it('scores the hand-in on the rubric beside it, and the rating reaches the candidate and the debrief', async () => {
    const result = page.getByRole('region', { name: 'Incident triage: checkout is falling over' });
    await result.getByRole('button', { name: 'Review' }).click();
    const dialog = page.getByRole('dialog', { name: /Review: Incident triage/ });
    await dialog.getByRole('heading', { name: 'Checkout incident — my triage' }).waitFor();
    await dialog.getByRole('link', { name: /Download TRIAGE\.md/ }).waitFor();
    await screenshot(page, 'exercise-review-form');

    // Nothing is sent until every criterion has a level and evidence.
    await dialog.getByRole('button', { name: 'Submit review' }).click();
    await dialog.getByText('Choose the level that fits best.').first().waitFor();

    const scores: Record<string, 3 | 4> = {
      'Reading the evidence': 4,
      'Stopping the damage safely': 3,
      'Reasoning about causes': 3,
      'Lasting fixes': 4,
      'Communication and coordination': 3,
    };
    const labels = { 3: 'Solid', 4: 'Exceptional' } as const;
    for (const [criterion, score] of Object.entries(scores)) {
      await dialog.getByRole('radio', { name: `${criterion}: ${score}, ${labels[score]}` }).check();
      await dialog
        .getByRole('textbox', { name: `Evidence for ${criterion}` })
        .fill(`Section ${criterion.toLowerCase()}: specific and tied to the dashboard.`);
    }
    await dialog
      .getByRole('textbox', { name: 'Overall comment' })
      .fill('Found the release and the pool exhaustion at once; the first step is the safe one.');
    await dialog.getByRole('button', { name: 'Submit review' }).click();
    await dialog.getByText('Review saved').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();

    await result.getByText('3.4 of 4 · Meets the bar').waitFor();
    await result.getByText('Reviewed', { exact: true }).waitFor();
    await result.getByRole('button', { name: 'Edit your review' }).waitFor();
    await screenshot(page, 'exercise-review-result');

    await page.goto(`${server.url}/applications/${people[0]!.applicationId}/debrief`);
    await page.getByRole('heading', { name: 'Practical exercises' }).waitFor();
    await page.getByText('3.4 of 4 from 1 reviewer').waitFor();
    await screenshot(page, 'exercise-review-debrief');
  });
});
