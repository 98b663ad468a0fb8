import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareSubmissions,
  fingerprintFile,
  fingerprintSubmission,
  isComparedPath,
  normalisedTokens,
  similarityScore,
  similarityThreshold,
} from './similarity.ts';

const fixtures = join(import.meta.dirname, '__fixtures__');
const folder = (name: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(join(fixtures, name)).map((file) => [file, readFileSync(join(fixtures, name, file), 'utf8')]),
  );
// original/store.js; disguised/ is the same code with every name changed, comments and messages rewritten and
// the functions in another order; independent/ solves the same brief its own way.
const original = folder('original');
const disguised = folder('disguised');
const independent = folder('independent');

describe('normalisedTokens', () => {
  it('drops comments and layout and replaces names and literals, keeping keywords and operators', () => {
    const a = normalisedTokens('a.js', 'const total = items.length; // how many\nreturn total * 2;');
    const b = normalisedTokens('b.js', '/* count */ const n   =\n  list.length;\n\nreturn n * 7;');
    expect(a).toEqual(b);
    expect(a).toEqual(['const', 'I', '=', 'I', '.', 'I', ';', 'return', 'I', '*', 'N', ';']);
  });

  it('reads Python comments and docstrings, and SQL comments', () => {
    expect(normalisedTokens('a.py', 'def f(x):\n    """Doc."""\n    return x  # twice\n')).toEqual([
      'def',
      'I',
      '(',
      'I',
      ')',
      ':',
      'S',
      'return',
      'I',
    ]);
    expect(normalisedTokens('m.sql', '-- keys\nALTER TABLE t ADD PRIMARY KEY (id);')).toEqual([
      'alter',
      'table',
      'I',
      'add',
      'primary',
      'key',
      '(',
      'I',
      ')',
      ';',
    ]);
  });

  it('reads prose as lower-case words', () => {
    expect(normalisedTokens('NOTES.md', '## Trade-offs\nWe *chose* SQLite.')).toEqual([
      'trade',
      'offs',
      'we',
      'chose',
      'sqlite',
    ]);
  });
});

describe('which files are compared', () => {
  it.each([
    ['src/app.js', true],
    ['main.py', true],
    ['DESIGN.md', true],
    ['migrations/001.sql', true],
    ['node_modules/express/index.js', false],
    ['package-lock.json', false],
    ['package.json', false],
    ['dist/bundle.min.js', false],
    ['.venv/lib/site.py', false],
    ['logo.png', false],
    ['__MACOSX/src/app.js', false],
  ])('%s → %s', (path, compared) => {
    expect(isComparedPath(path)).toBe(compared);
  });
});

describe('compareSubmissions', () => {
  it('flags a copy with renamed variables, rewritten comments and reordered functions', () => {
    const result = compareSubmissions(fingerprintSubmission(original), fingerprintSubmission(disguised));
    expect(result.score).toBeGreaterThanOrEqual(similarityThreshold);
    expect(result.flagged).toBe(true);
    expect(result.matchingFiles).toEqual([
      { path: 'store.js', otherPath: 'repository.js', share: expect.any(Number) },
    ]);
    expect(result.matchingFiles[0]!.share).toBeGreaterThan(0.6);
  });

  it('does not flag an independent solution of the same brief', () => {
    const result = compareSubmissions(fingerprintSubmission(original), fingerprintSubmission(independent));
    expect(result.score).toBeLessThan(0.2);
    expect(result.flagged).toBe(false);
    expect(result.matchingFiles).toEqual([]);
  });

  it('still flags a copy that added files of its own', () => {
    const padded = fingerprintSubmission({ ...disguised, ...independent });
    const result = compareSubmissions(fingerprintSubmission(original), padded);
    expect(result.flagged).toBe(true);
    expect(result.matchingFiles.map((file) => file.path)).toEqual(['store.js']);
  });

  it('gives identical hand-ins a score of 1 whatever the file names', () => {
    const moved = { 'lib/tasks/store.js': original['store.js']! };
    expect(compareSubmissions(fingerprintSubmission(original), fingerprintSubmission(moved)).score).toBe(1);
  });

  it('ignores what came from the starter: two untouched starters are not similar', () => {
    const starter = { 'README.md': readFileSync(join(fixtures, 'original', 'store.js'), 'utf8') };
    const onlyStarter = fingerprintSubmission(
      { 'store.js': original['store.js']! },
      { 'store.js': original['store.js']! },
    );
    expect(onlyStarter.hashes).toEqual([]);
    expect(compareSubmissions(onlyStarter, onlyStarter).score).toBe(0);
    // Starter text is removed whichever file it ended up in.
    expect(fingerprintSubmission({ 'NOTES.md': starter['README.md']! }, starter).hashes).toEqual([]);
  });

  it('finds a copied design note among different code', () => {
    const note = `We keep the tasks in one JSON file under DATA_DIR and write it through a temporary file that is
      renamed over the old one, so a crash never leaves half a file behind. Writes are serialised through one
      promise chain, which is enough for fifty concurrent requests on one process. With more time we would move
      to SQLite, add an index on createdAt for the listing and page with a cursor instead of an offset.`;
    const mine = fingerprintSubmission({ 'DESIGN.md': note, ...original });
    const theirs = fingerprintSubmission({
      'NOTES.md': note.replaceAll('We keep', 'I keep').replaceAll('we would', 'I would'),
      ...independent,
    });
    const result = compareSubmissions(mine, theirs);
    expect(result.matchingFiles[0]).toMatchObject({ path: 'DESIGN.md', otherPath: 'NOTES.md' });
    expect(result.flagged).toBe(false);
  });
});

describe('similarityScore', () => {
  it('is 0 for hand-ins too small to judge', () => {
    expect(similarityScore(5, 5, 5)).toBe(0);
    expect(fingerprintFile('a.js', 'module.exports = 1;')).toEqual([]);
  });

  it('does not flag a small helper that appears inside a large project', () => {
    expect(similarityScore(20, 20, 2000)).toBeLessThan(similarityThreshold);
    expect(similarityScore(200, 220, 260)).toBeGreaterThanOrEqual(similarityThreshold);
  });
});
