import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';

/**
 * Streams a CSV file record by record with bounded memory: the bytes arrive in small chunks, csv-parse turns
 * them into records under back-pressure, and the caller pulls one record at a time.
 */

/** Opens the bytes afresh for each pass over the file (the count pass, then the import pass). */
export type OpenCsv = () => AsyncIterable<Uint8Array>;
export type CsvEncoding = 'utf-8' | 'windows-1252';
export type CsvFormat = { delimiter: string; encoding: CsvEncoding };
/**
 * `row` counts like a spreadsheet: the header is row 1 and blank lines count too. `bytesRead` is how far into
 * the text the parser is (for estimates).
 */
export type CsvRecord = { row: number; values: string[]; bytesRead: number };

export class CsvFileError extends Error {}

const CHUNK_BYTES = 64 * 1024;
/** One record bigger than this is a broken file (an unclosed quote), not a candidate. */
const MAX_RECORD_BYTES = 1024 * 1024;

export function bufferSource(content: Buffer): OpenCsv {
  return async function* () {
    for (let offset = 0; offset < content.length; offset += CHUNK_BYTES) {
      yield content.subarray(offset, offset + CHUNK_BYTES);
    }
  };
}

export function fileSource(path: string): OpenCsv {
  return () => createReadStream(path, { highWaterMark: CHUNK_BYTES });
}

async function firstChunk(open: OpenCsv): Promise<Uint8Array> {
  for await (const chunk of open()) return chunk;
  return new Uint8Array();
}

/** The delimiter most used on the first line outside quotes: comma, semicolon (European Excel) or tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    // `stream: true` tolerates a character cut in two at the end of the chunk.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Delimiter and encoding from the first 64 KB; files that are not UTF-8 are read as Windows-1252 (old Excel). */
export async function detectFormat(open: OpenCsv): Promise<CsvFormat> {
  const head = await firstChunk(open);
  const encoding: CsvEncoding = isUtf8(head) ? 'utf-8' : 'windows-1252';
  return { encoding, delimiter: detectDelimiter(new TextDecoder(encoding).decode(head)) };
}

async function* decoded(open: OpenCsv, encoding: CsvEncoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  for await (const chunk of open()) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

const isBlank = (values: string[]) => values.every((value) => value.trim() === '');

/** Every non-blank record, the header first, pulled one at a time. */
export async function* readCsvRecords(open: OpenCsv, format: CsvFormat): AsyncGenerator<CsvRecord> {
  const parser = parse({
    delimiter: format.delimiter,
    relax_column_count: true,
    // Quotes inside unquoted values (Dwayne "The Rock" Johnson, 5'11") are kept as written.
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_BYTES,
    info: true,
  });
  const feeding = pipeline(Readable.from(decoded(open, format.encoding)), parser);
  // The consumer may stop early (a preview); the pipeline then ends with a premature close, which is fine.
  feeding.catch(() => {});
  let row = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { bytes: number };
    }>) {
      row++;
      if (!isBlank(record)) yield { row, values: record, bytesRead: info.bytes };
    }
  } catch (error) {
    // csv-parse counts the records it read before the broken one (blank ones included, as here).
    const before = (error as { records?: unknown }).records;
    throw new CsvFileError(describeParseError(error, typeof before === 'number' ? before + 1 : row + 1));
  } finally {
    parser.destroy();
  }
}

function describeParseError(error: unknown, row: number): string {
  if (error instanceof TypeError && /encoded data was not valid|invalid/i.test(error.message)) {
    return 'The file is not valid UTF-8 text.';
  }
  const code = (error as { code?: string }).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED' || code === 'CSV_MAX_RECORD_SIZE') {
    return `Row ${row} opens a quoted value that is never closed, so the file cannot be read from there on.`;
  }
  return `The file cannot be read as CSV at row ${row}: ${error instanceof Error ? error.message : String(error)}`;
}

/** Header names as shown to people: trimmed, and "Column 3" where a header cell is empty. */
export function headerNames(values: string[]): string[] {
  return values.map((value, index) => value.trim() || `Column ${index + 1}`);
}

export type CsvScan = { format: CsvFormat; headers: string[]; rowCount: number };

/**
 * The first, fast pass over the whole file: finds the format, reads the header, counts the data rows, and
 * proves the file can be read to the end before anything is written. Throws CsvFileError when it cannot.
 */
