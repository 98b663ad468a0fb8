import PDFDocument from 'pdfkit';
import type { OfferLetter } from './offer-letter.ts';

/**
 * The offer letter as a PDF (pdfkit): the organisation's name as the heading, the letter, a summary table
 * of the terms and signature lines. Kept apart from offer-letter.ts so the pure letter stays importable by
 * the web app, which must not bundle pdfkit.
 */

export type OfferLetterPdfOptions = {
  /**
   * TrueType/OpenType fonts (file paths or bytes) to embed. Without them the PDF uses the built-in
   * Helvetica, which only covers Western European text: other letters are folded to their closest plain
   * form (Ł → L) rather than printed as garbage.
   */
  fonts?: { regular: string | Buffer; bold: string | Buffer };
};

const ink = '#1f2933';
const muted = '#52606d';
const rule = '#cbd2d9';

const margin = 64;

/** Characters the built-in fonts can print (WinAnsi): Latin-1 plus the Windows-1252 extras. */
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const foldings: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', ı: 'i', Ħ: 'H', ħ: 'h', '−': '-' };

function printable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (
    char === '\n' ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    winAnsiExtras.has(char)
  );
}

/** Drops accents from the last one back until the letter is printable: ễ → ê, not e. */
function fold(char: string): string {
  const [base = '', ...rest] = [...char.normalize('NFKD')];
  const marks = rest.filter((part) => /\p{M}/u.test(part));
  for (let keep = marks.length; keep >= 0; keep--) {
    const candidate = (base + marks.slice(0, keep).join('')).normalize('NFC');
    if (candidate !== '' && [...candidate].every(printable)) return candidate;
  }
  return '?';
}

