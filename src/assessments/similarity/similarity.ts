// How alike two hand-ins are, from fingerprints of their files (the winnowing scheme of Schleimer, Wilkerson and
// Aiken, as plagiarism detectors use it): each file is normalised — comments and layout dropped, names and
// literals replaced by placeholders in code, words lower-cased in prose — cut into overlapping k-token shingles,
// hashed, and a sample of the hashes kept by winnowing. Renaming variables, reformatting or reordering functions
// leaves most fingerprints intact; independent work shares few. The starter's fingerprints are removed first:
// looking like the starter is expected. A high score is a reason for a person to look, never a verdict.
// Pure: texts in, numbers out.

export type FileFingerprint = { path: string; hashes: number[] };
/** A hand-in's fingerprints: per file, and all of them together (sorted, distinct). */
export type SubmissionFingerprint = { files: FileFingerprint[]; hashes: number[] };
/** A file of one hand-in and its closest file in the other, with the share of its fingerprints found there. */
export type MatchingFile = { path: string; otherPath: string; share: number };

/** From this score a pair of hand-ins is flagged for a reviewer. */
export const similarityThreshold = 0.6;
/** Hand-ins with fewer fingerprints than this (a few lines beyond the starter) are too small to compare. */
export const minimumFingerprints = 12;

const codeShingle = 12;
const proseShingle = 6;
const winnowWindow = 6;
/** Larger files are generated or data, not anybody's work. */
export const maxComparedFileBytes = 256 * 1024;

type Language = 'c-like' | 'hash' | 'sql' | 'prose';

const languageByExtension: Record<string, Language> = {
  js: 'c-like',
  mjs: 'c-like',
  cjs: 'c-like',
  jsx: 'c-like',
  ts: 'c-like',
  mts: 'c-like',
  cts: 'c-like',
  tsx: 'c-like',
  go: 'c-like',
  java: 'c-like',
  kt: 'c-like',
  rs: 'c-like',
  c: 'c-like',
  h: 'c-like',
  cc: 'c-like',
  cpp: 'c-like',
  cs: 'c-like',
  php: 'c-like',
  swift: 'c-like',
  scala: 'c-like',
  py: 'hash',
  rb: 'hash',
  sh: 'hash',
  sql: 'sql',
  md: 'prose',
  markdown: 'prose',
  txt: 'prose',
  rst: 'prose',
  adoc: 'prose',
  pdf: 'prose',
};

/** Folders of dependencies, build output and tooling: never the candidate's own work. */
const ignoredFolders = new Set([
  'node_modules',
  '.git',
  '__pycache__',
  '.venv',
  'venv',
  'env',
  '.pytest_cache',
  '.mypy_cache',
  'dist',
  'build',
  'coverage',
  'vendor',
  'target',
  '.next',
  '.idea',
  '.vscode',
  '__MACOSX',
]);

const ignoredFiles = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'poetry.lock',
  'Pipfile.lock',
  'Cargo.lock',
  'go.sum',
  'composer.lock',
  'LICENSE',
  'LICENSE.md',
  'LICENSE.txt',
]);

function languageOf(path: string): Language | null {
  const name = path.split('/').pop() ?? '';
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return extension ? (languageByExtension[extension] ?? null) : null;
}

/** Whether a file takes part in the comparison: the candidate's own source and documents only. */
export function isComparedPath(path: string): boolean {
  const parts = path.split('/');
  const name = parts[parts.length - 1] ?? '';
  if (parts.slice(0, -1).some((part) => ignoredFolders.has(part))) return false;
  if (ignoredFiles.has(name) || name.startsWith('.')) return false;
  if (/\.min\.[cm]?js$/.test(name) || /\.d\.ts$/.test(name)) return false;
  return languageOf(path) !== null;
}

const keywords = new Set(
  `abstract and as assert async await break case catch class const continue def default defer del delete do elif
  else enum except export extends false final finally for from func function global go if implements import in
  instanceof interface is lambda let match new nil none nonlocal not null or package pass private protected public
  raise return self static struct super switch this throw throws true try type typeof undefined var void while with
  yield select insert update delete into values where join left right inner outer on group by order having limit
  offset create table index primary key foreign references unique check constraint alter drop add column default
  begin commit rollback returning distinct union exists between like ilike is asc desc cascade`
    .split(/\s+/)
    .filter(Boolean),
);

const commentPatterns: Record<Exclude<Language, 'prose'>, string> = {
  'c-like': String.raw`\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)`,
  hash: String.raw`#[^\n]*`,
  sql: String.raw`--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)`,
};

const stringPattern = String.raw`"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|\`(?:[^\`\\]|\\.)*\`?`;
const numberPattern = String.raw`\b\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?\b|\b0x[\da-f]+\b`;
const identifierPattern = String.raw`[A-Za-z_$][\w$]*`;
const operatorPattern = String.raw`=>|===|!==|==|!=|<=|>=|&&|\|\||\?\?|\?\.|\+\+|--|\*\*|<<|>>|::|->|[^\s\w]`;

const tokenizers = new Map<Exclude<Language, 'prose'>, RegExp>();
function tokenizerFor(language: Exclude<Language, 'prose'>): RegExp {
  let pattern = tokenizers.get(language);
  if (!pattern) {
    pattern = new RegExp(
      `(${commentPatterns[language]})|(${stringPattern})|(${numberPattern})|(${identifierPattern})|(${operatorPattern})`,
      'gi',
    );
    tokenizers.set(language, pattern);
  }
  return pattern;
}

/**
 * The normalised tokens of a file: in code, keywords and operators as written, every other name `I`, every string
 * `S`, every number `N`, comments and layout gone; in prose, the words lower-cased.
 */
