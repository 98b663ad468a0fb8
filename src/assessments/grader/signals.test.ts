import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectSignals, countTestCases, isTestFile } from './signals.ts';

const root = mkdtempSync(join(tmpdir(), 'hirebench-signals-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

describe('static signals', () => {
  it('recognises test files of the common runners', () => {
    for (const path of [
      'test/a.js',
      'tests/test_api.py',
      'src/app.test.ts',
      'x.spec.mjs',
      'api_test.py',
      '__tests__/a.tsx',
    ]) {
      expect(isTestFile(path), path).toBe(true);
    }
    for (const path of ['src/app.js', 'testing.py', 'test/fixture.json', 'contest.js'])
      expect(isTestFile(path), path).toBe(false);
    expect(
      countTestCases(
        'a.test.js',
        "test('a', () => {});\nit(\"b\", () => {});\nit.each([1])('c', () => {});\nx.test('no')",
      ),
    ).toBe(3);
    expect(
      countTestCases(
        'test_a.py',
        'def test_one(self):\n    pass\nasync def test_two():\n  pass\ndef helper():',
      ),
    ).toBe(2);
  });

  it('counts code and tests, finds a design note, and skips dependencies and links', () => {
    const dir = tree('full', {
      'src/app.js': 'const a = 1;\n\nconst b = 2;\n',
      'test/app.test.js': "test('a', () => {});\ntest('b', () => {});\n",
      'DESIGN.md': words(80),
      'node_modules/dep/index.js': 'x\n'.repeat(1000),
      'package.json': JSON.stringify({ dependencies: { a: '1' }, devDependencies: { b: '1' } }),
    });
    symlinkSync('/etc', join(dir, 'etc-link'));
    const signals = collectSignals(dir);
    expect(signals).toMatchObject({
      sourceFiles: 2,
      sourceLines: 4,
      testLines: 2,
      languages: ['JavaScript'],
      tests: { files: 1, paths: ['test/app.test.js'], approximateCases: 2 },
      designNote: { present: true, file: 'DESIGN.md', words: 80 },
      dependencies: { nodeModulesIncluded: true, declared: 2 },
    });
  });

  it('does not count a short note, or the starter README left as it was', () => {
    const starter = `# Starter\n${words(100)}`;
    expect(collectSignals(tree('short', { 'NOTES.md': 'todo' })).designNote).toMatchObject({
      present: false,
      words: 1,
    });
    expect(
      collectSignals(tree('starter', { 'README.md': starter }), { starterTexts: [starter] }).designNote,
    ).toMatchObject({
      present: false,
    });
  });
});
