import { findDateRanges, withoutDates, yearsIn } from './dates.ts';
import { isBullet, type Line, splitFields } from './lines.ts';
import { isPlace, withoutTrailingPlace } from './vocabulary.ts';

/** Schools, degrees and graduation years from the education section. Best effort, pure. */

export type EducationEntry = { school: string; degree: string | null; end: string | null };

const schoolPattern =
  /\b(?:university|universit[äéàa]t?|universidad|universidade|universiteit|uniwersytet|politechnika|politecnico|polytechnic|college|institute|institut|school|academy|akademie|hochschule|fachhochschule|école|escuela|iit|mit|ucla|eth|epfl|tu|kth|lycée|gymnasium)\b/iu;

const degreePattern =
  /(?:^|[\s,(])(?:b\.?\s?sc?\.?|b\.?a\.?|b\.?eng\.?|b\.?tech\.?|m\.?\s?sc?\.?|m\.?a\.?|m\.?eng\.?|m\.?tech\.?|mba|ph\.?\s?d\.?|bachelor(?:'?s)?|master(?:'?s)?|doctor(?:ate)?|diploma|associate(?:'?s)? degree|licenciatura|licenciado|licence|laurea|grado|máster|diplom|dipl\.?-?ing\.?|magister|ingeniero|bootcamp|high school)(?=$|[\s,.)-])/iu;

type Draft = { school: string | null; degree: string | null; end: string | null; endKnown: boolean };

export function findEducation(lines: Line[]): EducationEntry[] {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  // Dates written before the school they belong to ("Dates  2010 – 2015" in a Europass CV).
  let pendingEnd: string | null | undefined;
  for (const line of lines) {
    if (line.section !== 'education' || line.isHeading || line.text === '' || isBullet(line.text)) continue;
    const { school, degree, others } = classifyFields(line.text);
    const startsNew =
      !current ||
      (school !== null && current.school !== null) ||
      (degree !== null && current.degree !== null);
    if ((school || degree) && startsNew) {
      current = { school: null, degree: null, end: pendingEnd ?? null, endKnown: pendingEnd !== undefined };
      pendingEnd = undefined;
      drafts.push(current);
    }
    if (!current || (!school && !degree && current.endKnown)) {
      pendingEnd = endYear(line.text) ?? pendingEnd;
      continue;
    }
    current.school ??= school;
    current.degree ??= degree;
    // A degree line with another field but no school keyword: "BSc Computer Science, Stanford".
    if (!current.school && degree && others[0]) current.school = others[0];
    if (!current.endKnown) {
      const end = endYear(line.text);
      if (end !== undefined) {
        current.end = end;
        current.endKnown = true;
      }
    }
  }
  return drafts
    .filter((draft): draft is Draft & { school: string } => draft.school !== null)
    .map(({ school, degree, end }) => ({ school, degree, end }));
}

/** Row labels of the Europass CV, which put the value in a second cell. */
const europassLabel =
  /^(?:title of qualification awarded|name and type of organisation[^\t]*|principal subjects[^\t]*|level in national or international classification|dates)\t/i;

function classifyFields(text: string): { school: string | null; degree: string | null; others: string[] } {
  const fieldsText = withoutDates(text.replace(europassLabel, '')).replace(
    /\b(?:expected|graduated|graduation|class of)\b/gi,
    ' ',
  );
  let school: string | null = null;
  let degree: string | null = null;
  const others: string[] = [];
  for (const field of splitFields(fieldsText).map(withoutTrailingPlace)) {
    for (const piece of field.split(/\s*,\s*(?=\p{Lu})/u)) {
      const cleaned = piece.replace(/\(\s*\)/g, '').replace(/^[\s,–—:(-]+|[\s,–—:(-]+$/gu, '');
      if (cleaned === '' || isPlace(cleaned) || /^(?:gpa|grade)/i.test(cleaned)) continue;
      if (!school && schoolPattern.test(cleaned)) school = cleaned;
      // "University of California, Berkeley": a lone capitalised word after the school is part of it.
      else if (school && others.length === 0 && !degree && /^\p{Lu}[\p{L}'’-]+$/u.test(cleaned)) {
        school = `${school}, ${cleaned}`;
      } else if (!degree && degreePattern.test(cleaned)) degree = cleaned;
      else others.push(cleaned);
    }
  }
  return { school, degree, others };
}

/** The year a line says the studies ended: the end of a range, or the last year written; null = ongoing. */
function endYear(text: string): string | null | undefined {
  const range = findDateRanges(text)[0];
  if (range) return range.end === null ? null : String(Math.floor(range.end / 12));
  const years = yearsIn(text);
  if (years.length > 0) return String(years[years.length - 1]);
  return /\b(?:present|current|ongoing|now)\b/i.test(text) ? null : undefined;
}