export function normalisedTokens(path: string, text: string): string[] {
  const language = languageOf(path);
  if (language === null) return [];
  if (language === 'prose') return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(Boolean);
  const tokens: string[] = [];
  for (const match of text.matchAll(tokenizerFor(language))) {
    const [, comment, string, number, identifier, operator] = match;
    if (comment !== undefined) continue;
    if (string !== undefined) tokens.push('S');
    else if (number !== undefined) tokens.push('N');
    else if (identifier !== undefined) {
      const lower = identifier.toLowerCase();
      tokens.push(keywords.has(lower) ? lower : 'I');
    } else if (operator !== undefined) tokens.push(operator);
  }
  return tokens;
}

/** 32-bit FNV-1a, as a signed integer (it is stored in an integer column). */
function hashShingle(tokens: readonly string[], start: number, length: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < start + length; index += 1) {
    const token = tokens[index]!;
    for (let char = 0; char < token.length; char += 1) {
      hash ^= token.charCodeAt(char);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** Winnowing: the smallest hash of every window of consecutive shingles (the rightmost on a tie), once each. */
function winnow(hashes: readonly number[], window: number): number[] {
  if (hashes.length === 0) return [];
  if (hashes.length <= window) return [Math.min(...hashes)];
  const picked: number[] = [];
  let last = -1;
  for (let start = 0; start + window <= hashes.length; start += 1) {
    let best = start;
    for (let index = start + 1; index < start + window; index += 1) {
      if (hashes[index]! <= hashes[best]!) best = index;
    }
    if (best !== last) {
      picked.push(hashes[best]!);
      last = best;
    }
  }
  return picked;
}

const sortedDistinct = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b);

/** The fingerprints of one file (sorted, distinct); none for a file that is not compared or too short. */
export function fingerprintFile(path: string, text: string): number[] {
  const language = languageOf(path);
  if (language === null) return [];
  const tokens = normalisedTokens(path, text);
  const length = language === 'prose' ? proseShingle : codeShingle;
  if (tokens.length < length) return [];
  const shingles: number[] = [];
  for (let start = 0; start + length <= tokens.length; start += 1) {
    shingles.push(hashShingle(tokens, start, length));
  }
  return sortedDistinct(winnow(shingles, winnowWindow));
}

/**
 * A hand-in's fingerprints, without the files that are never compared and without any fingerprint the starter
 * has: similarity to what we handed out is expected.
 */
export function fingerprintSubmission(
  files: Readonly<Record<string, string>>,
  starter: Readonly<Record<string, string>> = {},
): SubmissionFingerprint {
  const base = new Set(
    Object.entries(starter).flatMap(([path, text]) =>
      isComparedPath(path) ? fingerprintFile(path, text) : [],
    ),
  );
  const fingerprinted: FileFingerprint[] = [];
  for (const [path, text] of Object.entries(files).sort(([left], [right]) => left.localeCompare(right))) {
    if (!isComparedPath(path) || text.length > maxComparedFileBytes) continue;
    const hashes = fingerprintFile(path, text).filter((hash) => !base.has(hash));
    if (hashes.length > 0) fingerprinted.push({ path, hashes });
  }
  return { files: fingerprinted, hashes: sortedDistinct(fingerprinted.flatMap((file) => file.hashes)) };
}

/** Fingerprints two sorted distinct lists share. */
export function sharedCount(left: readonly number[], right: readonly number[]): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i]! === right[j]!) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (left[i]! < right[j]!) i += 1;
    else j += 1;
  }
  return shared;
}

/**
 * The similarity of two hand-ins, 0…1, from how many fingerprints they share and how many each has. It is the
 * share of the smaller hand-in found in the larger one, tempered by (the fourth root of) their size ratio, so
 * that a copy with additions of its own still scores high, while a small helper that happens to appear in a large project does not.
 * Hand-ins too small to judge score 0.
 */
export function similarityScore(shared: number, leftCount: number, rightCount: number): number {
  const smaller = Math.min(leftCount, rightCount);
  const larger = Math.max(leftCount, rightCount);
  if (smaller < minimumFingerprints || shared === 0) return 0;
  const containment = shared / smaller;
  const jaccard = shared / (leftCount + rightCount - shared);
  return Math.round(Math.max(jaccard, containment * (smaller / larger) ** 0.25) * 100) / 100;
}

/** The files of `mine` found in `theirs`: for each, its closest file there and the share found, best first. */
export function matchingFiles(
  mine: SubmissionFingerprint,
  theirs: SubmissionFingerprint,
  options: { minimumShare?: number; limit?: number } = {},
): MatchingFile[] {
  const minimumShare = options.minimumShare ?? 0.3;
  const matches: MatchingFile[] = [];
  for (const file of mine.files) {
    let best: MatchingFile | null = null;
    for (const other of theirs.files) {
      const share = sharedCount(file.hashes, other.hashes) / file.hashes.length;
      if (share > (best?.share ?? 0)) best = { path: file.path, otherPath: other.path, share };
    }
    if (best && best.share >= minimumShare) {
      matches.push({ ...best, share: Math.round(best.share * 100) / 100 });
    }
  }
  return matches
    .sort((left, right) => right.share - left.share || left.path.localeCompare(right.path))
    .slice(0, options.limit ?? 10);
}

/** Two hand-ins compared: the score, whether it deserves a look, and which files match. */
export function compareSubmissions(mine: SubmissionFingerprint, theirs: SubmissionFingerprint) {
  const shared = sharedCount(mine.hashes, theirs.hashes);
  const score = similarityScore(shared, mine.hashes.length, theirs.hashes.length);
  return {
    score,
    shared,
    flagged: score >= similarityThreshold,
    matchingFiles: score > 0 ? matchingFiles(mine, theirs) : [],
  };
}
