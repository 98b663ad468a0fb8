import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAsScriptAdmin, signUpViaApi } from './support/api.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/** A hiring manager adds the team's own question to the bank and retires a shipped one they never ask. */

let server: RunningServer;
let browser: Browser;
let page: Page;
let api: Awaited<ReturnType<typeof signUpViaApi>>;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await signUpViaApi(server.url, 'Plover Maps');
  page = await logInAsScriptAdmin(browser, server.url, api);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('question bank', () => {
  it('adds the team’s own question, then finds it by a search', async () => {
    await page.goto(`${server.url}/settings/question-bank`);
    await page.getByRole('heading', { name: 'Question bank', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add a question' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a question' });
    await dialog.getByRole('combobox', { name: 'Theme' }).click();
    await page.getByRole('option', { name: 'Databases' }).click();
    await dialog
      .getByRole('textbox', { name: 'The question' })
      .fill('Tell me about the map tile cache you built: what did you store, and how did you invalidate it?');
    await dialog.getByRole('combobox', { name: 'What it probes' }).click();
    await page.getByRole('option', { name: 'Databases' }).click();
    await page.keyboard.press('Escape');
    await dialog
      .getByRole('textbox', { name: 'What a strong answer sounds like' })
      .fill(
        'Explains the keys, the expiry policy and how a stale tile was detected and fixed in production.',
      );
    await dialog
      .getByRole('textbox', { name: 'What a weak answer sounds like' })
      .fill('Says "we used Redis".');
    await dialog
      .getByRole('textbox', { name: 'Follow-up questions' })
      .fill('What happened when the cache was cold?\nHow did you measure the hit rate?');
    await dialog.getByRole('button', { name: 'Add question' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('textbox', { name: 'Search' }).fill('map tile cache');
    await page.getByRole('button', { name: /map tile cache you built.*Yours/ }).waitFor();
    const own = (await api.call('GET', '/question-bank?q=map%20tile')).items;
    expect(own).toEqual([expect.objectContaining({ source: 'own', theme: 'databases', retired: false })]);
  });

  it('retires a shipped question so kits stop suggesting it', async () => {
    const [first] = (await api.call('GET', '/question-bank?theme=security')).items;
    await page.getByRole('textbox', { name: 'Search' }).fill(first.text.slice(0, 40));
    // The list narrows a moment after typing stops; click only once it has.
    await expect.poll(() => page.locator('.mantine-Accordion-item').count()).toBe(1);
    await page
      .getByRole('button', {
        name: new RegExp(first.text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      })
      .click();
    const retiring = page.waitForResponse(
      (response) => response.url().endsWith('/retire') && response.request().method() === 'POST',
      { timeout: 60_000 },
    );
    await page.getByRole('button', { name: 'Retire', exact: true }).click();
    expect((await retiring).status()).toBe(200);
    await page.getByText('Retired', { exact: true }).waitFor({ timeout: 60_000 });
    const after = (await api.call('GET', '/question-bank?theme=security')).items;
    expect(after.find((entry: { id: string }) => entry.id === first.id).retired).toBe(true);
  });
});
