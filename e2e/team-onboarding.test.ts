import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * The first run as a person lives it: create an organisation, invite a teammate, read the invitation in the
 * outbox, accept it in another browser, log in as the teammate and call the API with a personal token.
 */

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const founder = {
  organisation: 'Lighthouse Analytics',
  name: 'Fiona Founder',
  email: 'fiona@lighthouse.example',
  password: 'lighthouse founder 2026',
};
const teammate = { name: 'Ravi Recruiter', email: 'ravi@lighthouse.example', password: 'ravi recruits well' };

async function expectSignedInAs(page: Page, name: string) {
  await page.getByRole('button', { name: `Account menu for ${name}` }).waitFor();
}

describe('first run', () => {
  let inviteLink = '';

  it('creates the organisation from an empty install', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForURL(/\/setup$/);
    await page.getByLabel('Organisation name').fill(founder.organisation);
    await page.getByLabel('Your name').fill(founder.name);
    await page.getByLabel('Work e-mail').fill(founder.email);
    await page.getByLabel('Password', { exact: true }).fill(founder.password);
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await expectSignedInAs(page, founder.name);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.getByText(founder.organisation).first().isVisible()).resolves.toBe(true);

    await page.goto(`${server.url}/settings/team`);
    await page.getByRole('button', { name: 'Invite teammate' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('E-mail').fill(teammate.email);
    await dialog.getByLabel('Recruiter').check();
    await dialog.getByRole('button', { name: 'Send invite' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: teammate.email }).first().waitFor();

    // With no SMTP server the invitation waits in the outbox; the background worker marks it stored.
    await page.goto(`${server.url}/settings/outbox`);
    await page.getByRole('button', { name: /invited you to Lighthouse Analytics/ }).click();
    const link = page
      .getByRole('dialog')
      .getByRole('link', { name: /\/invite\?token=/ })
      .first();
    inviteLink = (await link.getAttribute('href'))!;
    expect(inviteLink).toMatch(new RegExp(`^${server.url}/invite\\?token=`));
    await page.close();
  });

  it('lets the teammate accept the invitation, log out and log back in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(inviteLink);
    await page.getByText(founder.organisation).first().waitFor();
    await expect(page.getByLabel('E-mail').inputValue()).resolves.toBe(teammate.email);
    await page.getByLabel('Your name').fill(teammate.name);
    await page.getByLabel('Choose a password').fill(teammate.password);
    await page.getByRole('button', { name: 'Accept invite' }).click();
    await expectSignedInAs(page, teammate.name);

    await page.getByRole('button', { name: `Account menu for ${teammate.name}` }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.waitForURL(/\/login/);
    await page.getByLabel('E-mail').fill(teammate.email);
    await page.getByLabel('Password', { exact: true }).fill(teammate.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expectSignedInAs(page, teammate.name);

    // A recruiter cannot open the admin-only outbox.
    await page.goto(`${server.url}/settings/outbox`);
    await page
      .getByText(/only admins/i)
      .first()
      .waitFor();
    await context.close();
  });

  it('creates an API token that works from the command line', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-mail').fill(teammate.email);
    await page.getByLabel('Password', { exact: true }).fill(teammate.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expectSignedInAs(page, teammate.name);

    await page.goto(`${server.url}/settings/api-tokens`);
    await page.getByRole('button', { name: 'New token' }).first().click();
    await page.getByLabel('Token name').fill('Laptop scripts');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = (await page
      .getByRole('dialog')
      .getByText(/^hb_\S+$/)
      .first()
      .textContent())!.trim();
    expect(secret).toMatch(/^hb_/);

    // What curl -H "Authorization: Bearer …" does: no cookie, no CSRF token.
    const response = await fetch(`${server.url}/api/v1/auth/me`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { user: unknown };
    expect(body.user).toMatchObject({ email: teammate.email, role: 'recruiter' });
    expect(
      (await fetch(`${server.url}/api/v1/auth/me`, { headers: { authorization: 'Bearer hb_wrong' } })).status,
    ).toBe(401);
    await context.close();
  });
});
