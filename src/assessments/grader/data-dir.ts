// What a service left in its DATA_DIR, for checks that look for texts which must not be stored there (a password
// in plain text, or as an unsalted digest). Reading never follows links (the sandboxed service made them, and
// the grader runs as root) and stops at a size and file-count limit; the search itself is pure.
import { createHash } from 'node:crypto';
import { closeSync, constants, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Ways a text may be written down besides itself: base64 of it, or an unsalted digest (hex or base64). */
export const dataDirEncodings = ['base64', 'md5', 'sha1', 'sha256', 'sha512'] as const;
export type DataDirEncoding = (typeof dataDirEncodings)[number];

export type DataFile = { path: string; content: Buffer };
/** The files read, and the first left unread because a limit was reached (then the rest were not looked at). */
export type DataDirSnapshot = { files: DataFile[]; unread: string[] };

export const defaultDataDirLimits = { maxFiles: 5_000, maxBytes: 64 * 1024 * 1024 };

/** Every regular file under `dir` (links, devices and sockets are skipped, not followed). */
export function readDataDir(dir: string, limits = defaultDataDirLimits): DataDirSnapshot {
  const files: DataFile[] = [];
  const unread: string[] = [];
  let bytes = 0;
  const pending = [dir];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (!stats) continue;
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) pending.push(join(path, entry));
      continue;
    }
    if (!stats.isFile()) continue;
    const name = relative(dir, path);
    if (files.length >= limits.maxFiles || bytes + stats.size > limits.maxBytes) {
      // Stop at the first file over a limit: walking on through a huge tree would take its time for nothing.
      unread.push(name);
      break;
    }
    files.push({ path: name, content: readNoFollow(path, stats.size) });
    bytes += stats.size;
  }
  return { files, unread };
}

function readNoFollow(path: string, size: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const count = readSync(fd, buffer, read, size - read, read);
      if (count === 0) break;
      read += count;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

type Form = { label: string; bytes: Buffer };

/** The text itself and each requested encoding of it, as byte strings to look for. */
export function formsOf(text: string, encodings: readonly DataDirEncoding[] = []): Form[] {
  const forms: Form[] = [{ label: 'in plain text', bytes: Buffer.from(text) }];
  for (const encoding of encodings) {
    if (encoding === 'base64') {
      forms.push({ label: 'in base64', bytes: Buffer.from(Buffer.from(text).toString('base64')) });
      continue;
    }
    const digest = createHash(encoding).update(text).digest();
    const name = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' }[encoding];
    const hex = digest.toString('hex');
    forms.push({ label: `as its unsalted ${name} (hex)`, bytes: Buffer.from(hex) });
    forms.push({ label: `as its unsalted ${name} (hex)`, bytes: Buffer.from(hex.toUpperCase()) });
    forms.push({ label: `as its unsalted ${name} (base64)`, bytes: Buffer.from(digest.toString('base64')) });
  }
  return forms;
}

export type DataDirFinding = { text: string; form: string; file: string };

/** Where each text (or one of its encodings) occurs in the snapshot; empty when nowhere. */
export function findInDataDir(
  snapshot: DataDirSnapshot,
  texts: readonly string[],
  encodings: readonly DataDirEncoding[] = [],
): DataDirFinding[] {
  const findings: DataDirFinding[] = [];
  for (const text of texts) {
    for (const form of formsOf(text, encodings)) {
      const file = snapshot.files.find((candidate) => candidate.content.includes(form.bytes));
      if (file && !findings.some((found) => found.text === text && found.form === form.label))
        findings.push({ text, form: form.label, file: file.path });
    }
  }
  return findings;
}
