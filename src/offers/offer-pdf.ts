import { existsSync } from 'node:fs';
import type { FastifyReply } from 'fastify';
import type { OfferLetter } from './offer-letter.ts';
import { type OfferLetterPdfOptions, renderOfferLetterPdf } from './offer-letter-pdf.ts';

/**
 * Renders the letter to a PDF and sends it. Always called with a letter already read from the database,
 * never inside a transaction: on PGlite a transaction holds the only connection while pdfkit works.
 */

const dejaVu = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const dejaVuBold = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

// An embedded Unicode font prints any name as typed; without one the built-in Helvetica folds accents.
let fonts: OfferLetterPdfOptions['fonts'] | null | undefined;
function pdfFonts() {
  if (fonts === undefined) {
    fonts = existsSync(dejaVu) && existsSync(dejaVuBold) ? { regular: dejaVu, bold: dejaVuBold } : null;
  }
  return fonts ?? undefined;
}

export function offerLetterPdf(letter: OfferLetter): Promise<Buffer> {
  const options = pdfFonts();
  return renderOfferLetterPdf(letter, options ? { fonts: options } : {});
}

export function pdfFilename(letter: OfferLetter): string {
  const slug = `offer-${letter.candidateName}`
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${slug || 'offer'}.pdf`;
}

export async function sendLetterPdf(reply: FastifyReply, letter: OfferLetter) {
  const pdf = await offerLetterPdf(letter);
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${pdfFilename(letter)}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(pdf);
}
