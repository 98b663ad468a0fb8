// Unpacks a candidate's submission (a zip, a tar or tar.gz, a git bundle, or a directory) into a fresh folder
// the sandbox can mount: every entry is checked before anything is written, nothing is written through a link,
// and limits stop archives that would fill the disk. The result is owned by root and readable by others (the
// sandbox user reads it through the "others" bits), with one top-level folder stripped.
//
// Refused: paths that are absolute or climb out (../), links (symbolic or hard) that point outside the
// submission or at nothing, device files and FIFOs, encrypted zip entries, more than `maxFiles` entries, a file
// over `maxFileBytes`, more than `maxTotalBytes` in all, and compression ratios over `maxRatio` (zip bombs).
//
// Git bundles are cloned bare into a temporary folder with git's system and global configuration switched off,
// and HEAD's tree is read through `git archive` into the same checked extractor; `git log` gives the commit
// count and how the commits spread over time. Needs git (the Debian package git).
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  constants,
  createReadStream,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  readSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, sep } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { promisify } from 'node:util';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import yauzl from 'yauzl';

export type UnpackLimits = {
  /** The archive (or bundle) itself. */
  maxArchiveBytes: number;
  /** All files together, once unpacked. */
  maxTotalBytes: number;
  /** Files, folders and links. */
  maxFiles: number;
  maxFileBytes: number;
  /** Unpacked size over compressed size, checked once more than 1 MiB has come out. */
  maxRatio: number;
  maxPathLength: number;
  maxDepth: number;
};

export const defaultUnpackLimits: UnpackLimits = {
  maxArchiveBytes: 25 * 1024 * 1024,
  maxTotalBytes: 50 * 1024 * 1024,
  maxFiles: 5000,
  maxFileBytes: 20 * 1024 * 1024,
  maxRatio: 100,
  maxPathLength: 1024,
  maxDepth: 40,
};

export type SubmissionFormat = 'directory' | 'zip' | 'tar' | 'tar.gz' | 'git-bundle';

export type GitHistory = {
  commits: number;
  authors: number;
  firstCommitAt: string | null;
  lastCommitAt: string | null;
  /** Hours between the first and the last commit. */
  spanHours: number;
  /** Days (UTC) on which at least one commit was made. */
  activeDays: number;
};

export type UnpackResult = {
  dir: string;
  format: SubmissionFormat;
  files: number;
  directories: number;
  links: number;
  totalBytes: number;
  /** The folder that wrapped everything and was stripped, if any. */
  strippedFolder: string | null;
  git: GitHistory | null;
  /** SHA-256 of the archive (or of the sorted file list and contents of a directory), for duplicate spotting. */
  sha256: string;
};

export type UnpackErrorCode =
  | 'traversal'
  | 'link-outside'
  | 'special-file'
  | 'too-large'
  | 'file-too-large'
  | 'too-many-files'
  | 'bomb'
  | 'unsupported'
  | 'corrupt'
  | 'empty';

