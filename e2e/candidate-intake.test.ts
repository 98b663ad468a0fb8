/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../test/support/documents.ts';
import { launchBrowser, type RunningServer, startServer } from './support/server.ts';

/**
 * A recruiter adds a candidate from a real PDF résumé: checks what was read, corrects a field, saves, and finds
 * the person again in the pool by a skill and by the start of their name. A second résumé of the same person
 * is flagged as a possible duplicate before anything is saved.
 */

let server: RunningServer;
let browser: Browser;
let page: Page;

const resume = [
  'Marta Oliveira',
  'Senior Backend Engineer',
  'marta.oliveira@example.net | +351 912 345 678 | Lisbon, Portugal',
  'github.com/martaoliveira',
  '',
  'Skills',
  'Go, PostgreSQL, Kubernetes, Docker, gRPC',
  '',
  'Experience',
  'Senior Backend Engineer, Paybridge',
  'March 2020 – Present',
  'Built the payments API in Go on PostgreSQL.',
  'Backend Engineer, Shiply',
  'June 2016 – February 2020',
  'Designed the order service with gRPC and Kubernetes.',
];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}/setup`);
  await page.getByLabel('Organisation name').fill('Tagus Payments');
  await page.getByLabel('Your name').fill('Rita Recruiter');
  await page.getByLabel('Work e-mail').fill('rita@tagus.example');
  await page.getByLabel('Password', { exact: true }).fill('tagus recruiter 2026');
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await page.getByRole('button', { name: 'Account menu for Rita Recruiter' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Drops a file on the page's drop zone the way a browser does: a drop event carrying a DataTransfer. */
async function dropFile(target: Page, name: string, bytes: Buffer, type: string) {
  // The hint under the heading stays put while the heading changes to "Drop the résumé to read it".
  const zone = target.getByText(/^PDF, Word \(DOCX\) or plain text/);
  const transfer = await target.evaluateHandle(
    ({ data, fileName, fileType }) => {
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(new File([new Uint8Array(data)], fileName, { type: fileType }));
      return dataTransfer;
    },
    { data: [...bytes], fileName: name, fileType: type },
  );
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

describe('candidate intake', () => {
  it('adds someone by hand, so the pool has more than one person to search', async () => {
    await page.goto(`${server.url}/candidates`);
    await page.getByRole('button', { name: 'Add candidate' }).click();
    await page.getByRole('menuitem', { name: 'Enter by hand' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Tomás Ferreira');
    await page.getByLabel('E-mail', { exact: true }).fill('tomas@example.org');
    await page.getByRole('button', { name: 'Add a skill' }).click();
    await page.getByRole('combobox', { name: 'Skill 1', exact: true }).fill('Ruby');
    await page.getByRole('button', { name: 'Save candidate' }).click();
    await page.getByRole('heading', { name: 'Tomás Ferreira', level: 1 }).waitFor();
  });

  it('reads a PDF résumé, takes a correction and opens the saved profile', async () => {
    await page.goto(`${server.url}/candidates`);
    await page.getByRole('button', { name: 'Add candidate' }).click();
    await page.getByRole('menuitem', { name: 'Upload a résumé' }).click();
    await page.getByLabel('Résumé file').setInputFiles({
      name: 'marta-oliveira.pdf',
      mimeType: 'application/pdf',
      buffer: await makePdf(resume),
    });

    const name = page.getByLabel('Name', { exact: true });
    await name.waitFor();
    await expect(name.inputValue()).resolves.toBe('Marta Oliveira');
    const skills = await Promise.all(
      [1, 2, 3].map((row) => page.getByRole('combobox', { name: `Skill ${row}`, exact: true }).inputValue()),
    );
    expect(skills).toEqual(expect.arrayContaining(['Go', 'PostgreSQL']));
    await expect(page.getByLabel('E-mail', { exact: true }).inputValue()).resolves.toBe(
      'marta.oliveira@example.net',
    );

    // The reader got the phone from the résumé; the recruiter has a newer one.
    await page.getByLabel('Phone', { exact: true }).fill('+351 912 000 111');
    await page.getByLabel('The candidate agreed that we keep their data').check();
    await page.getByRole('button', { name: 'Save candidate' }).click();

    await page.waitForURL(/\/candidates\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Marta Oliveira', level: 1 }).waitFor();
    await expect(page.getByRole('link', { name: '+351912000111' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: '+351912345678' }).count()).resolves.toBe(0);
    await expect(page.getByRole('cell', { name: 'Kubernetes', exact: true }).isVisible()).resolves.toBe(true);
    await page.getByRole('tab', { name: /Résumé/ }).click();
    await expect(
      page.getByRole('link', { name: 'marta-oliveira.pdf', exact: true }).isVisible(),
    ).resolves.toBe(true);
  });

  it('finds her in the pool by a skill and by the start of her name', async () => {
    await page.goto(`${server.url}/candidates`);
    await page.getByRole('button', { name: 'Filter by skill' }).click();
    await page.getByRole('textbox', { name: 'Skill' }).fill('kube');
    await page.getByRole('option', { name: /^Kubernetes/ }).click();
    await page.getByText('1 candidate matches').waitFor();
    await expect(page.getByRole('link', { name: 'Marta Oliveira' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Tomás Ferreira' }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Remove the filter Skill: Kubernetes' }).click();
    await page.getByText('2 candidates in your pool').waitFor();
    await page.getByLabel('Search candidates').fill('Mar');
    await page.getByText('1 candidate matches').waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('Mar');
    await expect(page.getByRole('link', { name: 'Marta Oliveira' }).isVisible()).resolves.toBe(true);
  });

  it('flags a second résumé of the same person as a possible duplicate before saving', async () => {
    await page.goto(`${server.url}/candidates/new?mode=resume`);
    await dropFile(
      page,
      'marta-cv.docx',
      await makeDocx(resume),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    await page.getByText('This looks like Marta Oliveira, already in your pool').waitFor();
    await expect(page.getByRole('link', { name: 'Open their profile' }).isVisible()).resolves.toBe(true);
  });
});
