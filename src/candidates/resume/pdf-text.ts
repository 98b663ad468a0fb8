import { linesInReadingOrder, type TextRun } from './pdf-layout.ts';

/**
 * PDF → text in reading order, within limits: a page count, a character budget and a deadline, so a
 * hostile PDF cannot keep the process busy for long. pdf.js is loaded once, on first use.
 */

export type PdfLimits = { maxPages: number; maxChars: number; timeoutMs: number };

export class PdfReadError extends Error {
  constructor(
    readonly reason: 'unreadable' | 'encrypted' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'PdfReadError';
  }
}

type Unpdf = typeof import('unpdf');
type PdfDocument = Awaited<ReturnType<Unpdf['getDocumentProxy']>>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

let unpdf: Promise<Unpdf> | null = null;

/** One pdf.js per process: every caller shares this import. */
function loadUnpdf(): Promise<Unpdf> {
  unpdf ??= import('unpdf');
  return unpdf;
}

/** Text runs of a hostile page are capped too: nobody's résumé has this many on one page. */
const maxRunsPerPage = 10_000;

export async function pdfText(
  content: Buffer,
  limits: PdfLimits,
): Promise<{ text: string; warnings: string[] }> {
  const { getDocumentProxy } = await loadUnpdf();
  const deadline = Date.now() + limits.timeoutMs;
  const loading = getDocumentProxy(new Uint8Array(content), {
    verbosity: 0,
    isEvalSupported: false,
    stopAtErrors: false,
    disableFontFace: true,
    enableXfa: false,
  });
  let document: PdfDocument;
  try {
    document = await beforeDeadline(loading, deadline);
  } catch (error) {
    // If the deadline won, the document may still arrive later: release it then.
    loading.then((late) => late.destroy()).catch(() => {});
    throw asReadError(error);
  }
  try {
    return await readPages(document, limits, deadline);
  } catch (error) {
    throw asReadError(error);
  } finally {
    await document.destroy().catch(() => {});
  }
}

async function readPages(document: PdfDocument, limits: PdfLimits, deadline: number) {
  const warnings: string[] = [];
  const pageCount = Math.min(document.numPages, limits.maxPages);
  if (document.numPages > limits.maxPages) {
    const read = limits.maxPages === 1 ? 'page was' : `${limits.maxPages} pages were`;
    warnings.push(`The PDF has ${document.numPages} pages; only the first ${read} read.`);
  }
  const pages: string[] = [];
  let length = 0;
  for (let number = 1; number <= pageCount; number++) {
    const page = await beforeDeadline(document.getPage(number), deadline);
    const text = await beforeDeadline(pageText(page), deadline);
    page.cleanup();
    pages.push(text);
    length += text.length;
    if (length >= limits.maxChars) {
      if (number < pageCount)
        warnings.push(`The PDF holds a lot of text; reading stopped after page ${number}.`);
      break;
    }
  }
  return { text: pages.join('\n\n'), warnings };
}

async function pageText(page: PdfPage): Promise<string> {
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, c, d, x, y] = item.transform as number[];
    runs.push({
      text: item.str,
      x: x ?? 0,
      y: y ?? 0,
      width: item.width,
      size: Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || 10,
    });
    if (runs.length >= maxRunsPerPage) break;
  }
  runs.push(...(await linkRuns(page, runs)));
  return linesInReadingOrder(runs).join('\n');
}

/**
 * Hyperlinks whose address is not printed ("GitHub" linked to github.com/jane) become a run right after
 * the linked text, so the address is read on the same line.
 */
async function linkRuns(page: PdfPage, runs: TextRun[]): Promise<TextRun[]> {
  const annotations: unknown[] = await page.getAnnotations().catch(() => []);
  const visible = runs
    .map((run) => run.text)
    .join(' ')
    .toLowerCase();
  const added: TextRun[] = [];
  for (const annotation of annotations.slice(0, 200)) {
    const { url, rect } = (annotation ?? {}) as { url?: unknown; rect?: unknown };
    if (typeof url !== 'string' || !Array.isArray(rect) || rect.length !== 4) continue;
    const address = url.replace(/^mailto:/i, '');
    if (!/^(?:https?:\/\/|[^@\s]+@)/i.test(address)) continue;
    const bare = address.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '');
    if (visible.includes(bare.toLowerCase()) || added.some((run) => run.text.includes(address))) continue;
    const [x1, y1, x2, y2] = rect as number[];
    const linked = runs.find(
      (run) => run.y >= y1! - 2 && run.y <= y2! && run.x < x2! && run.x + run.width > x1!,
    );
    // Zero width, at the end of the linked run: it reads right after it and never spans a column gap.
    added.push({
      text: ` <${address}>`,
      x: linked ? linked.x + linked.width - 0.01 : x1!,
      y: linked?.y ?? y1!,
      width: 0,
      size: linked?.size ?? 10,
    });
  }
  return added;
}

function beforeDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new PdfReadError('timeout', 'Reading the PDF took too long.'));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new PdfReadError('timeout', 'Reading the PDF took too long.')),
      remaining,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function asReadError(error: unknown): PdfReadError {
  if (error instanceof PdfReadError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new PdfReadError('encrypted', 'The PDF is password-protected; upload a copy without a password.');
  }
  return new PdfReadError('unreadable', 'The PDF could not be read; it may be damaged.');
}