/** Folds text the built-in fonts cannot print: accents dropped where needed, odd spaces made plain. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text) {
    if (printable(char)) {
      out += char;
    } else if (/[\u2000-\u200a\u202f\u205f\u3000]/.test(char)) {
      out += ' ';
    } else if (char === '\u2011' || char === '\u2010') {
      out += '-';
    } else {
      out += foldings[char] ?? fold(char);
    }
  }
  return out;
}

export function renderOfferLetterPdf(
  letter: OfferLetter,
  options: OfferLetterPdfOptions = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({
      size: 'A4',
      margin,
      bufferPages: true,
      info: {
        Title: letter.title,
        Author: letter.organisationName,
        Subject: `Offer for ${letter.candidateName}`,
      },
    });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    try {
      draw(document, letter, options);
      document.end();
    } catch (error) {
      reject(error);
    }
  });
}

type Doc = InstanceType<typeof PDFDocument>;

function draw(document: Doc, letter: OfferLetter, options: OfferLetterPdfOptions) {
  let regular = 'Helvetica';
  let bold = 'Helvetica-Bold';
  let clean = toWinAnsi;
  if (options.fonts) {
    document.registerFont('letter-regular', options.fonts.regular);
    document.registerFont('letter-bold', options.fonts.bold);
    regular = 'letter-regular';
    bold = 'letter-bold';
    clean = (text) => text;
  }
  const width = document.page.width - margin * 2;
  const bottom = () => document.page.height - margin;
  const ensureRoom = (height: number) => {
    if (document.y + height > bottom()) document.addPage();
  };

  // Letterhead: the organisation's name, a rule, the date.
  document.font(bold).fontSize(20).fillColor(ink).text(clean(letter.organisationName), { width });
  const ruleY = document.y + 6;
  document
    .moveTo(margin, ruleY)
    .lineTo(margin + width, ruleY)
    .lineWidth(1)
    .strokeColor(rule)
    .stroke();
  document.y = ruleY + 12;
  document.font(regular).fontSize(10).fillColor(muted).text(clean(letter.issuedOn), { width });
  document.moveDown(1.2);
  document.font(bold).fontSize(15).fillColor(ink).text(clean(letter.title), { width });
  document.moveDown(0.8);

  for (const block of letter.blocks) {
    if (block.kind === 'heading') {
      ensureRoom(48);
      document.moveDown(0.4);
      document.font(bold).fontSize(12).fillColor(ink).text(clean(block.text), { width });
      document.moveDown(0.3);
    } else if (block.kind === 'paragraph') {
      document.font(regular).fontSize(11).fillColor(ink).text(clean(block.text), { width, lineGap: 2 });
      document.moveDown(0.6);
    } else {
      document.font(regular).fontSize(11).fillColor(ink);
      for (const item of block.items) {
        const text = clean(item);
        ensureRoom(document.heightOfString(text, { width: width - 16 }));
        const y = document.y;
        document.text('•', margin + 2, y);
        document.text(text, margin + 16, y, { width: width - 16, lineGap: 2 });
        document.moveDown(0.2);
      }
      document.x = margin;
      document.moveDown(0.4);
    }
  }

  drawTerms(document, letter, { regular, bold, clean, width, ensureRoom });
  drawSignatures(document, letter, { regular, bold, clean, width, ensureRoom });
  drawPageNumbers(document, regular, width);
}

type Drawing = {
  regular: string;
  bold: string;
  clean: (text: string) => string;
  width: number;
  ensureRoom: (height: number) => void;
};

function drawTerms(document: Doc, letter: OfferLetter, { regular, bold, clean, width, ensureRoom }: Drawing) {
  const labelWidth = 150;
  const gap = 12;
  const valueWidth = width - labelWidth - gap;
  const padding = 5;
  ensureRoom(80);
  document.moveDown(0.6);
  document.x = margin;
  document.font(bold).fontSize(12).fillColor(ink).text('Summary of terms', { width });
  document.moveDown(0.4);
  document.fontSize(10);
  for (const row of letter.terms) {
    const label = clean(row.label);
    const value = clean(row.value);
    const height =
      Math.max(
        document.font(bold).heightOfString(label, { width: labelWidth }),
        document.font(regular).heightOfString(value, { width: valueWidth }),
      ) +
      padding * 2;
    ensureRoom(height);
    const top = document.y;
    document
      .moveTo(margin, top)
      .lineTo(margin + width, top)
      .lineWidth(0.5)
      .strokeColor(rule)
      .stroke();
    document
      .font(bold)
      .fillColor(muted)
      .text(label, margin, top + padding, { width: labelWidth });
    document
      .font(regular)
      .fillColor(ink)
      .text(value, margin + labelWidth + gap, top + padding, { width: valueWidth });
    document.y = top + height;
  }
  document
    .moveTo(margin, document.y)
    .lineTo(margin + width, document.y)
    .lineWidth(0.5)
    .strokeColor(rule)
    .stroke();
  document.x = margin;
}

function drawSignatures(
  document: Doc,
  letter: OfferLetter,
  { regular, bold, clean, width, ensureRoom }: Drawing,
) {
  const columnGap = 32;
  const columnWidth = (width - columnGap) / 2;
  ensureRoom(150);
  document.moveDown(2);
  const top = document.y;
  letter.signatures.forEach((signature, index) => {
    const x = margin + index * (columnWidth + columnGap);
    document
      .font(bold)
      .fontSize(10)
      .fillColor(ink)
      .text(clean(signature.heading), x, top, { width: columnWidth });
    const lineY = top + 54;
    document
      .moveTo(x, lineY)
      .lineTo(x + columnWidth, lineY)
      .lineWidth(0.75)
      .strokeColor(ink)
      .stroke();
    document
      .font(regular)
      .fontSize(10)
      .fillColor(ink)
      .text(clean(signature.name), x, lineY + 6, { width: columnWidth });
    if (signature.title)
      document.fillColor(muted).text(clean(signature.title), x, document.y, { width: columnWidth });
    // Both date lines on one level, whether or not a title sits above.
    document.fillColor(muted).text('Date: ____________________', x, lineY + 40, { width: columnWidth });
  });
  document.x = margin;
}

function drawPageNumbers(document: Doc, regular: string, width: number) {
  const range = document.bufferedPageRange();
  if (range.count < 2) return;
  for (let index = range.start; index < range.start + range.count; index++) {
    document.switchToPage(index);
    // Writing inside the bottom margin must not trigger pdfkit's automatic page break.
    const bottomMargin = document.page.margins.bottom;
    document.page.margins.bottom = 0;
    document
      .font(regular)
      .fontSize(8)
      .fillColor(muted)
      .text(`Page ${index + 1} of ${range.count}`, margin, document.page.height - margin / 2, {
        width,
        align: 'right',
      });
    document.page.margins.bottom = bottomMargin;
  }
}
