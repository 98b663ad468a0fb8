import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../platform/errors.ts';
import { docxText } from './docx-text.ts';
import { PdfReadError, pdfText } from './pdf-text.ts';

/**
 * A résumé file → its text. The format comes from the bytes (PDF, DOCX, else plain text), never from the
 * name alone; anything else is refused with an UnsupportedDocumentError whose message can be shown as is.
 */

export type ResumeFormat = 'pdf' | 'docx' | 'text';

export type ExtractedText = {
  text: string;
  format: ResumeFormat;
  /** What was cut or could not be read, in plain words (empty when everything was read). */
  warnings: string[];
};

export type ExtractOptions = {
  /** Larger files are refused. Default 10 MB. */
  maxBytes?: number;
  /** PDF pages read at most. Default 20. */
  maxPages?: number;
  /** Characters of text kept at most. Default 200,000. */
  maxChars?: number;
  /** Time allowed for reading a PDF or DOCX. Default 15 s. */
  timeoutMs?: number;
};

export type UnsupportedReason = 'wrong-type' | 'too-large' | 'unreadable' | 'encrypted' | 'timeout';

export class UnsupportedDocumentError extends AppError {
  constructor(
    readonly reason: UnsupportedReason,
    message: string,
  ) {
    super(
      reason === 'wrong-type' || reason === 'too-large' ? 'unsupported_media_type' : 'unprocessable',
      message,
    );
    this.name = 'UnsupportedDocumentError';
  }
}

type Limits = Required<ExtractOptions>;

const defaults: Limits = { maxBytes: 10 * 1024 * 1024, maxPages: 20, maxChars: 200_000, timeoutMs: 15_000 };

function limitsOf(options: ExtractOptions): Limits {
  return {
    maxBytes: options.maxBytes ?? defaults.maxBytes,
    maxPages: options.maxPages ?? defaults.maxPages,
    maxChars: options.maxChars ?? defaults.maxChars,
    timeoutMs: options.timeoutMs ?? defaults.timeoutMs,
  };
}

const acceptedFormats = 'Upload the résumé as a PDF, a Word (DOCX) file or plain text.';

export async function extractResumeText(
  content: Buffer,
  filename?: string,
  options: ExtractOptions = {},
): Promise<ExtractedText> {
  const limits = limitsOf(options);
  if (content.length === 0) throw new UnsupportedDocumentError('unreadable', 'The file is empty.');
  if (content.length > limits.maxBytes) {
    const megabytes = Math.round(limits.maxBytes / 1024 / 1024);
    throw new UnsupportedDocumentError('too-large', `The file is larger than ${megabytes} MB.`);
  }
  const format = await detectFormat(content, filename);
  const extracted = await extractByFormat(format, content, limits);
  const warnings = [...extracted.warnings];
  let text = extracted.text;
  if (text.length > limits.maxChars) {
    text = text.slice(0, limits.maxChars);
    warnings.push(
      `The document is very long; only its first ${limits.maxChars.toLocaleString('en')} characters were read.`,
    );
  }
  if (text.trim() === '' && format !== 'text') {
    warnings.push('No text was found in the document; it may be a scanned image.');
  }
  return { text, format, warnings };
}

async function extractByFormat(
  format: ResumeFormat,
  content: Buffer,
  limits: Limits,
): Promise<{ text: string; warnings: string[] }> {
  if (format === 'pdf') {
    try {
      return await pdfText(content, limits);
    } catch (error) {
      if (error instanceof PdfReadError) throw new UnsupportedDocumentError(error.reason, error.message);
      throw error;
    }
  }
  if (format === 'docx') return { text: await readDocx(content, limits.timeoutMs), warnings: [] };
  const text = decodeText(content);
  if (text === null) {
    throw new UnsupportedDocumentError(
      'wrong-type',
      `The file is not a document we can read. ${acceptedFormats}`,
    );
  }
  return { text, warnings: [] };
}

const namedTypes: Record<string, string> = {
  cfb: 'an old Word (.doc) or other legacy Office file; save it as DOCX or PDF',
  rtf: 'a Rich Text (RTF) file; save it as DOCX or PDF',
  odt: 'an OpenDocument (ODT) file; save it as DOCX or PDF',
  xlsx: 'a spreadsheet',
  pptx: 'a presentation',
  zip: 'a ZIP archive',
};

/** What the bytes are. A name claiming .pdf or .docx must match the content. */
async function detectFormat(content: Buffer, filename?: string): Promise<ResumeFormat> {
  // A byte-order mark means text; sniffing UTF-16 text for signatures finds nonsense ("MP1 audio").
  const detected = hasByteOrderMark(content) ? undefined : await fileTypeFromBuffer(content);
  const claimed = /\.(pdf|docx?)$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  let format: ResumeFormat;
  if (detected?.ext === 'pdf' || content.subarray(0, 1024).includes('%PDF-')) format = 'pdf';
  else if (detected?.ext === 'docx') format = 'docx';
  else if (detected?.ext === 'zip' && claimed === 'docx') format = 'docx';
  else if (detected) {
    const description = namedTypes[detected.ext] ?? `a ${detected.ext.toUpperCase()} file`;
    throw new UnsupportedDocumentError('wrong-type', `This file is ${description}. ${acceptedFormats}`);
  } else format = 'text';
  if (claimed && claimed !== format && !(claimed === 'doc' && format === 'docx')) {
    const label = claimed === 'pdf' ? 'a PDF' : 'a Word document';
    throw new UnsupportedDocumentError('wrong-type', `The file is named ".${claimed}" but is not ${label}.`);
  }
  return format;
}

function hasByteOrderMark(content: Buffer): boolean {
  const [first, second, third] = content;
  return (
    (first === 0xff && second === 0xfe) ||
    (first === 0xfe && second === 0xff) ||
    (first === 0xef && second === 0xbb && third === 0xbf)
  );
}

async function readDocx(content: Buffer, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new UnsupportedDocumentError('timeout', 'Reading the Word document took too long.')),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([docxText(content), timeout]);
  } catch (error) {
    if (error instanceof UnsupportedDocumentError) throw error;
    throw new UnsupportedDocumentError(
      'unreadable',
      'The Word document could not be read; it may be damaged.',
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Plain text in UTF-8 (or UTF-16 with a byte-order mark, or Windows-1252 as older editors save it).
 * Returns null for binary content: NUL bytes or more than a trace of control characters.
 */
export function decodeText(content: Buffer): string | null {
  let text: string;
  if (content[0] === 0xff && content[1] === 0xfe) text = new TextDecoder('utf-16le').decode(content);
  else if (content[0] === 0xfe && content[1] === 0xff) text = new TextDecoder('utf-16be').decode(content);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
    } catch {
      if (content.includes(0)) return null;
      text = new TextDecoder('windows-1252').decode(content);
    }
  }
  return looksLikeText(text) ? text : null;
}

function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.includes('\u0000')) return false;
  const control = sample.match(/(?![\t\n\r\f\v])[\p{Cc}\ufffd]/gu)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return control <= sample.length * 0.01 && letters >= Math.min(20, sample.length * 0.3);
}