/** The submission itself is unacceptable (not a problem of the grader): report it to the candidate. */
export class UnpackError extends Error {
  override name = 'UnpackError';
  constructor(
    readonly code: UnpackErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const mebibyte = 1024 * 1024;
const mib = (bytes: number) => `${(bytes / mebibyte).toFixed(bytes < 10 * mebibyte ? 1 : 0)} MiB`;

// ————————————————————————————————— the checked extractor —————————————————————————————————

type EntryKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'special';

/** Folders and files archivers add that are never part of the work. */
const isJunk = (segments: string[]) =>
  segments[0] === '__MACOSX' || segments[segments.length - 1] === '.DS_Store';

class Extractor {
  files = 0;
  directories = 0;
  links = 0;
  totalBytes = 0;
  private entries = 0;
  private readonly written = new Set<string>();
  private readonly symlinks: string[] = [];

  constructor(
    readonly root: string,
    readonly limits: UnpackLimits,
    /** Size of the compressed input, for the ratio check; 0 when not compressed. */
    readonly compressedBytes: number,
  ) {}

  /** A raw archive path as checked segments, or null for an entry to skip (the root itself, junk). */
  segments(raw: string, what = 'path'): string[] | null {
    if (raw.includes('\0')) throw new UnpackError('traversal', `refused: a ${what} contains a NUL byte`);
    if (raw.length > this.limits.maxPathLength)
      throw new UnpackError(
        'traversal',
        `refused: a ${what} is longer than ${this.limits.maxPathLength} characters`,
      );
    if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || raw.startsWith('\\'))
      throw new UnpackError('traversal', `refused: ${JSON.stringify(raw)} is an absolute path`);
    const segments = raw.split('/').filter((segment) => segment !== '' && segment !== '.');
    if (segments.includes('..'))
      throw new UnpackError('traversal', `refused: ${JSON.stringify(raw)} climbs out of the submission (..)`);
    if (segments.length > this.limits.maxDepth)
      throw new UnpackError(
        'traversal',
        `refused: ${JSON.stringify(raw)} is nested deeper than ${this.limits.maxDepth} folders`,
      );
    if (segments.length === 0 || isJunk(segments)) return null;
    return segments;
  }

  private count() {
    this.entries += 1;
    if (this.entries > this.limits.maxFiles)
      throw new UnpackError('too-many-files', `refused: more than ${this.limits.maxFiles} files and folders`);
  }

  /** Check a file's size before reading it. */
  admitSize(name: string, size: number) {
    if (size > this.limits.maxFileBytes)
      throw new UnpackError(
        'file-too-large',
        `refused: ${name} is ${mib(size)}, over the ${mib(this.limits.maxFileBytes)} limit for one file`,
      );
    if (this.totalBytes + size > this.limits.maxTotalBytes)
      throw new UnpackError(
        'too-large',
        `refused: the submission unpacks to more than ${mib(this.limits.maxTotalBytes)}`,
      );
  }

  /** Called as decompressed bytes come out (streams) so a bomb stops early. */
  checkRatio(unpackedBytes: number) {
    if (
      this.compressedBytes > 0 &&
      unpackedBytes > mebibyte &&
      unpackedBytes / this.compressedBytes > this.limits.maxRatio
    ) {
      throw new UnpackError(
        'bomb',
        `refused: the archive expands more than ${this.limits.maxRatio} times (${mib(unpackedBytes)} from ${mib(this.compressedBytes)}) — a zip bomb?`,
      );
    }
  }

  // Every parent must be a real folder we made: nothing is ever written through a link.
  private ensureParents(segments: string[]) {
    let path = this.root;
    for (const segment of segments.slice(0, -1)) {
      path = join(path, segment);
      let stats: ReturnType<typeof lstatSync> | undefined;
      try {
        stats = lstatSync(path);
      } catch {
        mkdirSync(path, { mode: 0o755 });
        this.directories += 1;
        continue;
      }
      if (stats.isSymbolicLink())
        throw new UnpackError(
          'link-outside',
          `refused: ${segments.join('/')} would be written through a link`,
        );
      if (!stats.isDirectory())
        throw new UnpackError(
          'corrupt',
          `refused: ${segments.join('/')} is inside ${relative(this.root, path)}, which is a file`,
        );
    }
    return join(this.root, ...segments);
  }

  private existing(path: string) {
    try {
      return lstatSync(path);
    } catch {
      return undefined;
    }
  }

  directory(raw: string) {
    const segments = this.segments(raw);
    if (!segments) return;
    this.count();
    const path = this.ensureParents(segments);
    const stats = this.existing(path);
    if (stats?.isDirectory()) return;
    if (stats)
      throw new UnpackError('corrupt', `refused: ${segments.join('/')} is both a folder and a file or link`);
    mkdirSync(path, { mode: 0o755 });
    this.directories += 1;
  }

  file(raw: string, data: Buffer, mode = 0o644) {
    const segments = this.segments(raw);
    if (!segments) return;
    this.count();
    const name = segments.join('/');
    this.admitSize(name, data.length);
    const path = this.ensureParents(segments);
    const stats = this.existing(path);
    if (stats && !stats.isFile())
      throw new UnpackError('corrupt', `refused: ${name} is both a file and a folder or link`);
    // O_NOFOLLOW: even a link that appeared meanwhile is not followed.
    const fd = openSync(
      path,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      mode & 0o111 ? 0o755 : 0o644,
    );
    try {
      let offset = 0;
      while (offset < data.length) offset += writeSync(fd, data, offset);
    } finally {
      closeSync(fd);
    }
    if (!stats) this.files += 1;
    this.totalBytes += data.length;
    this.written.add(name);
  }

  symlink(raw: string, target: string) {
    const segments = this.segments(raw);
    if (!segments) return;
    const name = segments.join('/');
    if (target.startsWith('/') || target.includes('\0'))
      throw new UnpackError(
        'link-outside',
        `refused: the link ${name} points outside the submission (${target})`,
      );
    // Lexically first (cheap); the real resolution is checked once everything is in place.
    const resolved = posix.normalize(posix.join(...segments.slice(0, -1), target));
    if (resolved === '..' || resolved.startsWith('../'))
      throw new UnpackError(
        'link-outside',
        `refused: the link ${name} points outside the submission (${target})`,
      );
    this.count();
    const path = this.ensureParents(segments);
    if (this.existing(path)) throw new UnpackError('corrupt', `refused: ${name} appears twice`);
    symlinkSync(target, path);
    this.links += 1;
    this.symlinks.push(name);
  }

  /** A tar hard link: a copy of a file unpacked before it (never a link to anything else). */
  hardlink(raw: string, target: string) {
    const targetSegments = this.segments(target, 'link target');
    const name = raw;
    if (!targetSegments || !this.written.has(targetSegments.join('/'))) {
      throw new UnpackError(
        'link-outside',
        `refused: the hard link ${name} points at ${target}, which is not a file of the submission`,
      );
    }
    const source = join(this.root, ...targetSegments);
    if (!lstatSync(source).isFile())
      throw new UnpackError(
        'link-outside',
        `refused: the hard link ${name} points at ${target}, which is not a file`,
      );
    const data = readFileSync(source);
    this.file(raw, data, lstatSync(source).mode);
  }

  special(raw: string, kind: string) {
    throw new UnpackError('special-file', `refused: ${raw} is a ${kind}, not a file or folder`);
  }

  /** Strip one wrapping folder, prove every link stays inside, make it all readable by others. */
  finish(): { strippedFolder: string | null } {
    let strippedFolder: string | null = null;
    const top = readdirSync(this.root);
    if (top.length === 0) throw new UnpackError('empty', 'refused: the submission is empty');
    const [only] = top;
    if (top.length === 1 && only && lstatSync(join(this.root, only)).isDirectory()) {
      const moved = join(this.root, `.hirebench-strip-${randomBytes(6).toString('hex')}`);
      renameSync(join(this.root, only), moved);
      for (const entry of readdirSync(moved)) renameSync(join(moved, entry), join(this.root, entry));
      rmdirSync(moved);
      strippedFolder = only;
      this.directories -= 1;
    }
    const realRoot = realpathSync(this.root);
    for (const link of this.symlinks) {
      const path = strippedFolder ? join(this.root, relative(strippedFolder, link)) : join(this.root, link);
      let real: string;
      try {
        real = realpathSync(path);
      } catch {
        throw new UnpackError(
          'link-outside',
          `refused: the link ${link} points at nothing inside the submission`,
        );
      }
      if (real !== realRoot && !real.startsWith(realRoot + sep))
        throw new UnpackError('link-outside', `refused: the link ${link} points outside the submission`);
    }
    makeReadable(this.root);
    return { strippedFolder };
  }
}

/** Folders 0755, files 0644 (0755 when executable); links are left alone (their mode means nothing). */
function makeReadable(root: string) {
  chmodSync(root, 0o755);
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        chmodSync(path, 0o755);
        pending.push(path);
      } else if (entry.isFile()) {
        chmodSync(path, statSync(path).mode & 0o111 ? 0o755 : 0o644);
      }
    }
  }
}

