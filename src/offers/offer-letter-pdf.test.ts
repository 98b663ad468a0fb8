import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../candidates/resume/pdf-text.ts';
import { renderOfferLetter } from './offer-letter.ts';
import { renderOfferLetterPdf, toWinAnsi } from './offer-letter-pdf.ts';
import { fullTimeTerms, paidTrialTerms } from './test-fixtures.ts';

// The résumé reader's loader: one pdf.js copy per process, shared with the rest of the suite.
const read = async (pdf: Buffer) =>
  (await pdfText(pdf, { maxPages: 10, maxChars: 200_000, timeoutMs: 10_000 })).text.replace(/[ \t]+/g, ' ');

const people = {
  candidate: { name: 'Zoë Fernández' },
  job: { title: 'Senior Backend Engineer' },
  organisation: { name: 'Acme Robotics' },
  sender: { name: 'Priya Shah', title: 'CTO' },
  issuedOn: '2026-02-16',
  respondBy: '2026-02-23',
};

describe('renderOfferLetterPdf', () => {
  it('prints the organisation, the candidate, the salary, the start date, the terms and signature lines', async () => {
    const terms = fullTimeTerms({
      equity: { type: 'rsu', amount: 2_000 },
      benefits: ['Health, dental and vision insurance', '25 days of paid time off'],
    });
    const pdf = await renderOfferLetterPdf(renderOfferLetter({ ...people, terms }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await read(pdf);
    expect(text.startsWith('Acme Robotics')).toBe(true);
    expect(text).toContain('Zoë Fernández');
    expect(text).toContain('$150,000');
    expect(text).toContain('March 2, 2026');
    expect(text).toContain('Summary of terms');
    expect(text).toMatch(/Base salary\s+\$150,000 a year/);
    expect(text).toMatch(/Start date\s+March 2, 2026/);
    expect(text).toContain('For Acme Robotics');
    expect(text).toContain('Accepted by');
  });

  it('prints a trial’s success criteria as bullets', async () => {
    const pdf = await renderOfferLetterPdf(renderOfferLetter({ ...people, terms: paidTrialTerms }));
    const text = await read(pdf);
    expect(text).toContain('• Ships the export endpoint with tests');
    expect(text).toContain('$600 a day');
  });

  it('folds letters the built-in font cannot print instead of printing garbage', async () => {
    expect(toWinAnsi('Łukasz Wróbel — Nguyễn € 1\u202f000')).toBe('Lukasz Wróbel — Nguyên € 1 000');
    expect(toWinAnsi('田中')).toBe('??');
    const letter = renderOfferLetter({
      ...people,
      candidate: { name: 'Łukasz Wróbel' },
      terms: fullTimeTerms(),
    });
    expect(await read(await renderOfferLetterPdf(letter))).toContain('Lukasz Wróbel');
  });

  const dejaVu = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
  const dejaVuBold = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
  it.skipIf(!existsSync(dejaVu) || !existsSync(dejaVuBold))(
    'prints any name with an embedded font',
    async () => {
      const letter = renderOfferLetter({
        ...people,
        candidate: { name: 'Łukasz Wróbel' },
        terms: fullTimeTerms(),
      });
      const pdf = await renderOfferLetterPdf(letter, { fonts: { regular: dejaVu, bold: dejaVuBold } });
      expect(await read(pdf)).toContain('Łukasz Wróbel');
    },
  );
});