export async function scanCsv(open: OpenCsv): Promise<CsvScan> {
  let format = await detectFormat(open);
  for (;;) {
    try {
      let headers: string[] | null = null;
      let rowCount = 0;
      for await (const record of readCsvRecords(open, format)) {
        if (headers) rowCount++;
        else headers = headerNames(record.values);
      }
      if (!headers) throw new CsvFileError('The file is empty: it needs a header row and at least one row.');
      return { format, headers, rowCount };
    } catch (error) {
      // Valid UTF-8 in the first 64 KB but not further on: read the whole file as Windows-1252 instead.
      if (
        error instanceof CsvFileError &&
        format.encoding === 'utf-8' &&
        error.message === 'The file is not valid UTF-8 text.'
      ) {
        format = { ...format, encoding: 'windows-1252' };
        continue;
      }
      throw error;
    }
  }
}

/** Header → cell; with repeated headers the first column of that name wins, as in the mapping. */
export function recordToRow(headers: string[], values: string[]): Record<string, string> {
  const row: Record<string, string> = {};
  headers.forEach((header, index) => {
    if (!(header in row)) row[header] = values[index] ?? '';
  });
  return row;
}

export type CsvPreview = {
  headers: string[];
  sampleRows: string[][];
  rowCountEstimate: number;
  format: CsvFormat;
  warnings: string[];
};

/** The header, the first rows and an estimate of the row count, reading only the start of a large file. */
export async function previewCsv(open: OpenCsv, totalBytes: number, sampleSize = 10): Promise<CsvPreview> {
  const format = await detectFormat(open);
  let headers: string[] | null = null;
  const sampleRows: string[][] = [];
  let counted = 0;
  let bytesRead = 0;
  let complete = true;
  // Counting the first few thousand rows keeps the preview quick; the rest is extrapolated from their size.
  const COUNT_LIMIT = 5000;
  for await (const record of readCsvRecords(open, format)) {
    bytesRead = record.bytesRead;
    if (!headers) {
      headers = headerNames(record.values);
      continue;
    }
    counted++;
    if (sampleRows.length < sampleSize)
      sampleRows.push(headers.map((_, index) => record.values[index] ?? ''));
    if (counted >= COUNT_LIMIT && bytesRead < totalBytes) {
      complete = false;
      break;
    }
  }
  if (!headers) throw new CsvFileError('The file is empty: it needs a header row and at least one row.');
  const rowCountEstimate = complete ? counted : Math.round((counted * totalBytes) / Math.max(1, bytesRead));
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const header of headers) {
    if (seen.has(header))
      warnings.push(`The column "${header}" appears more than once; the first one is used.`);
    seen.add(header);
  }
  if (format.encoding === 'windows-1252') {
    warnings.push('The file is not UTF-8; it is read as Windows-1252 (Excel’s older “CSV” format).');
  }
  return { headers, sampleRows, rowCountEstimate, format, warnings };
}

/** The header row alone (the first non-blank record), reading no further. */
export async function readCsvHeader(open: OpenCsv): Promise<{ headers: string[]; format: CsvFormat }> {
  const format = await detectFormat(open);
  for await (const record of readCsvRecords(open, format))
    return { headers: headerNames(record.values), format };
  throw new CsvFileError('The file is empty: it needs a header row and at least one row.');
}

/** Spreadsheets and other binaries sent by mistake, recognised from their first bytes. */
export function notCsvReason(content: Buffer): string | null {
  const head = content.subarray(0, 8192);
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    return 'This is an Excel workbook or another ZIP file, not CSV. In Excel, use File → Save As → “CSV UTF-8”.';
  }
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    return 'This is an old Excel (.xls) workbook, not CSV. In Excel, use File → Save As → “CSV UTF-8”.';
  }
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'This is a PDF, not a CSV file.';
  if (head[0] === 0xff && head[1] === 0xfe)
    return 'This file is UTF-16 text; save it as “CSV UTF-8” instead.';
  if (head[0] === 0xfe && head[1] === 0xff)
    return 'This file is UTF-16 text; save it as “CSV UTF-8” instead.';
  if (head.includes(0)) return 'This is a binary file, not CSV text.';
  return null;
}