// ————————————————————————————————— formats —————————————————————————————————

function readHead(path: string, bytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** The format from the bytes, never from the file name. */
export function detectFormat(path: string): SubmissionFormat | null {
  if (statSync(path).isDirectory()) return 'directory';
  const head = readHead(path, 512);
  if (
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    (head[2] === 3 || head[2] === 5) &&
    (head[3] === 4 || head[3] === 6)
  )
    return 'zip';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'tar.gz';
  if (head.subarray(257, 262).toString('latin1') === 'ustar') return 'tar';
  if (/^# v[23] git bundle\n/.test(head.subarray(0, 20).toString('latin1'))) return 'git-bundle';
  return null;
}

const tarKinds: Partial<Record<ReadEntry['type'], EntryKind>> = {
  File: 'file',
  OldFile: 'file',
  ContiguousFile: 'file',
  Directory: 'directory',
  GNUDumpDir: 'directory',
  SymbolicLink: 'symlink',
  Link: 'hardlink',
  CharacterDevice: 'special',
  BlockDevice: 'special',
  FIFO: 'special',
};

/** Feed an uncompressed tar stream through the extractor. */
function extractTar(input: Readable, extractor: Extractor): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed = false;
    const abort = (error: unknown) => {
      if (failed) return;
      failed = true;
      input.destroy();
      reject(
        error instanceof UnpackError
          ? error
          : new UnpackError('corrupt', `the archive could not be read: ${(error as Error).message}`),
      );
    };
    const parser = new Parser({ strict: true });
    parser.on('entry', (entry: ReadEntry) => {
      if (failed) return entry.resume();
      try {
        const kind = tarKinds[entry.type];
        if (kind === 'special')
          return extractor.special(entry.path, entry.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
        if (kind === undefined)
          throw new UnpackError(
            'unsupported',
            `refused: ${entry.path} is a ${entry.type} entry, which is not supported`,
          );
        if (kind === 'directory') {
          extractor.directory(entry.path);
          return entry.resume();
        }
        if (kind === 'symlink') {
          extractor.symlink(entry.path, entry.linkpath ?? '');
          return entry.resume();
        }
        if (kind === 'hardlink') {
          extractor.hardlink(entry.path, entry.linkpath ?? '');
          return entry.resume();
        }
        extractor.admitSize(entry.path, entry.size ?? 0);
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => {
          if (!failed) chunks.push(chunk);
        });
        entry.on('end', () => {
          if (failed) return;
          try {
            extractor.file(entry.path, Buffer.concat(chunks), entry.mode ?? 0o644);
          } catch (error) {
            abort(error);
          }
        });
      } catch (error) {
        entry.resume();
        abort(error);
      }
    });
    parser.on('warn', (code: string, message: string | Error) => {
      // Strict mode turns real problems into errors; the rest (e.g. ignored pax fields) are harmless.
      if (code === 'TAR_BAD_ARCHIVE')
        abort(new UnpackError('corrupt', `not a valid tar archive (${String(message)})`));
    });
    parser.on('error', abort);
    parser.on('end', () => {
      if (!failed) resolve();
    });
    input.on('error', abort);
    input.pipe(parser as unknown as NodeJS.WritableStream);
  });
}

