import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAsScriptAdmin, signUpViaApi } from './support/api.ts';
import { screenshot } from './support/screenshots.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * An admin rewords the shipped full-time letter with the variables listed beside the editor, watches the
 * preview follow, saves it, and later goes back to the shipped text.
 */

let server: RunningServer;
let browser: Browser;
let page: Page;
let api: Awaited<ReturnType<typeof signUpViaApi>>;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Plover Labs');
  page = await logInAsScriptAdmin(browser, server.url, api, { width: 1280, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('offer letter templates', () => {
  it('lists the shipped letters, one per kind of offer', async () => {
    await page.getByRole('link', { name: 'Offer letter templates' }).click();
    const table = page.getByRole('table', { name: 'Offer letter templates' });
    for (const name of ['Full-time offer', 'Contract offer', 'Paid trial offer']) {
      await table.getByRole('link', { name }).waitFor();
    }
    await expect(table.getByText('As shipped').count()).resolves.toBe(4);
    await screenshot(page, 'offer-letter-templates-list');
  });

  it('edits the full-time letter with a live preview and the variables beside it', async () => {
    await page
      .getByRole('table', { name: 'Offer letter templates' })
      .getByRole('link', { name: 'Full-time offer' })
      .click();
    const variables = page.getByRole('region', { name: 'Variables you can use' });
    await variables.getByRole('button', { name: 'Insert {{offer.baseSalary}}' }).waitFor();
    // Only the variables of a full-time offer: no hourly rate.
    await expect(variables.getByRole('button', { name: 'Insert {{offer.rate}}' }).count()).resolves.toBe(0);
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByText('Dear Jane,').waitFor();

    const letter = page.getByRole('textbox', { name: 'Letter' });
    await letter.fill(
      'Dear {{candidate.firstName}},\n\nWe would love you to join {{organisation.name}} for ',
    );
    await variables.getByRole('button', { name: 'Insert {{offer.baseSalary}}' }).click();
    await letter.press('End');
    await letter.pressSequentially(' a year. Your rate is {{offer.rate}}.');
    await page.getByText(/\{\{offer\.rate\}\} has no meaning in a full-time/).waitFor();
    await page.getByText('No preview yet').waitFor();

    await letter.fill(
      'Dear {{candidate.firstName}},\n\nWe would love you to join {{organisation.name}} for {{offer.baseSalary}} a year.\n\nYou will also get {{offer.bonus}}.',
    );
    await preview.getByText(/We would love you to join Plover Labs for €95,000 a year\./).waitFor();
    await preview.getByText(/You will also get a yearly target bonus of 10%/).waitFor();
    await screenshot(page, 'offer-letter-template-editor');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByText('“Full-time offer” saved.', { exact: false }).waitFor();

    const saved = (await api.call('GET', '/offer-letter-templates/default_full_time')).template;
    expect(saved).toMatchObject({ customised: true });
    expect(saved.body).toContain('{{offer.baseSalary}} a year.');
  });

  it('goes back to the shipped text', async () => {
    await page.getByRole('button', { name: 'Go back to the shipped text' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Go back' }).click();
    await page.getByText('“Full-time offer” is back to the shipped text.').waitFor();
    await page.getByRole('region', { name: 'Preview' }).getByText('What we are offering').waitFor();
    expect((await api.call('GET', '/offer-letter-templates/default_full_time')).template.customised).toBe(
      false,
    );
  });
});
