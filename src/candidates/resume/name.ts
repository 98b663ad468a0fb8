import { normaliseSkill } from '../../skills/taxonomy.ts';
import type { Line } from './lines.ts';
import { splitFields } from './lines.ts';
import { isPlace, looksLikeCompany, looksLikeJobTitle } from './vocabulary.ts';

/**
 * The candidate's name: the first line near the top that reads like a person's name. Everything that
 * usually sits around it — "CURRICULUM VITAE", contact lines, the job title, the city — is skipped, and
 * when nothing reads like a name the answer is null rather than a guess. Pure.
 */

/** How far down the page a name is looked for: in the header, and past a sidebar. */
const headerLinesSearched = 15;
const maxLinesSearched = 40;

const contactDetail = /@|\+?\d[\d\s().-]{7,}\d/;

const documentWords =
  /^(?:europass\s+)?(?:resume|résumé|curriculum vitae|cv|lebenslauf|page \d+|contact|profile|personal (?:details|information)|confidential)$/i;

/** "Dr Jane Doe", "Ing. Jan Novák" ("Eng" and "Ing" without a dot are also names). */
const honorifics = /^(?:(?:dr|mr|mrs|ms|mx|prof)\.?|(?:eng|ing)\.|miss|professor|sir)\s+/i;

/**
 * Credentials after a name: "Jane Doe, PhD", "Jane Doe MSc". Two-letter ones need their comma, so that
 * "Jack Ma" keeps his surname. Generational suffixes (Jr.) stay.
 */
const credentials =
  /(?:,?\s+(?:ph\.?\s?d|m\.?sc|b\.?sc|mba|m\.?eng|b\.?eng|cpa|pmp|cissp|p\.?eng)\.?|,\s*(?:m\.?a|b\.?a|m\.?s|b\.?s|pe)\.?)+$/i;

const nameLabel =
  /^(?:name|full name|nom|nombre|nome|first name\(s\) \/ surname\(s\)|surname\(s\) \/ first name\(s\))\s*(?::|\t)\s*/i;

/** Words in a name that are not capitalised: "Ludwig van Beethoven", "José de la Cruz". */
const particles = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'y',
  'e',
  'bin',
  'binti',
  'ibn',
  'al',
  'el',
  'ter',
  'ten',
  'zu',
]);

const generational = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

const nameWord = /^(?:\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:['’-]\p{L}[\p{Ll}\p{Lu}\p{M}]*)*\.?|\p{Lu}\.)$/u;

/** Han, Hiragana/Katakana or Hangul names are written without capitals: 王小明, 山田 太郎. */
const eastAsianName = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,5}$/u;

/** Past these sections the top of the résumé is over. */
const nameSearchEnds = new Set(['experience', 'education', 'projects']);

/**
 * The first name-like line of the header. A sidebar (contact, top skills) may come first: there, a
 * name-like line counts only when a job title or contact detail follows it, as under a name.
 */
export function findName(lines: Line[]): { name: string; line: number } | null {
  const filled = lines.filter((line) => line.text !== '').slice(0, maxLinesSearched);
  for (const [position, line] of filled.entries()) {
    if (nameSearchEnds.has(line.section)) break;
    if (line.isHeading) continue;
    const name = nameFromLine(line.text);
    if (!name) continue;
    const inHeader = line.section === 'header' || line.section === 'contact';
    if (inHeader && position < headerLinesSearched) return { name, line: line.index };
    const next = filled[position + 1];
    const followedLikeAName =
      next && !next.isHeading && (looksLikeJobTitle(next.text) || contactDetail.test(next.text));
    if (followedLikeAName) return { name, line: line.index };
  }
  return null;
}

/** The name a line states, or null. The name is the line's first field ("Jane Doe | Backend Engineer"). */
export function nameFromLine(text: string): string | null {
  const firstField = splitFields(text.replace(nameLabel, ''))[0];
  if (!firstField) return null;
  const candidate = firstField
    .replace(/^(?:resume|résumé|cv|curriculum vitae)\s+(?:of|for|[-–—:])\s*/i, '')
    // Pronouns and nicknames are not part of the name: "Jane (she/her) Doe", 'Robert "Bob" Smith'.
    .replace(/\s*\([^()]{1,20}\)/g, '')
    .replace(/\s*[“"‘][^”"’]{1,20}[”"’]/g, '')
    .replace(honorifics, '')
    .replace(credentials, '')
    .split(/\s*,\s*/)[0]!
    .trim();
  if (!isNameLike(candidate)) return null;
  return eastAsianName.test(candidate.replace(/\s/g, '')) ? candidate : tidyCapitals(candidate);
}

function isNameLike(text: string): boolean {
  if (text.length < 2 || text.length > 60 || documentWords.test(text)) return false;
  if (/[\d@/\\:;!?#$%&*+=<>{}[\]()|"]/u.test(text)) return false;
  if (eastAsianName.test(text.replace(/\s/g, ''))) return true;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((word, index) => isNameWord(word, index, words.length))) return false;
  // Capitalised words that are really a title, a company, a place or a skill list are not a name.
  if (looksLikeJobTitle(text) || looksLikeCompany(text) || isPlace(text) || normaliseSkill(text))
    return false;
  return !words.every((word) => normaliseSkill(word) !== null);
}

function isNameWord(word: string, index: number, count: number): boolean {
  if (index > 0 && generational.test(word)) return true;
  if (index > 0 && index < count - 1 && particles.has(word.toLowerCase())) return true;
  return nameWord.test(word);
}

/** "JANE DOE" → "Jane Doe"; "Jane DOE" → "Jane Doe"; "AJ Smith" and "Jean-Luc O'Brien" stay as written. */
function tidyCapitals(name: string): string {
  const words = name.split(/\s+/);
  const allCaps = words.every((word) => word === word.toUpperCase());
  return words
    .map((word, index) => {
      if (generational.test(word) && index > 0)
        return /^[js]r/i.test(word) ? capitalise(word) : word.toUpperCase();
      const shouting = word === word.toUpperCase() && (allCaps || word.replace(/\W/g, '').length >= 3);
      if (!shouting) return word;
      if (index > 0 && index < words.length - 1 && particles.has(word.toLowerCase()))
        return word.toLowerCase();
      return capitalise(word);
    })
    .join(' ');
}

/** "O'BRIEN" → "O'Brien", "JEAN-LUC" → "Jean-Luc", "MCDONALD" → "McDonald". */
function capitalise(word: string): string {
  const lower = word.toLocaleLowerCase();
  const titled = lower.replace(
    /(^|['’-])(\p{L})/gu,
    (_, before: string, letter: string) => before + letter.toLocaleUpperCase(),
  );
  return titled.replace(/^Mc(\p{L})/u, (_, letter: string) => `Mc${letter.toLocaleUpperCase()}`);
}
