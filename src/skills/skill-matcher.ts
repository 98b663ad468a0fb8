import { isSpace, type Token, tokenize } from './skill-text.ts';

/**
 * Finds skill mentions in free text (a résumé, a posting) with one token trie built once: each position is
 * looked up at most as deep as the longest alias, so a 10-page résumé takes well under a millisecond or two.
 */

type MatchableSkill = { id: string; name: string; aliases: readonly string[]; ambiguous: boolean };

export type SkillMention<S> = { skill: S; mentions: number };

type TrieNode<S> = { children: Map<string, TrieNode<S>>; skill: S | null; weak: boolean };

type Match<S> = { skill: S; weak: boolean; firstToken: number; lastToken: number };

/** How many tokens either side of an ambiguous word another skill may sit to make the text technical. */
const contextWindow = 4;

/** Words that, right after an ambiguous name, show it is meant technically ("Rust programming"). */
const qualifierWords = new Set([
  'programming',
  'language',
  'lang',
  'developer',
  'developers',
  'development',
  'engineer',
  'engineers',
  'engineering',
  'code',
  'codebase',
  'coding',
  'framework',
  'library',
  'libraries',
  'sdk',
  'api',
  'apis',
  'backend',
  'services',
  'service',
  'microservices',
  'stack',
  'runtime',
  'compiler',
  'modules',
  'toolchain',
  'server',
  'servers',
  'app',
  'apps',
  'application',
  'applications',
  'scripts',
  'scripting',
  'components',
  'endpoints',
  'endpoint',
]);

/** Characters around a whole item of a skills list: "Languages: Python, Go | Cloud: …", "AWS (EC2, RDS)". */
const listItemBefore = new Set([',', ';', '/', '|', '•', '·', ':', '(', '[', '{', '-', '*', '\n', '']);
const listItemAfter = new Set([',', ';', '/', '|', '•', '·', '(', ')', ']', '}', '\n', '']);

const versionAfter = /^[ \t]*v?\d{1,2}(?:\.\d+)*(?![\p{L}\p{N}])/u;

export type SkillMatcher<S> = { extract(text: string): SkillMention<S>[] };

export function createSkillMatcher<S extends MatchableSkill>(skills: readonly S[]): SkillMatcher<S> {
  const root = buildTrie(skills);
  return { extract: (text) => countMentions(acceptedMatches(text, root)) };
}

function buildTrie<S extends MatchableSkill>(skills: readonly S[]): TrieNode<S> {
  const root = newNode<S>();
  for (const skill of skills) {
    const forms = [skill.name, ...skill.aliases].map((form) => tokenize(form).map((token) => token.text));
    const weakForms = skill.ambiguous ? bareWords(forms) : new Set<string>();
    for (const words of forms) {
      if (words.length === 0) continue;
      insert(root, words, skill, words.length === 1 && weakForms.has(words[0]!));
    }
  }
  return root;
}

/**
 * The forms of an ambiguous skill that need technical context: its one-word, letters-only forms ("go",
 * "rest"), except those that merely decorate a shorter one ("golang", "restful", "expressjs"), which are
 * unmistakable on their own. Multi-word or dotted forms ("Express.js", "Spring Framework") are never weak.
 */
function bareWords(forms: string[][]): Set<string> {
  const single = forms.filter((words) => words.length === 1 && /^\p{L}+$/u.test(words[0]!)).map((w) => w[0]!);
  return new Set(single.filter((word) => !single.some((root) => root !== word && word.startsWith(root))));
}

function insert<S extends MatchableSkill>(root: TrieNode<S>, words: string[], skill: S, weak: boolean): void {
  let node = root;
  for (const word of words) {
    let child = node.children.get(word);
    if (!child) {
      child = newNode<S>();
      node.children.set(word, child);
    }
    node = child;
  }
  if (node.skill && node.skill.id !== skill.id) {
    throw new Error(`Skill form "${words.join(' ')}" belongs to both ${node.skill.id} and ${skill.id}`);
  }
  node.skill = skill;
  node.weak = weak;
}

function newNode<S>(): TrieNode<S> {
  return { children: new Map(), skill: null, weak: false };
}

