/**
 * How skill names and free text are cut into comparable tokens. One tokeniser serves both the data (names,
 * aliases) and the text being searched, so "Node.js", "node js" and "NODE-JS" all become ["node", "js"].
 */

export type Token = {
  /** Lower-cased token text, e.g. "c++", "c#", ".net", "k8s". */
  text: string;
  start: number;
  end: number;
  /** Sentences and lines are numbered so that context never leaks from one into the next. */
  sentence: number;
  /** Only joiners (space, "-", ".", "/", "&") separate it from the previous token: a phrase may go on. */
  joined: boolean;
};

/**
 * A token is a run of letters/digits, optionally ending in "++" or "#" (C++, C#, F#), or a word that starts
 * with a dot when nothing alphanumeric precedes it (".NET" but not the ".js" of "Node.js"). Web and e-mail
 * addresses are consumed whole and dropped: "https://github.com/…" is a link, not a skill.
 */
const tokenPattern =
  /(?<address>(?:https?:\/\/|www\.)[^\s<>()]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,})|(?<![\p{L}\p{N}])\.\p{L}[\p{L}\p{N}]*|[\p{L}\p{N}]+(?:\+\+|#)?/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(tokenPattern)) {
    if (match.groups?.address) continue;
    const start = match.index;
    const newSentence = tokens.length > 0 && endsSentence(text, previousEnd, start);
    if (newSentence) sentence++;
    const joined = tokens.length > 0 && !newSentence && onlyJoiners(text, previousEnd, start);
    previousEnd = start + match[0].length;
    tokens.push({ text: match[0].toLowerCase(), start, end: previousEnd, sentence, joined });
  }
  return tokens;
}

/** A line break, or ".", "!" or "?" followed by white space, between two tokens. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === '\n') return true;
    if ((char === '.' || char === '!' || char === '?') && isSpace(text[i + 1])) return true;
  }
  return false;
}

/** Characters that may sit inside one skill phrase: "Spring Boot", "Node.js", "CI/CD", "Identity & Access". */
const joiners = new Set([' ', '\t', '-', '.', '/', '&']);

/** "Spring Boot" and "CI/CD" are phrases; "AWS (EC2" and "Python, Go" are not. */
function onlyJoiners(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!joiners.has(text[i]!)) return false;
  }
  return true;
}

export function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\r' || char === '\n' || char === '\u00a0';
}

/**
 * The lookup key of one skill name: its tokens joined without separators, so spacing and punctuation do
 * not matter ("Spring Boot" = "springboot" = "spring-boot") while "C", "C++", "C#" and ".NET" stay apart.
 */
export function skillKey(text: string): string {
  return tokenize(text)
    .map((token) => token.text)
    .join('');
}
