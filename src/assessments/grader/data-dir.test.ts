// Reading a DATA_DIR without following links, and finding texts in it plain or encoded.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findInDataDir, formsOf, readDataDir } from './data-dir.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hirebench-data-dir-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readDataDir', () => {
  it('reads every regular file below it, skips links, and stops at its limits', () => {
    const dir = join(scratch, 'data');
    mkdirSync(join(dir, 'nested'), { recursive: true });
    writeFileSync(join(dir, 'users.json'), '{"users": []}');
    writeFileSync(join(dir, 'nested', 'log.txt'), 'x'.repeat(100));
    writeFileSync(join(scratch, 'outside.txt'), 'a secret outside DATA_DIR');
    symlinkSync(join(scratch, 'outside.txt'), join(dir, 'link.txt'));
    symlinkSync(scratch, join(dir, 'up'));
    const snapshot = readDataDir(dir);
    expect(snapshot.files.map((file) => file.path).sort()).toEqual(['nested/log.txt', 'users.json']);
    expect(snapshot.unread).toEqual([]);
    expect(findInDataDir(snapshot, ['a secret outside'])).toEqual([]);
    const limited = readDataDir(dir, { maxFiles: 5, maxBytes: 50 });
    expect(limited.files.map((file) => file.path)).toEqual(['users.json']);
    expect(limited.unread).toEqual(['nested/log.txt']);
    expect(readDataDir(join(scratch, 'missing'))).toEqual({ files: [], unread: [] });
  });
});

describe('findInDataDir', () => {
  const password = 'Canary-Plum-7731';
  const snapshot = (text: string) => ({
    files: [{ path: 'db.json', content: Buffer.from(text) }],
    unread: [],
  });
  const sha1 = createHash('sha1').update(password).digest();

  it('finds the text itself, its base64 and its unsalted digests in hex (either case) and base64', () => {
    expect(findInDataDir(snapshot(`{"password":"${password}"}`), [password])).toEqual([
      { text: password, form: 'in plain text', file: 'db.json' },
    ]);
    const encoded = snapshot(Buffer.from(password).toString('base64'));
    expect(findInDataDir(encoded, [password])).toEqual([]);
    expect(findInDataDir(encoded, [password], ['base64'])[0]?.form).toBe('in base64');
    for (const stored of [
      sha1.toString('hex'),
      sha1.toString('hex').toUpperCase(),
      sha1.toString('base64'),
    ]) {
      expect(findInDataDir(snapshot(stored), [password], ['md5', 'sha1'])).toHaveLength(1);
    }
    expect(
      findInDataDir(snapshot(`scrypt$${'ab'.repeat(32)}`), [password], ['md5', 'sha1', 'sha256']),
    ).toEqual([]);
    expect(formsOf(password, ['sha512']).map((form) => form.label)).toEqual([
      'in plain text',
      'as its unsalted SHA-512 (hex)',
      'as its unsalted SHA-512 (hex)',
      'as its unsalted SHA-512 (base64)',
    ]);
  });
});