/** Counts bytes coming out of a decompressor and stops a bomb before it fills memory or disk. */
function byteGate(extractor: Extractor): Transform {
  let total = 0;
  // Tar headers and padding come on top of the files.
  const ceiling = extractor.limits.maxTotalBytes + extractor.limits.maxFiles * 1024 + mebibyte;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      try {
        extractor.checkRatio(total);
        if (total > ceiling)
          throw new UnpackError(
            'too-large',
            `refused: the submission unpacks to more than ${mib(extractor.limits.maxTotalBytes)}`,
          );
      } catch (error) {
        return callback(error as Error);
      }
      callback(null, chunk);
    },
  });
}

function extractTarFile(path: string, gzipped: boolean, extractor: Extractor): Promise<void> {
  const file = createReadStream(path);
  const gate = byteGate(extractor);
  if (gzipped) {
    const gunzip = createGunzip();
    const fail = (error: Error) => gate.destroy(error);
    file.on('error', fail);
    gunzip.on('error', (error) =>
      gate.destroy(new UnpackError('corrupt', `the gzip data is damaged: ${error.message}`)),
    );
    file.pipe(gunzip).pipe(gate);
  } else {
    file.on('error', (error) => gate.destroy(error));
    file.pipe(gate);
  }
  return extractTar(gate, extractor).finally(() => file.destroy());
}

const unixMode = (entry: yauzl.Entry) =>
  entry.versionMadeBy >> 8 === 3 ? (entry.externalFileAttributes >>> 16) & 0xffff : 0;
const fileType = (mode: number) => mode & 0o170000;

function readZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          stream.destroy();
          reject(new UnpackError('bomb', `refused: ${entry.fileName} expands beyond its declared size`));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

