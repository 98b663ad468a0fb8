import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../../../test/support/documents.ts';
import { htmlToText } from './docx-text.ts';
import { decodeText, extractResumeText, UnsupportedDocumentError } from './extract-text.ts';

/** Deterministic bytes that are not text: a fixed-seed generator, so the test never flakes. */
function junk(length: number): Buffer {
  let state = 12345;
  return Buffer.from(
    Array.from({ length }, () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state & 0xff;
    }),
  );
}

function encryptedPdf(): Promise<Buffer> {
  return new Promise((resolve) => {
    const document = new PDFDocument({ userPassword: 'secret', ownerPassword: 'owner' });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.text('Jane Doe');
    document.end();
  });
}

async function refusal(promise: Promise<unknown>): Promise<UnsupportedDocumentError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UnsupportedDocumentError);
  return error as UnsupportedDocumentError;
}

describe('extractResumeText: formats by content', () => {
  it('reads a PDF, whatever its name says', async () => {
    const pdf = await makePdf(['Jane Doe', 'Backend Engineer']);
    expect(await extractResumeText(pdf, 'upload.bin')).toEqual({
      text: 'Jane Doe\nBackend Engineer',
      format: 'pdf',
      warnings: [],
    });
  });

  it('reads a DOCX', async () => {
    const docx = await makeDocx(['Zoë Ångström', 'Backend Engineer']);
    expect(await extractResumeText(docx, 'cv.docx')).toEqual({
      text: 'Zoë Ångström\nBackend Engineer',
      format: 'docx',
      warnings: [],
    });
  });

  it('reads plain text in UTF-8, UTF-16 with a byte-order mark, and Windows-1252', async () => {
    expect(await extractResumeText(Buffer.from('José Núñez\nIngeniero'), 'cv.txt')).toMatchObject({
      text: 'José Núñez\nIngeniero',
      format: 'text',
    });
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Zoë Ångström\nEngineer', 'utf16le'),
    ]);
    expect((await extractResumeText(utf16)).text).toBe('Zoë Ångström\nEngineer');
    expect(decodeText(Buffer.from('José Núñez, Ingeniero de software', 'latin1'))).toBe(
      'José Núñez, Ingeniero de software',
    );
  });

  it('cuts a huge text file and says so', async () => {
    const huge = Buffer.from(`Jane Doe\n${'Backend engineer with Go and PostgreSQL. '.repeat(130_000)}`);
    const extracted = await extractResumeText(huge, 'cv.txt');
    expect(extracted.text).toHaveLength(200_000);
    expect(extracted.warnings).toEqual([
      'The document is very long; only its first 200,000 characters were read.',
    ]);
  });

  it('reads only the first pages of a long PDF', async () => {
    const pdf = await makePdf(Array.from({ length: 150 }, (_, index) => `Line ${index + 1}`));
    const extracted = await extractResumeText(pdf, 'cv.pdf', { maxPages: 1 });
    expect(extracted.text.split('\n')[0]).toBe('Line 1');
    expect(extracted.text).not.toContain('Line 150');
    expect(extracted.warnings).toEqual(['The PDF has 3 pages; only the first page was read.']);
  });

  it('says when a PDF has no text (a scan)', async () => {
    const pdf = await makePdf([]);
    expect(await extractResumeText(pdf, 'scan.pdf')).toEqual({
      text: '',
      format: 'pdf',
      warnings: ['No text was found in the document; it may be a scanned image.'],
    });
  });
});

