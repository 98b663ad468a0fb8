// What a candidate handed in, as text: the files of an archive (unpacked with the grader's safe unpacker, never
// run), or the single document a written exercise allows (Markdown, plain text or PDF). Reviewers read it beside
// the rubric; the similarity check fingerprints it.
import { lstatSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PdfReadError, pdfText } from '../candidates/resume/pdf-text.ts';
import { readSmallFile } from './grader/signals.ts';
import { UnpackError, unpackSubmission } from './grader/unpack.ts';

/** The single-document formats a rubric exercise accepts besides archives. */
export const documentFormats = ['pdf', 'markdown', 'text'] as const;
export type DocumentFormat = (typeof documentFormats)[number];
export const isDocumentFormat = (format: string): format is DocumentFormat =>
  (documentFormats as readonly string[]).includes(format);

export type HandInFile = {
  path: string;
  kind: 'markdown' | 'text' | 'pdf' | 'code' | 'other';
  sizeBytes: number;
  /** The text (a PDF's extracted text); null for a binary or too large file. */
  text: string | null;
};

export type HandIn = { files: HandInFile[]; problem: string | null };

const limits = { maxFiles: 2000, maxTextBytes: 512 * 1024, maxTotalTextBytes: 8 * 1024 * 1024 };
const pdfLimits = { maxPages: 60, maxChars: 400_000, timeoutMs: 15_000 };
const skippedFolders = new Set(['node_modules', '.git', '__MACOSX', '.venv', 'venv', '__pycache__']);

const kindOf = (path: string): HandInFile['kind'] => {
  const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'txt' || extension === 'rst' || extension === 'adoc') return 'text';
  if (extension === 'pdf') return 'pdf';
  if (
    /^(js|mjs|cjs|jsx|ts|mts|cts|tsx|py|go|rb|java|kt|rs|php|cs|sql|sh|json|yaml|yml|toml)$/.test(extension)
  )
    return 'code';
  return 'other';
};

/** UTF-8 text without NUL bytes, or null: what may be read as text. */
export function asText(content: Buffer): string | null {
  if (content.includes(0)) return null;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(content);
  return text.includes('\uFFFD') ? null : text;
}

async function documentText(kind: HandInFile['kind'], content: Buffer): Promise<string | null> {
  if (kind === 'pdf') {
    try {
      return (await pdfText(content, pdfLimits)).text;
    } catch (error) {
      if (error instanceof PdfReadError) return null;
      throw error;
    }
  }
  return asText(content);
}

/** The files of an unpacked folder, links never followed, dependencies and tooling folders left out. */
async function readFolder(root: string): Promise<HandInFile[]> {
  const files: HandInFile[] = [];
  let textBytes = 0;
  const pending = [''];
  for (let rel = pending.pop(); rel !== undefined; rel = pending.pop()) {
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) pending.push(path);
        continue;
      }
      if (!entry.isFile() || files.length >= limits.maxFiles) continue;
      const kind = kindOf(path);
      const size = lstatSync(join(root, path)).size;
      const readable = kind !== 'other' && textBytes + size <= limits.maxTotalTextBytes;
      const content = readable
        ? readSmallFile(join(root, path), kind === 'pdf' ? 20 * 1024 * 1024 : limits.maxTextBytes)
        : null;
      const text = content ? await documentText(kind, content) : null;
      if (text !== null) textBytes += Buffer.byteLength(text);
      files.push({ path, kind, sizeBytes: size, text });
    }
  }
  return files.sort((left, right) => left.path.localeCompare(right.path));
}

/** Reads a stored upload. `format` is the submission's (zip, tar.gz, tar, git-bundle, pdf, markdown, text). */
export async function readHandIn(upload: {
  content: Buffer;
  format: string;
  filename: string;
}): Promise<HandIn> {
  if (isDocumentFormat(upload.format)) {
    const kind = upload.format === 'pdf' ? 'pdf' : upload.format === 'markdown' ? 'markdown' : 'text';
    const text = await documentText(kind, upload.content);
    return {
      files: [{ path: upload.filename, kind, sizeBytes: upload.content.length, text }],
      problem: text === null ? 'The document could not be read as text; download it to read it.' : null,
    };
  }
  const workDir = mkdtempSync(join(tmpdir(), 'hirebench-hand-in-'));
  try {
    const archive = join(workDir, 'upload');
    writeFileSync(archive, upload.content, { mode: 0o600 });
    const unpacked = await unpackSubmission(archive, join(workDir, 'files'));
    return { files: await readFolder(unpacked.dir), problem: null };
  } catch (error) {
    if (error instanceof UnpackError)
      return { files: [], problem: `The archive could not be opened: ${error.message}.` };
    throw error;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
