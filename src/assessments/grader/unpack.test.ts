// Hostile and ordinary archives, built byte by byte in the test, through the real unpacker.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Zippable, zipSync } from 'fflate';
import { Header } from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import { summariseGitLog, type UnpackErrorCode, unpackSubmission } from './unpack.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hirebench-unpack-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
const fresh = (name: string) => join(scratch, `${++counter}-${name}`);

function save(name: string, bytes: Uint8Array): string {
  const path = fresh(name);
  writeFileSync(path, bytes);
  return path;
}

type TarEntry = {
  path: string;
  type?: 'File' | 'Directory' | 'SymbolicLink' | 'Link' | 'CharacterDevice' | 'FIFO';
  data?: string | Buffer;
  linkpath?: string;
  mode?: number;
};

function tarball(entries: TarEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const data = Buffer.from(entry.data ?? '');
    const header = new Header({
      path: entry.path,
      type: entry.type ?? 'File',
      size: entry.type && entry.type !== 'File' ? 0 : data.length,
      mode: entry.mode ?? (entry.type === 'Directory' ? 0o755 : 0o644),
      linkpath: entry.linkpath,
      mtime: new Date('2026-01-01T00:00:00Z'),
      uid: 1000,
      gid: 1000,
    });
    header.encode();
    blocks.push(header.block!);
    if (data.length && (entry.type ?? 'File') === 'File') {
      blocks.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
    }
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

const symlinkAttrs = { os: 3, attrs: (0o120777 << 16) >>> 0 };

async function refused(source: string, code: UnpackErrorCode, message?: RegExp) {
  const target = fresh('out');
  const error = await unpackSubmission(source, target).then(
    () => undefined,
    (failure: Error & { code?: string }) => failure,
  );
  expect(error, 'expected the archive to be refused').toBeDefined();
  expect(error?.name).toBe('UnpackError');
  expect(error?.code).toBe(code);
  if (message) expect(error?.message).toMatch(message);
  expect(existsSync(target)).toBe(false);
}

describe('unpackSubmission', () => {
  it('unpacks a zip, strips its one top-level folder and makes everything readable by others', async () => {
    const archive = save(
      'good.zip',
      zipSync({
        'tasks-api/index.js': [Buffer.from('console.log(1)\n'), {}],
        'tasks-api/run.sh': [Buffer.from('#!/bin/sh\n'), { os: 3, attrs: (0o100755 << 16) >>> 0 }],
        'tasks-api/lib/store.js': Buffer.from('module.exports = {}\n'),
        '__MACOSX/tasks-api/._index.js': Buffer.from('junk'),
      } as Zippable),
    );
    const target = fresh('out');
    const result = await unpackSubmission(archive, target);
    expect(result).toMatchObject({ format: 'zip', files: 3, strippedFolder: 'tasks-api', git: null });
    expect(readdirSync(target).sort()).toEqual(['index.js', 'lib', 'run.sh']);
    expect(lstatSync(target).mode & 0o777).toBe(0o755);
    expect(lstatSync(join(target, 'lib')).mode & 0o777).toBe(0o755);
    expect(lstatSync(join(target, 'index.js')).mode & 0o777).toBe(0o644);
    expect(lstatSync(join(target, 'run.sh')).mode & 0o777).toBe(0o755);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('unpacks a tar.gz with a link inside the submission and a hard link copied', async () => {
    const archive = save(
      'good.tar.gz',
      gzipSync(
        tarball([
          { path: 'app/', type: 'Directory' },
          { path: 'app/main.py', data: 'print(1)\n' },
          { path: 'app/start.py', type: 'SymbolicLink', linkpath: 'main.py' },
          { path: 'app/copy.py', type: 'Link', linkpath: 'app/main.py' },
        ]),
      ),
    );
    const target = fresh('out');
    const result = await unpackSubmission(archive, target);
    expect(result).toMatchObject({ format: 'tar.gz', files: 2, links: 1, strippedFolder: 'app' });
    expect(lstatSync(join(target, 'start.py')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(target, 'start.py'), 'utf8')).toBe('print(1)\n');
    expect(lstatSync(join(target, 'copy.py')).nlink).toBe(1);
  });

  it('refuses zip entries that climb out with ../ or are absolute', async () => {
    await refused(save('traversal.zip', zipSync({ '../evil.txt': Buffer.from('x') })), 'traversal');
    await refused(save('traversal2.zip', zipSync({ 'ok/../../evil.txt': Buffer.from('x') })), 'traversal');
    await refused(save('absolute.zip', zipSync({ '/etc/evil.txt': Buffer.from('x') })), 'traversal');
    expect(existsSync(join(scratch, 'evil.txt'))).toBe(false);
  });

  it('refuses tar entries that climb out or are absolute', async () => {
    await refused(
      save('traversal.tar', tarball([{ path: '../../evil.txt', data: 'x' }])),
      'traversal',
      /climbs out/,
    );
    await refused(
      save('absolute.tar.gz', gzipSync(tarball([{ path: '/tmp/evil.txt', data: 'x' }]))),
      'traversal',
    );
  });

  it('refuses symbolic links pointing outside, whether absolute, climbing or through another link', async () => {
    await refused(
      save('abs-link.tar', tarball([{ path: 'passwd', type: 'SymbolicLink', linkpath: '/etc/passwd' }])),
      'link-outside',
    );
    await refused(
      save('up-link.tar', tarball([{ path: 'a/up', type: 'SymbolicLink', linkpath: '../../..' }])),
      'link-outside',
    );
    // Lexically inside, but a/l is the root, so a/m resolves one level above it.
    await refused(
      save(
        'chained.tar',
        tarball([
          { path: 'x/a/l', type: 'SymbolicLink', linkpath: '../..' },
          { path: 'x/keep.txt', data: 'x' },
          { path: 'x/a/m', type: 'SymbolicLink', linkpath: 'l/..' },
        ]),
      ),
      'link-outside',
    );
    await refused(
      save('zip-link.zip', zipSync({ shadow: [Buffer.from('/etc/shadow'), symlinkAttrs] } as Zippable)),
      'link-outside',
    );
  });

  it('never writes through a link, even one that points inside', async () => {
    await refused(
      save(
        'through.tar',
        tarball([
          { path: 'sub/', type: 'Directory' },
          { path: 'sub/up', type: 'SymbolicLink', linkpath: '..' },
          { path: 'sub/up/evil.txt', data: 'x' },
        ]),
      ),
      'link-outside',
      /through a link/,
    );
  });

  it('refuses hard links to anything but an earlier file, and device files', async () => {
    await refused(
      save('hardlink.tar', tarball([{ path: 'passwd', type: 'Link', linkpath: '/etc/passwd' }])),
      'traversal',
    );
    await refused(
      save('hardlink2.tar', tarball([{ path: 'x', type: 'Link', linkpath: 'missing' }])),
      'link-outside',
    );
    await refused(save('device.tar', tarball([{ path: 'null', type: 'CharacterDevice' }])), 'special-file');
    await refused(save('fifo.tar', tarball([{ path: 'pipe', type: 'FIFO' }])), 'special-file');
  });

  it('refuses zip bombs by their compression ratio before writing them', async () => {
    const zeros = new Uint8Array(12 * 1024 * 1024);
    await refused(save('bomb.zip', zipSync({ 'big.bin': zeros }, { level: 9 })), 'bomb', /bomb/);
    await refused(
      save('bomb.tar.gz', gzipSync(tarball([{ path: 'big.bin', data: Buffer.from(zeros) }]), { level: 9 })),
      'bomb',
    );
  });

  it('refuses more files than the limit, a file over its limit and too much in all', async () => {
    const many: Zippable = {};
    for (let index = 0; index <= 5000; index++) many[`f/${index}.txt`] = Buffer.from('x');
    await refused(save('many.zip', zipSync(many, { level: 0 })), 'too-many-files', /5000/);
    const big = Buffer.alloc(2 * 1024 * 1024, 'a');
    const target = fresh('out');
    await expect(
      unpackSubmission(save('big.tar', tarball([{ path: 'big.txt', data: big }])), target, {
        maxFileBytes: 1024 * 1024,
      }),
    ).rejects.toMatchObject({ code: 'file-too-large' });
    await expect(
      unpackSubmission(
        save('total.tar', tarball([1, 2, 3].map((index) => ({ path: `${index}.txt`, data: big })))),
        fresh('out'),
        { maxTotalBytes: 5 * 1024 * 1024 },
      ),
    ).rejects.toMatchObject({ code: 'too-large' });
  });

  it('refuses what is not an archive, and damaged gzip data', async () => {
    await refused(save('notes.txt', Buffer.from('hello')), 'unsupported');
    const damaged = gzipSync(tarball([{ path: 'a.txt', data: 'a'.repeat(5000) }]));
    damaged.fill(7, 40, 80);
    await refused(save('damaged.tar.gz', damaged), 'corrupt');
  });

  it('copies a directory, refusing a link out of it', async () => {
    const source = fresh('dir');
    mkdirSync(join(source, 'src'), { recursive: true });
    writeFileSync(join(source, 'index.js'), 'x');
    writeFileSync(join(source, 'src', 'a.js'), 'y');
    const result = await unpackSubmission(source, fresh('out'));
    expect(result).toMatchObject({ format: 'directory', files: 2, strippedFolder: null });
    symlinkSync('/etc/hostname', join(source, 'host'));
    await refused(source, 'link-outside');
  });

  it('clones a git bundle, takes HEAD’s tree and records the commit history', async () => {
    const repo = fresh('repo');
    mkdirSync(repo);
    const run = (args: string[], date?: string) =>
      execFileSync('git', args, {
        cwd: repo,
        env: {
          PATH: process.env.PATH,
          HOME: repo,
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_AUTHOR_NAME: 'Candidate',
          GIT_AUTHOR_EMAIL: 'c@example.com',
          GIT_COMMITTER_NAME: 'Candidate',
          GIT_COMMITTER_EMAIL: 'c@example.com',
          ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
        },
      });
    run(['init', '-q', '-b', 'main']);
    writeFileSync(join(repo, 'index.js'), 'v1');
    run(['add', '.']);
    run(['commit', '-q', '-m', 'first'], '2026-03-01T09:00:00Z');
    writeFileSync(join(repo, 'index.js'), 'v2');
    writeFileSync(join(repo, 'README.md'), '# notes');
    run(['add', '.']);
    run(['commit', '-q', '-m', 'second'], '2026-03-01T15:30:00Z');
    mkdirSync(join(repo, 'test'));
    writeFileSync(join(repo, 'test', 'a.test.js'), 'test');
    run(['add', '.']);
    run(['commit', '-q', '-m', 'third'], '2026-03-02T10:00:00Z');
    const bundle = fresh('work.bundle');
    run(['bundle', 'create', bundle, '--all']);
    const target = fresh('out');
    const result = await unpackSubmission(bundle, target);
    expect(result.format).toBe('git-bundle');
    expect(result.git).toEqual({
      commits: 3,
      authors: 1,
      firstCommitAt: '2026-03-01T09:00:00.000Z',
      lastCommitAt: '2026-03-02T10:00:00.000Z',
      spanHours: 25,
      activeDays: 2,
    });
    expect(readdirSync(target).sort()).toEqual(['README.md', 'index.js', 'test']);
    expect(readFileSync(join(target, 'index.js'), 'utf8')).toBe('v2');
  });

  it('summarises a git log', () => {
    expect(summariseGitLog('')).toMatchObject({ commits: 0, spanHours: 0 });
    expect(summariseGitLog('1700000000\ta@x\n1700003600\tb@x\n')).toMatchObject({
      commits: 2,
      authors: 2,
      spanHours: 1,
    });
  });
});
