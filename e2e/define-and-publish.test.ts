import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * A new founder goes from an empty organisation to a published job with a live careers page, guided by a
 * template and the advisor, and sees what the hire will cost and when it will realistically happen.
 */

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/setup`);
  await page.getByLabel('Organisation name').fill('Orbit Payments');
  await page.getByLabel('Your name').fill('Nia Founder');
  await page.getByLabel('Work e-mail').fill('nia@orbit.example');
  await page.getByLabel('Password', { exact: true }).fill('orbit payments founder');
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await page.getByRole('button', { name: 'Account menu for Nia Founder' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('define the role and publish it', () => {
  it('starts from a template, fixes what the advisor flags, publishes, and shows the careers page', async () => {
    await page.goto(`${server.url}/roles/new`);
    const template = page.getByRole('article').first();
    const templateName = (await template.getByRole('heading').first().textContent())!.trim();
    await template.getByRole('button', { name: 'Use this template' }).click();
    await page.waitForURL(/\/roles\/blueprints\//);
    const advisor = page.getByRole('region', { name: 'Advisor' });
    await advisor.waitFor();

    // The classic mistake: hiding the salary. The advisor says so at once, before anything is saved.
    await page.getByRole('switch', { name: 'Publish a salary range' }).click({ force: true });
    await advisor
      .getByText(/salary range/i)
      .first()
      .waitFor();
    await expect(
      advisor
        .getByText(/1 error/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await page.getByRole('switch', { name: 'Publish a salary range' }).click({ force: true });
    await page.getByLabel('Job title').fill('Senior Backend Engineer, Payments');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/Saved/).first().waitFor();

    await page.getByRole('tab', { name: 'Cost & timeline' }).click();
    await page.getByRole('heading', { name: 'What it costs' }).waitFor();
    await page.getByRole('heading', { name: 'When you will realistically hire' }).waitFor();
    await page.getByRole('tab', { name: 'Blueprint' }).click();

    await page.getByRole('button', { name: 'Create job posting' }).click();
    await page.waitForURL(/\/roles\/jobs\//);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('link', { name: /View careers page/ }).waitFor();
    const careersUrl = (await page.getByRole('link', { name: /View careers page/ }).getAttribute('href'))!;

    const careers = await browser.newPage();
    await careers.goto(careersUrl);
    await careers.getByRole('heading', { name: 'Senior Backend Engineer, Payments' }).waitFor();
    await careers.getByRole('heading', { name: 'Apply for this position' }).waitFor();
    await careers.goto(`${server.url}/careers/orbit-payments`);
    await careers.getByRole('link', { name: 'Senior Backend Engineer, Payments' }).waitFor();
    expect(templateName.length).toBeGreaterThan(3);
    await careers.close();
  });
});