async function extractZip(path: string, extractor: Extractor): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: true, decodeStrings: true, validateEntrySizes: true },
      (error, file) => (error ? reject(zipError(error)) : resolve(file)),
    ),
  );
  if (zip.entryCount > extractor.limits.maxFiles) {
    zip.close();
    throw new UnpackError(
      'too-many-files',
      `refused: more than ${extractor.limits.maxFiles} files and folders`,
    );
  }
  try {
    await new Promise<void>((resolve, reject) => {
      let unpacked = 0;
      zip.on('error', (error: Error) => reject(zipError(error)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        void (async () => {
          const mode = unixMode(entry);
          const type = fileType(mode);
          if (entry.fileName.endsWith('/') || type === 0o040000) return extractor.directory(entry.fileName);
          if (type !== 0 && type !== 0o100000 && type !== 0o120000)
            return extractor.special(entry.fileName, 'device file or FIFO');
          if (entry.isEncrypted())
            throw new UnpackError('unsupported', `refused: ${entry.fileName} is encrypted`);
          if (type === 0o120000) {
            if (entry.uncompressedSize > 4096)
              throw new UnpackError(
                'link-outside',
                `refused: the link ${entry.fileName} is not a plausible link`,
              );
            const target = await readZipEntry(zip, entry, 4096);
            return extractor.symlink(entry.fileName, target.toString('utf8'));
          }
          extractor.admitSize(entry.fileName, entry.uncompressedSize);
          if (
            entry.uncompressedSize > mebibyte &&
            entry.uncompressedSize / Math.max(1, entry.compressedSize) > extractor.limits.maxRatio
          ) {
            throw new UnpackError(
              'bomb',
              `refused: ${entry.fileName} expands ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} times (limit ${extractor.limits.maxRatio}) — a zip bomb?`,
            );
          }
          unpacked += entry.uncompressedSize;
          extractor.checkRatio(unpacked);
          const data = await readZipEntry(zip, entry, entry.uncompressedSize);
          extractor.file(entry.fileName, data, mode || 0o644);
        })().then(
          () => zip.readEntry(),
          (error: unknown) => {
            zip.close();
            reject(error instanceof UnpackError ? error : zipError(error as Error));
          },
        );
      });
      zip.readEntry();
    });
  } finally {
    if (zip.isOpen) zip.close();
  }
}

function zipError(error: Error): UnpackError {
  if (/invalid relative path|absolute path|invalid characters in fileName/i.test(error.message)) {
    return new UnpackError('traversal', `refused: the zip has an unsafe path (${error.message})`);
  }
  return new UnpackError('corrupt', `the zip could not be read: ${error.message}`);
}

function copyDirectory(source: string, extractor: Extractor): void {
  const pending: string[] = [''];
  for (let rel = pending.pop(); rel !== undefined; rel = pending.pop()) {
    const entries = readdirSync(join(source, rel), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    );
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      const path = join(source, child);
      if (entry.isDirectory()) {
        extractor.directory(child);
        pending.push(child);
      } else if (entry.isSymbolicLink()) {
        extractor.symlink(child, readlinkSync(path));
      } else if (entry.isFile()) {
        const stats = lstatSync(path);
        extractor.admitSize(child, stats.size);
        extractor.file(child, readFileSync(path), stats.mode);
      } else {
        extractor.special(child, 'device file, socket or FIFO');
      }
    }
  }
}

// ————————————————————————————————— git bundles —————————————————————————————————

const execFileAsync = promisify(execFile);

function gitEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    LANG: 'C',
  };
}

async function git(args: string[], home: string, timeoutMs = 60_000): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', args, {
      env: gitEnv(home),
      timeout: timeoutMs,
      maxBuffer: 16 * mebibyte,
      encoding: 'utf8',
    });
    return stdout;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new UnpackError(
        'unsupported',
        'git bundles need git on the grader (install the Debian package git)',
      );
    }
    throw new UnpackError(
      'corrupt',
      `the git bundle could not be read: ${(failure.stderr || failure.message).trim().split('\n').slice(-2).join(' ')}`,
    );
  }
}

/** Commit count and time spread from `git log --format=%ct%x09%ae` output. Pure. */
export function summariseGitLog(log: string): GitHistory {
  const commits = log
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((fields) => /^\d+$/.test(fields[0] ?? ''))
    .map(([time, author]) => ({ at: Number(time) * 1000, author: (author ?? '').toLowerCase() }));
  if (commits.length === 0)
    return { commits: 0, authors: 0, firstCommitAt: null, lastCommitAt: null, spanHours: 0, activeDays: 0 };
  const times = commits.map((commit) => commit.at);
  const first = Math.min(...times);
  const last = Math.max(...times);
  return {
    commits: commits.length,
    authors: new Set(commits.map((commit) => commit.author)).size,
    firstCommitAt: new Date(first).toISOString(),
    lastCommitAt: new Date(last).toISOString(),
    spanHours: Math.round(((last - first) / 3_600_000) * 10) / 10,
    activeDays: new Set(times.map((time) => new Date(time).toISOString().slice(0, 10))).size,
  };
}

