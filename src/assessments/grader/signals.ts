// Static signals from an unpacked submission: tests present and how many, a design note, size of the code,
// dependencies brought along. Walks the tree without ever following a link, and reads only small text files.
import { closeSync, constants, type Dirent, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { GitHistory } from './unpack.ts';

export type StaticSignals = {
  files: number;
  sourceFiles: number;
  /** Non-blank lines of source, tests included, dependencies excluded. */
  sourceLines: number;
  testLines: number;
  languages: string[];
  tests: { files: number; paths: string[]; approximateCases: number };
  designNote: { present: boolean; file: string | null; words: number };
  dependencies: { nodeModulesIncluded: boolean; declared: number };
  git: GitHistory | null;
};

const skippedFolders = new Set([
  'node_modules',
  '.git',
  '__pycache__',
  '.venv',
  'venv',
  '.pytest_cache',
  'dist',
  'coverage',
]);
const languagesByExtension: Record<string, string> = {
  js: 'JavaScript',
  mjs: 'JavaScript',
  cjs: 'JavaScript',
  jsx: 'JavaScript',
  ts: 'TypeScript',
  mts: 'TypeScript',
  cts: 'TypeScript',
  tsx: 'TypeScript',
  py: 'Python',
  go: 'Go',
  rb: 'Ruby',
  java: 'Java',
  kt: 'Kotlin',
  rs: 'Rust',
  php: 'PHP',
  cs: 'C#',
  sql: 'SQL',
};
const designNoteNames = /^(readme|design|notes|decisions|architecture|approach)(\.(md|markdown|txt|rst))?$/i;
const minimumNoteWords = 60;

/** Is this path a test file, by the conventions of the common runners? */
export function isTestFile(path: string): boolean {
  if (!/\.(js|mjs|cjs|jsx|ts|mts|cts|tsx|py)$/.test(path)) return false;
  return (
    /(^|\/)(test|tests|__tests__|spec)\//.test(path) ||
    /\.(test|spec)\.[cm]?[jt]sx?$/.test(path) ||
    /(^|\/)test_[^/]+\.py$/.test(path) ||
    /_test\.py$/.test(path)
  );
}

/** Test cases in a test file's text, roughly: it()/test() calls and def test_… functions. */
export function countTestCases(path: string, text: string): number {
  if (path.endsWith('.py')) return (text.match(/^\s*(async\s+)?def test_\w*\s*\(/gm) ?? []).length;
  return (text.match(/(^|[^.\w])(it|test)(\.only|\.skip|\.todo|\.each\([^)]*\))?\s*\(\s*['"`]/gm) ?? [])
    .length;
}

const wordCount = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;

/** A regular file's bytes, never through a link, or undefined when it is missing, special or over `maxBytes`. */
export function readSmallFile(path: string, maxBytes: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > maxBytes) return undefined;
    const buffer = Buffer.alloc(stats.size);
    const read = readSync(fd, buffer, 0, stats.size, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function readSmallText(path: string, maxBytes: number): string | undefined {
  const bytes = readSmallFile(path, maxBytes);
  return bytes === undefined || bytes.includes(0) ? undefined : bytes.toString('utf8');
}

/**
 * Signals of the submission at `dir`. `starterTexts` are the texts of the starter files we handed out: a README
 * left as we gave it is not the candidate's design note.
 */
export function collectSignals(
  dir: string,
  options: { git?: GitHistory | null; starterTexts?: string[] } = {},
): StaticSignals {
  const starter = new Set((options.starterTexts ?? []).map((text) => text.trim()));
  const signals: StaticSignals = {
    files: 0,
    sourceFiles: 0,
    sourceLines: 0,
    testLines: 0,
    languages: [],
    tests: { files: 0, paths: [], approximateCases: 0 },
    designNote: { present: false, file: null, words: 0 },
    dependencies: { nodeModulesIncluded: false, declared: 0 },
    git: options.git ?? null,
  };
  const linesByLanguage = new Map<string, number>();
  const pending = [''];
  let visited = 0;
  for (let rel = pending.pop(); rel !== undefined; rel = pending.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(dir, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      // Bounded by the unpack limits already; this guards a directory handed in as it is.
      if (++visited > 20_000) break;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules' && rel === '') signals.dependencies.nodeModulesIncluded = true;
        if (!skippedFolders.has(entry.name)) pending.push(path);
        continue;
      }
      if (!entry.isFile()) continue;
      signals.files += 1;
      const depth = path.split('/').length;
      if (designNoteNames.test(entry.name) && (depth === 1 || (depth === 2 && rel === 'docs'))) {
        const text = readSmallText(join(dir, path), 512 * 1024);
        if (text !== undefined && !starter.has(text.trim())) {
          const words = wordCount(text);
          if (words > signals.designNote.words)
            signals.designNote = { present: words >= minimumNoteWords, file: path, words };
        }
      }
      if (depth === 1 && entry.name === 'package.json') {
        const text = readSmallText(join(dir, path), 256 * 1024);
        try {
          const parsed = JSON.parse(text ?? '{}') as { dependencies?: object; devDependencies?: object };
          signals.dependencies.declared +=
            Object.keys(parsed.dependencies ?? {}).length + Object.keys(parsed.devDependencies ?? {}).length;
        } catch {
          // Not our problem to report here; the service will say so when it starts.
        }
      }
      if (depth === 1 && entry.name === 'requirements.txt') {
        const text = readSmallText(join(dir, path), 256 * 1024) ?? '';
        signals.dependencies.declared += text
          .split('\n')
          .filter((line) => line.trim() && !line.trim().startsWith('#')).length;
      }
      const language = languagesByExtension[entry.name.split('.').pop()?.toLowerCase() ?? ''];
      if (!language) continue;
      const text = readSmallText(join(dir, path), 1024 * 1024);
      if (text === undefined) continue;
      const lines = text.split('\n').filter((line) => line.trim()).length;
      signals.sourceFiles += 1;
      signals.sourceLines += lines;
      linesByLanguage.set(language, (linesByLanguage.get(language) ?? 0) + lines);
      if (isTestFile(path)) {
        signals.tests.files += 1;
        if (signals.tests.paths.length < 20) signals.tests.paths.push(path);
        signals.tests.approximateCases += countTestCases(path, text);
        signals.testLines += lines;
      }
    }
  }
  signals.tests.paths.sort();
  signals.languages = [...linesByLanguage.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([language]) => language);
  return signals;
}