describe('extractResumeText: hostile and wrong files', () => {
  it('refuses a "PDF" that is not really one', async () => {
    const fake = Buffer.from('%PDF-1.7\nthis is not a PDF at all, only its first bytes are\n%%EOF');
    const error = await refusal(extractResumeText(fake, 'cv.pdf'));
    expect(error).toMatchObject({ reason: 'unreadable', status: 422 });
    expect(error.message).toBe('The PDF could not be read; it may be damaged.');
  });

  it('refuses text that claims to be a PDF by its name', async () => {
    const error = await refusal(extractResumeText(Buffer.from('Jane Doe\nEngineer'), 'cv.pdf'));
    expect(error).toMatchObject({ reason: 'wrong-type', status: 415 });
    expect(error.message).toBe('The file is named ".pdf" but is not a PDF.');
  });

  it('refuses random binary', async () => {
    const error = await refusal(extractResumeText(junk(8192), 'cv.txt'));
    expect(error.message).toBe(
      'The file is not a document we can read. Upload the résumé as a PDF, a Word (DOCX) file or plain text.',
    );
  });

  it('names the file types people upload by mistake', async () => {
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]),
      junk(200),
    ]);
    expect((await refusal(extractResumeText(jpeg, 'photo.jpg'))).message).toBe(
      'This file is a JPG file. Upload the résumé as a PDF, a Word (DOCX) file or plain text.',
    );
    const oldWord = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(600),
    ]);
    expect((await refusal(extractResumeText(oldWord, 'cv.doc'))).message).toBe(
      'This file is an old Word (.doc) or other legacy Office file; save it as DOCX or PDF. ' +
        'Upload the résumé as a PDF, a Word (DOCX) file or plain text.',
    );
  });

  it('refuses a damaged DOCX', async () => {
    const docx = await makeDocx(['Jane Doe']);
    const damaged = Buffer.concat([docx.subarray(0, 400), junk(2000)]);
    const error = await refusal(extractResumeText(damaged, 'cv.docx'));
    expect(error.reason).toBe('unreadable');
  });

  it('refuses password-protected PDFs, empty and oversized files', async () => {
    expect((await refusal(extractResumeText(await encryptedPdf(), 'cv.pdf'))).message).toBe(
      'The PDF is password-protected; upload a copy without a password.',
    );
    expect((await refusal(extractResumeText(Buffer.alloc(0)))).message).toBe('The file is empty.');
    const tooBig = await refusal(
      extractResumeText(Buffer.alloc(3 * 1024 * 1024, 'a'), 'cv.txt', { maxBytes: 2 * 1024 * 1024 }),
    );
    expect(tooBig).toMatchObject({ reason: 'too-large', message: 'The file is larger than 2 MB.' });
  });

  it('gives up on a PDF that takes longer than its time limit', async () => {
    const pdf = await makePdf(['Jane Doe']);
    const error = await refusal(extractResumeText(pdf, 'cv.pdf', { timeoutMs: 0 }));
    expect(error).toMatchObject({ reason: 'timeout', message: 'Reading the PDF took too long.' });
  });
});

describe('htmlToText (Word documents)', () => {
  it('turns a table of short cells into tab-separated rows, and a layout table into its cells', () => {
    const html =
      '<h1>Experience</h1><table><tr><td><p>Acme &amp; Co</p></td><td><p>Senior Engineer</p></td>' +
      '<td><p>Mar 2019 – Present</p></td></tr></table>' +
      '<table><tr><td><p>CONTACT</p><p>jane@example.com</p></td><td><p>EXPERIENCE</p><p>Acme</p></td></tr></table>';
    expect(htmlToText(html)).toBe(
      'Experience\nAcme & Co\tSenior Engineer\tMar 2019 – Present\nCONTACT\njane@example.com\n\nEXPERIENCE\nAcme\n',
    );
  });

  it('keeps bullets, line breaks and the address of a link', () => {
    const html =
      '<ul><li>Built APIs<ul><li>in Go</li></ul></li></ul><p>Line one<br />Line two</p>' +
      '<p><a href="https://github.com/jane">GitHub</a> · <a href="mailto:jane@example.com">jane@example.com</a></p>';
    expect(htmlToText(html)).toBe(
      '• Built APIs\n• in Go\nLine one\nLine two\nGitHub <https://github.com/jane> · jane@example.com',
    );
  });
});