async function extractBundle(path: string, extractor: Extractor): Promise<GitHistory> {
  const scratch = mkdtempSync(join(tmpdir(), 'hirebench-bundle-'));
  try {
    const repo = join(scratch, 'repo.git');
    // Bare: nothing is checked out by git itself; the tree comes through our extractor.
    await git(['clone', '--bare', '--quiet', '--', path, repo], scratch);
    let head = (
      await git(['--git-dir', repo, 'rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], scratch).catch(
        () => '',
      )
    ).trim();
    if (!head) {
      const refs = await git(
        ['--git-dir', repo, 'for-each-ref', '--format=%(objectname)', 'refs/heads'],
        scratch,
      );
      head = refs.split('\n')[0]?.trim() ?? '';
    }
    if (!/^[0-9a-f]{40,64}$/.test(head))
      throw new UnpackError('empty', 'refused: the git bundle has no branch with a commit');
    const history = summariseGitLog(
      await git(['--git-dir', repo, 'log', '--max-count=10000', '--format=%ct%x09%ae', head], scratch),
    );
    const archive = spawn('git', ['--git-dir', repo, 'archive', '--format=tar', head], {
      env: gitEnv(scratch),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    let stderr = '';
    archive.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-1000);
    });
    const exited = new Promise<number | null>((resolve) => archive.on('close', (code) => resolve(code)));
    const gate = byteGate(extractor);
    archive.stdout.on('error', (error) => gate.destroy(error));
    archive.stdout.pipe(gate);
    try {
      await extractTar(gate, extractor);
    } finally {
      archive.kill('SIGKILL');
    }
    const code = await exited;
    if (code !== 0 && code !== null) throw new UnpackError('corrupt', `git archive failed: ${stderr.trim()}`);
    return history;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// ————————————————————————————————— entry point —————————————————————————————————

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

function hashTree(root: string): string {
  const hash = createHash('sha256');
  const pending = [''];
  const files: string[] = [];
  for (let rel = pending.pop(); rel !== undefined; rel = pending.pop()) {
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) pending.push(child);
      else files.push(child);
    }
  }
  for (const file of files.sort()) {
    const stats = lstatSync(join(root, file));
    hash.update(`${file}\0`);
    hash.update(stats.isSymbolicLink() ? readlinkSync(join(root, file)) : readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * Unpack `source` (an archive, a git bundle or a directory) into `target`, which must not exist yet (its parent
 * must). Throws UnpackError — and leaves nothing at `target` — when the submission is refused.
 */
export async function unpackSubmission(
  source: string,
  target: string,
  limits: Partial<UnpackLimits> = {},
): Promise<UnpackResult> {
  const resolved: UnpackLimits = { ...defaultUnpackLimits, ...limits };
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(source);
  } catch {
    throw new UnpackError('unsupported', `the submission ${source} does not exist`);
  }
  const format = detectFormat(source);
  if (!format)
    throw new UnpackError(
      'unsupported',
      'refused: the submission is not a zip, a tar.gz, a tar or a git bundle',
    );
  if (format !== 'directory' && stats.size > resolved.maxArchiveBytes) {
    throw new UnpackError(
      'too-large',
      `refused: the archive is ${mib(stats.size)}, over the ${mib(resolved.maxArchiveBytes)} limit`,
    );
  }
  mkdirSync(dirname(target), { recursive: true });
  mkdirSync(target, { mode: 0o755 });
  const compressed = format === 'zip' || format === 'tar.gz' || format === 'git-bundle' ? stats.size : 0;
  const extractor = new Extractor(target, resolved, compressed);
  try {
    let git: GitHistory | null = null;
    if (format === 'zip') await extractZip(source, extractor);
    else if (format === 'tar' || format === 'tar.gz')
      await extractTarFile(source, format === 'tar.gz', extractor);
    else if (format === 'git-bundle') git = await extractBundle(source, extractor);
    else copyDirectory(source, extractor);
    const { strippedFolder } = extractor.finish();
    return {
      dir: target,
      format,
      files: extractor.files,
      directories: extractor.directories,
      links: extractor.links,
      totalBytes: extractor.totalBytes,
      strippedFolder,
      git,
      sha256: format === 'directory' ? hashTree(target) : await hashFile(source),
    };
  } catch (error) {
    rmSync(target, { recursive: true, force: true });
    throw error;
  }
}
