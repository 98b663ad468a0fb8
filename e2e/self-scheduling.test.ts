import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAsScriptAdmin, openJobFromTemplate, signUpViaApi } from './support/api.ts';
import { screenshot } from './support/screenshots.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * An interviewer in London publishes when they are free; the recruiter sends a candidate a scheduling link;
 * the candidate, on a phone in India, sees the free times in their own zone and books one.
 */

let server: RunningServer;
let browser: Browser;
let page: Page;
let api: Awaited<ReturnType<typeof signUpViaApi>>;
// biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
let job: any;
// biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
let candidate: any;
let schedulingUrl = '';

async function addCandidate(name: string, email: string) {
  const created = (
    await api.call('POST', '/candidates', { jobId: job.id, candidate: { name, emails: [email] } })
  ).candidate;
  return (await api.call('GET', `/candidates/${created.id}`)).candidate;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Kestrel Logistics');
  job = await openJobFromTemplate(api);
  candidate = await addCandidate('Priya Raman', 'priya@example.net');
  page = await logInAsScriptAdmin(browser, server.url, api, { width: 1366, height: 900 });
  // The interviewer works from London, whatever zone this machine is in.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/London' });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('availability and self-scheduling', () => {
  it('publishes weekly availability in the interviewer’s own zone, and removes a window', async () => {
    await page.goto(`${server.url}/settings`);
    await page.getByRole('link', { name: 'Availability' }).click();
    await page.getByRole('heading', { name: 'Your availability' }).waitFor();
    const weekly = page.getByRole('form', { name: 'Add a weekly time' });
    expect(await weekly.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe('Europe/London');

    await weekly.getByRole('combobox', { name: 'Day' }).click();
    await page.getByRole('option', { name: 'Monday' }).click();
    await weekly.getByLabel('From').fill('10:00');
    await weekly.getByLabel('To').fill('12:00');
    await weekly.getByRole('button', { name: 'Add weekly time' }).click();
    await page.getByText('Monday 10:00–12:00').waitFor();

    await weekly.getByRole('combobox', { name: 'Day' }).click();
    await page.getByRole('option', { name: 'Wednesday' }).click();
    await weekly.getByLabel('From').fill('13:00');
    await weekly.getByLabel('To').fill('14:00');
    await weekly.getByRole('button', { name: 'Add weekly time' }).click();
    await page.getByText('Wednesday 13:00–14:00').waitFor();
    await screenshot(page, 'availability');

    await page.getByRole('button', { name: 'Remove Wednesday 13:00–14:00' }).click();
    await page.getByText('Wednesday 13:00–14:00').first().waitFor({ state: 'detached' });
    const windows = (await api.call('GET', '/account/availability')).items;
    expect(windows).toEqual([
      expect.objectContaining({
        kind: 'weekly',
        weekday: 1,
        startTime: '10:00',
        endTime: '12:00',
        timeZone: 'Europe/London',
      }),
    ]);
  });

  it('sends the candidate a scheduling link from their profile', async () => {
    await page.goto(`${server.url}/candidates/${candidate.id}?tab=applications`);
    await page.getByRole('button', { name: 'Send scheduling link' }).click();
    const dialog = page.getByRole('dialog', { name: 'Let Priya Raman pick a time' });
    await dialog.getByRole('combobox', { name: 'Interview', exact: true }).click();
    await page.getByRole('option', { name: /Screening call/ }).click();
    await dialog.getByRole('combobox', { name: 'Interviewers' }).click();
    await page.getByRole('option', { name: 'Script Admin' }).click();
    await dialog.getByRole('heading').first().click(); // closes the dropdown
    await screenshot(page, 'scheduling-link-dialog');
    await dialog.getByRole('button', { name: 'E-mail the link' }).click();
    const sent = page.getByRole('dialog', { name: 'Scheduling link sent' });
    schedulingUrl = await sent.getByRole('textbox', { name: 'The scheduling link' }).inputValue();
    expect(schedulingUrl).toMatch(/\/schedule\/hbs_/);
    await screenshot(page, 'scheduling-link-sent');
    await sent.getByRole('button', { name: 'Done' }).click();

    const outbox = (await api.call('GET', '/outbox?limit=20')).items;
    expect(outbox.some((message: { to: string[] }) => message.to.includes('priya@example.net'))).toBe(true);
  });

  it('lets a candidate in India book a London slot, shown in their own zone', async () => {
    const context = await browser.newContext({
      timezoneId: 'Asia/Kolkata',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const phone = await context.newPage();
    await phone.goto(schedulingUrl);
    await phone.getByRole('heading', { name: /Hi Priya, pick a time for your screening call/ }).waitFor();
    await phone.getByText('Kestrel Logistics').first().waitFor();
    expect(await phone.getByRole('combobox', { name: 'Your time zone' }).inputValue()).toBe('Asia/Kolkata');
    await phone
      .getByText(/Times in UTC\+5:30/)
      .first()
      .waitFor();
    await screenshot(phone, 'schedule-slots-phone');

    // Changing the zone shows the same free times in that zone's clock.
    const zone = phone.getByRole('combobox', { name: 'Your time zone' });
    await zone.click();
    await zone.fill('London');
    await phone.getByRole('option', { name: 'Europe/London' }).click();
    await phone
      .getByRole('button', { name: /^Monday .*, 10:00 to 10:30 \(UTC(\+1)?\)$/ })
      .first()
      .waitFor();
    await zone.click();
    await zone.fill('Kolkata');
    await phone.getByRole('option', { name: 'Asia/Kolkata' }).click();
    await phone
      .getByRole('button', { name: /UTC\+5:30/ })
      .first()
      .waitFor();

    const firstSlot = phone.getByRole('button', { name: /^Monday .*UTC\+5:30/ }).first();
    const label = (await firstSlot.getAttribute('aria-label'))!;
    const shown = (await firstSlot.textContent())!.trim();
    await firstSlot.click();
    await phone.getByText(`${shown}–`).first().waitFor();
    await screenshot(phone, 'schedule-picked-phone');
    await phone.getByRole('button', { name: 'Confirm this time' }).click();
    await phone.getByRole('heading', { name: 'You’re booked' }).waitFor();
    await phone.getByText(/An invitation is on its way/).waitFor();
    await screenshot(phone, 'schedule-booked-phone');

    const [interview] = (
      await api.call('GET', `/interviews?scope=all&applicationId=${candidate.applications[0].id}`)
    ).items;
    const startUtc = DateTime.fromISO(interview.startsAt, { zone: 'utc' });
    const inLondon = startUtc.setZone('Europe/London');
    expect(inLondon.weekday).toBe(1);
    expect(inLondon.toFormat('HH:mm')).toBe('10:00');
    // The time the candidate clicked is the same instant, in Kolkata.
    expect(startUtc.setZone('Asia/Kolkata').toFormat('HH:mm')).toBe(shown);
    expect(label).toContain(shown);
    // London keeps UTC+0 in winter and UTC+1 in summer; India is always 5½ hours ahead of UTC.
    expect(startUtc.toFormat('HH:mm')).toBe(inLondon.offset === 0 ? '10:00' : '09:00');
    expect(shown).toBe(inLondon.offset === 0 ? '15:30' : '14:30');

    // The link is single-use.
    await phone.reload();
    await phone.getByRole('heading', { name: 'This link has already been used' }).waitFor();
    await context.close();
  });

  it('tells the candidate when their time was taken meanwhile, and shows what is still free', async () => {
    const other = await addCandidate('Tomás Ferreira', 'tomas@example.net');
    const third = await addCandidate('Aiko Tanaka', 'aiko@example.net');
    const [admin] = (await api.call('GET', '/users')).items;
    const link = (applicationId: string) =>
      api.call('POST', `/applications/${applicationId}/scheduling-links`, {
        planKey: 'screen',
        interviewerIds: [admin.id],
        timeZone: 'Europe/London',
      });
    const mine = await link(other.applications[0].id);
    const theirs = await link(third.applications[0].id);

    const context = await browser.newContext({
      timezoneId: 'Asia/Kolkata',
      viewport: { width: 390, height: 844 },
    });
    const phone = await context.newPage();
    await phone.goto(mine.url);
    const firstSlot = phone.getByRole('button', { name: /UTC\+5:30/ }).first();
    const label = (await firstSlot.getAttribute('aria-label'))!;
    await firstSlot.click();

    // Someone else books the very same time first.
    const token = new URL(theirs.url).pathname.split('/').pop()!;
    const slots = await (await fetch(`${server.url}/api/v1/public/scheduling/${token}?tz=UTC`)).json();
    const taken = await fetch(`${server.url}/api/v1/public/scheduling/${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ start: slots.days[0].slots[0].start, timeZone: 'UTC' }),
    });
    expect(taken.status).toBe(201);

    await phone.getByRole('button', { name: 'Confirm this time' }).click();
    await phone.getByText(/someone took that time a moment ago/).waitFor();
    await screenshot(phone, 'schedule-taken-phone');
    await phone.getByRole('button', { name: label }).waitFor({ state: 'detached' });
    await context.close();
  });

  it('explains a link that does not work', async () => {
    const context = await browser.newContext();
    const visitor = await context.newPage();
    await visitor.goto(`${server.url}/schedule/hbs_not-a-real-token-at-all`);
    await visitor.getByRole('heading', { name: 'This link does not work' }).waitFor();
    await screenshot(visitor, 'schedule-bad-link');
    await context.close();
  });
});