function acceptedMatches<S>(text: string, root: TrieNode<S>): Match<S>[] {
  const tokens = tokenize(text);
  const matches = longestMatches(tokens, root);
  const strongTokens = new Uint8Array(tokens.length);
  for (const match of matches) {
    if (!match.weak) strongTokens.fill(1, match.firstToken, match.lastToken + 1);
  }
  return matches.filter((match) => !match.weak || isTechnicalContext(match, text, tokens, strongTokens));
}

/** Left to right, the longest form at each position wins: "Spring Boot" over "Spring". */
function longestMatches<S>(tokens: Token[], root: TrieNode<S>): Match<S>[] {
  const matches: Match<S>[] = [];
  let index = 0;
  while (index < tokens.length) {
    const match = longestMatchAt(tokens, index, root);
    if (match) matches.push(match);
    index = match ? match.lastToken + 1 : index + 1;
  }
  return matches;
}

function longestMatchAt<S>(tokens: Token[], first: number, root: TrieNode<S>): Match<S> | null {
  let best: Match<S> | null = null;
  let node: TrieNode<S> | undefined = root;
  for (let index = first; index < tokens.length; index++) {
    if (index > first && !tokens[index]!.joined) break;
    node = node.children.get(tokens[index]!.text);
    if (!node) break;
    if (node.skill) best = { skill: node.skill, weak: node.weak, firstToken: first, lastToken: index };
  }
  return best;
}

function isTechnicalContext<S>(match: Match<S>, text: string, tokens: Token[], strong: Uint8Array): boolean {
  const first = tokens[match.firstToken]!;
  const last = tokens[match.lastToken]!;
  return (
    hasStrongNeighbour(match, tokens, strong) ||
    isListItem(text, first.start, last.end) ||
    isQualified(tokens, match.lastToken) ||
    versionAfter.test(text.slice(last.end, last.end + 16)) ||
    isShoutedAcronym(text, first.start, last.end)
  );
}

/** Another, unambiguous skill within a few tokens of the same sentence: "Go and PostgreSQL". */
function hasStrongNeighbour<S>(match: Match<S>, tokens: Token[], strong: Uint8Array): boolean {
  const sentence = tokens[match.firstToken]!.sentence;
  const from = Math.max(0, match.firstToken - contextWindow);
  const to = Math.min(tokens.length - 1, match.lastToken + contextWindow);
  for (let index = from; index <= to; index++) {
    if (strong[index] === 1 && tokens[index]!.sentence === sentence) return true;
  }
  return false;
}

function isListItem(text: string, start: number, end: number): boolean {
  return listItemBefore.has(previousCharOnLine(text, start)) && listItemAfter.has(nextCharOnLine(text, end));
}

function isQualified(tokens: Token[], lastToken: number): boolean {
  const next = tokens[lastToken + 1];
  return next !== undefined && next.sentence === tokens[lastToken]!.sentence && qualifierWords.has(next.text);
}

/** "REST" in capitals amid ordinary prose is the acronym, not the verb; short ones ("GO") stay unsure. */
function isShoutedAcronym(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (word.length < 4 || !/^[A-Z]+$/.test(word)) return false;
  return /[a-z]/.test(text.slice(Math.max(0, start - 24), end + 24));
}

/** The nearest non-blank character before `index`: "\n" at a line break, "" at the start of the text. */
function previousCharOnLine(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && isSpace(text[i]) && text[i] !== '\n') i--;
  return i < 0 ? '' : text[i]!;
}

function nextCharOnLine(text: string, index: number): string {
  let i = index;
  while (i < text.length && isSpace(text[i]) && text[i] !== '\n') i++;
  return i >= text.length ? '' : text[i]!;
}

function countMentions<S extends MatchableSkill>(matches: Match<S>[]): SkillMention<S>[] {
  const byId = new Map<string, SkillMention<S>>();
  for (const { skill } of matches) {
    const entry = byId.get(skill.id);
    if (entry) entry.mentions++;
    else byId.set(skill.id, { skill, mentions: 1 });
  }
  // Map keeps first-seen order, and sort is stable: ties stay in order of first mention.
  return [...byId.values()].sort((a, b) => b.mentions - a.mentions);
}
