import { describe, expect, it } from 'vitest';
import {
  bufferSource,
  CsvFileError,
  detectDelimiter,
  notCsvReason,
  previewCsv,
  readCsvHeader,
  readCsvRecords,
  recordToRow,
  scanCsv,
} from './csv-reader.ts';

const source = (text: string | Buffer) => bufferSource(Buffer.isBuffer(text) ? text : Buffer.from(text));

async function records(text: string) {
  const open = source(text);
  const { format } = await readCsvHeader(open);
  const out: { row: number; values: string[] }[] = [];
  for await (const { row, values } of readCsvRecords(open, format)) out.push({ row, values });
  return out;
}

describe('CSV reading', () => {
  it('numbers rows like a spreadsheet (header row 1, blank lines count, quoted line breaks do not), keeps stray quotes', async () => {
    expect(
      await records(
        '\uFEFFName,Notes\r\nAda,"two\r\nlines"\r\n\r\nGrace,x\r\n,\r\nKen,"say ""hi"""\r\nDwayne "The Rock" Johnson,5\'11"\r\n',
      ),
    ).toEqual([
      { row: 1, values: ['Name', 'Notes'] },
      { row: 2, values: ['Ada', 'two\r\nlines'] },
      { row: 4, values: ['Grace', 'x'] },
      { row: 6, values: ['Ken', 'say "hi"'] },
      { row: 7, values: ['Dwayne "The Rock" Johnson', `5'11"`] },
    ]);
  });

  it('finds the delimiter on the first line, ignoring quoted text', () => {
    expect(detectDelimiter('Name;E-mail;City\nA;b;c')).toBe(';');
    expect(detectDelimiter('Name\tE-mail\nA\tb')).toBe('\t');
    expect(detectDelimiter('"Name; full",Email,City')).toBe(',');
    expect(detectDelimiter('Name')).toBe(',');
  });

  it('counts the data rows in a first pass and proves the file readable', async () => {
    expect(await scanCsv(source('A,B\n1,2\n\n3,4\n'))).toEqual({
      format: { delimiter: ',', encoding: 'utf-8' },
      headers: ['A', 'B'],
      rowCount: 2,
    });
    await expect(scanCsv(source(''))).rejects.toThrow(
      new CsvFileError('The file is empty: it needs a header row and at least one row.'),
    );
    await expect(scanCsv(source('A,B\n1,2\n"3,4\n5,6\n'))).rejects.toThrow(
      'Row 3 opens a quoted value that is never closed, so the file cannot be read from there on.',
    );
  });

  it('reads Windows-1252 when the bytes are not UTF-8, even when that shows only after the first 64 KB', async () => {
    const start = `Name,City\n${'Plain Person,Town\n'.repeat(5000)}`;
    const content = Buffer.concat([Buffer.from(start), Buffer.from('Jürgen,Köln\n', 'latin1')]);
    expect(content.length).toBeGreaterThan(64 * 1024);
    const scan = await scanCsv(source(content));
    expect(scan).toEqual({
      format: { delimiter: ',', encoding: 'windows-1252' },
      headers: ['Name', 'City'],
      rowCount: 5001,
    });
    let last: string[] = [];
    for await (const record of readCsvRecords(source(content), scan.format)) last = record.values;
    expect(last).toEqual(['Jürgen', 'Köln']);
  });

  it('names empty headers and keeps the first of repeated ones', async () => {
    const { headers } = await readCsvHeader(source('Name,,Email,Email\n'));
    expect(headers).toEqual(['Name', 'Column 2', 'Email', 'Email']);
    expect(recordToRow(headers, ['Ada', 'x', 'first@example.org', 'second@example.org'])).toEqual({
      Name: 'Ada',
      'Column 2': 'x',
      Email: 'first@example.org',
    });
    expect(recordToRow(['A', 'B', 'C'], ['1'])).toEqual({ A: '1', B: '', C: '' });
  });

  it('previews the first rows and estimates the count of a large file without reading it all', async () => {
    const lines = ['Name,Email'];
    for (let index = 1; index <= 40_000; index++) lines.push(`Person ${index},person${index}@example.org`);
    const content = Buffer.from(lines.join('\n'));
    const preview = await previewCsv(source(content), content.length);
    expect(preview.headers).toEqual(['Name', 'Email']);
    expect(preview.sampleRows).toEqual(
      Array.from({ length: 10 }, (_, index) => [`Person ${index + 1}`, `person${index + 1}@example.org`]),
    );
    expect(Math.abs(preview.rowCountEstimate - 40_000) / 40_000).toBeLessThan(0.1);
    expect(preview.warnings).toEqual([]);

    const small = await previewCsv(source('Email,Email\na,b\n'), 16);
    expect(small.rowCountEstimate).toBe(1);
    expect(small.warnings).toEqual(['The column "Email" appears more than once; the first one is used.']);
  });

  it('recognises files that are not CSV from their first bytes', () => {
    expect(notCsvReason(Buffer.from('Name,Email\n'))).toBeNull();
    expect(notCsvReason(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toMatch(/^This is an Excel workbook/);
    expect(notCsvReason(Buffer.from('%PDF-1.7'))).toBe('This is a PDF, not a CSV file.');
    expect(notCsvReason(Buffer.from([0xff, 0xfe, 0x4e, 0x00]))).toBe(
      'This file is UTF-16 text; save it as “CSV UTF-8” instead.',
    );
  });
});
