import { type DateRange, findDateRanges, findLoneDate, formatMonth, type MonthIndex } from './dates.ts';
import { isBullet, type Line, splitFields } from './lines.ts';
import {
  companySuffixAfterComma,
  isPlace,
  isWorkMode,
  looksLikeJobTitle,
  withoutTrailingPlace,
} from './vocabulary.ts';

/**
 * Jobs from the experience section. Each date range ("Mar 2019 – Present") anchors one job; its title and
 * company come from the rest of that line, then from the short lines right above it, then below it —
 * whichever layout the résumé uses. Pure.
 */

export type ExperienceEntry = {
  company: string | null;
  title: string | null;
  start: MonthIndex;
  /** null = present. */
  end: MonthIndex | null;
  yearOnly: { start: boolean; end: boolean };
  /** The raw range, for warnings. */
  dates: string;
  /** Line indexes (inclusive) of the whole entry: its header and its description. */
  firstLine: number;
  lastLine: number;
};

type LineKind = 'blank' | 'bullet' | 'dated' | 'field' | 'skippable' | 'prose';

type ClassifiedLine = { line: Line; kind: LineKind; range: DateRange | null };

type FieldSource = 'rest' | 'before' | 'after';

type Draft = {
  anchor: number;
  range: DateRange;
  title: string | null;
  titleFrom: FieldSource | null;
  company: string | null;
  companyFrom: FieldSource | null;
  firstLine: number;
};

/** How many header lines (title, company, location) one job may have above or below its dates. */
const maxFieldLines = 3;

export function findExperience(lines: Line[]): { entries: ExperienceEntry[]; warnings: string[] } {
  const warnings: string[] = [];
  let blocks = experienceBlocks(lines);
  const usedFallback = blocks.length === 0;
  if (usedFallback) {
    blocks = fallbackBlocks(lines);
    if (blocks.some((block) => block.some((line) => findDateRanges(line.text).length > 0))) {
      warnings.push(
        'No experience section heading was found, so jobs were read from dates anywhere in the résumé.',
      );
    }
  }
  const entries = blocks.flatMap((block) =>
    entriesOfBlock(block.map((line) => classify(line, usedFallback))),
  );
  return { entries: absorbUmbrellaEntries(entries), warnings };
}

/** Runs of consecutive lines under an experience heading (a résumé may have more than one). */
function experienceBlocks(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.section === 'experience' && !line.isHeading) {
      current.push(line);
      continue;
    }
    if (current.length > 0) blocks.push(current);
    current = [];
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Without an experience heading: everything but the sections whose dates are not jobs (studies, certificates). */
function fallbackBlocks(lines: Line[]): Line[][] {
  const excluded = new Set(['education', 'projects', 'skills', 'other', 'contact']);
  return [lines.filter((line) => !line.isHeading && !excluded.has(line.section))];
}

const labelLine = /^[\p{L} ]{2,30}:(?:\s|$)/u;
const fieldLabel =
  /^(?:company|employer|organi[sz]ation|firma|client|title|job title|position|role|designation|occupation|occupation or position held|name and address of employer|dates?|period|duration)\s*(?::|\t)\s*/i;
const durationText =
  /\(?\b\d+\s*(?:years?|yrs?|y)(?:\s*,?\s*\d+\s*(?:months?|mos?|m))?\)?|\(?\b\d+\s*(?:months?|mos?)\)?|\b(?:full[- ]time|part[- ]time|permanent)\b/giu;

function classify(line: Line, outsideExperienceSection: boolean): ClassifiedLine {
  const text = line.text;
  if (text === '') return { line, kind: 'blank', range: null };
  if (isBullet(text)) return { line, kind: 'bullet', range: null };
  // Under an experience heading, one lone date is a short job ("Summer Intern, Google — Jun 2018").
  const range = findDateRanges(text)[0] ?? (outsideExperienceSection ? null : loneDateOfJob(text));
  if (range) {
    const rest = restOfDatedLine(text, range);
    return { line, kind: rest === '' || isFieldLike(rest) ? 'dated' : 'prose', range };
  }
  const withoutDuration = text.replace(durationText, '').trim();
  if (splitFields(withoutDuration).every((field) => isPlace(field) || isWorkMode(field))) {
    return { line, kind: 'skippable', range: null };
  }
  return { line, kind: isFieldLike(text) ? 'field' : 'prose', range: null };
}

/** A single date on a line that names a job title: the date stands for the whole (short) job. */
function loneDateOfJob(text: string): DateRange | null {
  const date = findLoneDate(text);
  return date && looksLikeJobTitle(restOfDatedLine(text, date)) ? date : null;
}

/** Short, capitalised, no sentence ending: a title, company or location line rather than a description. */
function isFieldLike(text: string): boolean {
  const bare = text.replace(fieldLabel, '');
  if (bare.length > 90 || bare.split(/\s+/).length > 12) return false;
  if (/^\p{Ll}/u.test(bare)) return false;
  if (/[.!?;:]$/.test(bare) && !/\b(?:inc|ltd|corp|co|llc|s\.a|b\.v|gmbh)\.$/i.test(bare)) return false;
  return !(labelLine.test(bare) && !fieldLabel.test(text));
}

function restOfDatedLine(text: string, range: DateRange): string {
  const rest = text.slice(0, range.index) + text.slice(range.index + range.length);
  return rest
    .replace(/^\s*(?:dates?|period|duration|from)\s*(?::|\t|$)/i, ' ')
    .replace(durationText, ' ')
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/^[\s,|•·:–—-]+|[\s,|•·:–—(-]+$/gu, '')
    .trim();
}

function entriesOfBlock(block: ClassifiedLine[]): ExperienceEntry[] {
  const anchors = block
    .map((entry, position) => (entry.kind === 'dated' ? position : -1))
    .filter((p) => p >= 0);
  if (anchors.length === 0) return [];
  // Where the title/company lines sit, relative to the dates, is a property of the résumé's template:
  // if the first job that needs them has them above its dates, every job does.
  const headersAbove = titleLinesAreAbove(block, anchors);
  const claimed = new Set<number>();
  const drafts: Draft[] = [];

  anchors.forEach((anchor, order) => {
    const previousAnchor = order > 0 ? anchors[order - 1]! : -1;
    const nextAnchor = anchors[order + 1] ?? block.length;
    const range = block[anchor]!.range!;
    const draft = newDraft(anchor, range);
    fillFrom(draft, restOfDatedLine(block[anchor]!.line.text, range), 'rest');
    if (headersAbove) {
      for (const position of fieldLinesAbove(block, anchor, previousAnchor)) {
        if (isComplete(draft) || claimed.has(position)) break;
        claimed.add(position);
        draft.firstLine = position;
        fillFrom(draft, block[position]!.line.text, 'before');
      }
    }
    for (const position of fieldLinesBelow(block, anchor, nextAnchor)) {
      if (isComplete(draft) || claimed.has(position)) break;
      claimed.add(position);
      fillFrom(draft, block[position]!.line.text, 'after');
    }
    drafts.push(draft);
  });

  return drafts.map((draft, order) => {
    const previous = drafts[order - 1];
    if (!draft.company && draft.title && previous?.company && previous.companyFrom === 'before') {
      // One company, several roles: "Acme Corp" on its own line, then each role with its dates.
      const isRoleLine = draft.titleFrom === 'rest' && draft.firstLine === draft.anchor;
      const followsDirectly = block
        .slice(previous.anchor + 1, draft.firstLine)
        .every((line) => line.kind === 'field' || line.kind === 'skippable');
      if (isRoleLine || followsDirectly) {
        draft.company = previous.company;
        draft.companyFrom = 'before';
      }
    }
    const next = drafts[order + 1];
    const lastPosition = next ? next.firstLine - 1 : block.length - 1;
    return toEntry(draft, block[draft.firstLine]!.line.index, block[lastPosition]!.line.index);
  });
}

function titleLinesAreAbove(block: ClassifiedLine[], anchors: number[]): boolean {
  const firstIncomplete = anchors.findIndex((anchor) => {
    const draft = newDraft(anchor, block[anchor]!.range!);
    fillFrom(draft, restOfDatedLine(block[anchor]!.line.text, draft.range), 'rest');
    return !isComplete(draft);
  });
  if (firstIncomplete < 0) return true;
  const floor = firstIncomplete > 0 ? anchors[firstIncomplete - 1]! : -1;
  return fieldLinesAbove(block, anchors[firstIncomplete]!, floor).length > 0;
}

function newDraft(anchor: number, range: DateRange): Draft {
  return { anchor, range, title: null, titleFrom: null, company: null, companyFrom: null, firstLine: anchor };
}

/** Field lines directly above a position (nearest first), stopping at blanks, bullets and prose. */
function fieldLinesAbove(block: ClassifiedLine[], from: number, floor: number): number[] {
  const found: number[] = [];
  for (let position = from - 1; position > floor && found.length < maxFieldLines; position--) {
    const kind = block[position]!.kind;
    if (kind === 'skippable') continue;
    if (kind !== 'field') break;
    found.push(position);
  }
  return found;
}

function fieldLinesBelow(block: ClassifiedLine[], from: number, ceiling: number): number[] {
  const found: number[] = [];
  for (let position = from + 1; position < ceiling && found.length < maxFieldLines; position++) {
    const kind = block[position]!.kind;
    if (kind === 'skippable') continue;
    if (kind !== 'field') break;
    found.push(position);
  }
  return found;
}

function isComplete(draft: Draft): boolean {
  return draft.title !== null && draft.company !== null;
}

type Part = { text: string; role: 'title' | 'company' | null };

/** Gives a draft the title and company a piece of text holds, without overwriting what it has. */
function fillFrom(draft: Draft, text: string, source: FieldSource): void {
  for (const part of fieldParts(text)) {
    const isTitle = part.role === 'title' || (part.role === null && looksLikeJobTitle(part.text));
    if (isTitle) {
      if (draft.title) continue;
      draft.title = part.text;
      draft.titleFrom = source;
    } else if (!draft.company) {
      draft.company = part.text;
      draft.companyFrom = source;
    }
  }
}

/**
 * The meaningful fields of a header line: "Senior Engineer at Acme" → title + company; "Acme Corp —
 * Senior Engineer | Berlin, Germany" → company + title (the place is dropped); "Company: Acme" → company.
 */
export function fieldParts(text: string): Part[] {
  // A label with a tab is a two-cell table row ("Occupation or position held ⇥ Software Developer").
  const labelledRow = /^([^\t]{2,40})\t([^\t]+)$/.exec(text);
  if (labelledRow && fieldLabel.test(`${labelledRow[1]}:`))
    return fieldParts(`${labelledRow[1]}: ${labelledRow[2]}`);
  const parts: Part[] = [];
  const cleaned = text
    .replace(/https?:\/\/\S+|www\.\S+/gi, ' ')
    .replace(durationText, ' ')
    .replace(/\((?:remote|hybrid|on-?site|contract|freelance|internship|temporary)\)/gi, ' ')
    .replace(/\(([^()]*)\)/g, (whole, inner: string) => (isPlace(inner) ? ' ' : whole));
  for (const field of splitFields(cleaned).map(withoutTrailingPlace)) {
    const labelled =
      /^(company|employer|organi[sz]ation|firma|client|name and address of employer)\s*:\s*(.+)$/i.exec(
        field,
      );
    if (labelled) {
      parts.push({ text: commaParts(labelled[2]!)[0] ?? tidy(labelled[2]!), role: 'company' });
      continue;
    }
    const titled =
      /^(?:title|job title|position|role|designation|occupation(?: or position held)?)\s*:\s*(.+)$/i.exec(
        field,
      );
    if (titled) {
      parts.push({ text: tidy(titled[1]!), role: 'title' });
      continue;
    }
    const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(field);
    if (at && looksLikeJobTitle(at[1]!)) {
      parts.push({ text: tidy(at[1]!), role: 'title' });
      parts.push(
        ...commaParts(at[2]!)
          .map((piece) => ({ text: piece, role: 'company' as const }))
          .slice(0, 1),
      );
      continue;
    }
    parts.push(...commaParts(field).map((piece) => ({ text: piece, role: null })));
  }
  return parts.filter((part) => part.text !== '' && !isPlace(part.text) && !isWorkMode(part.text));
}

/** "Senior Engineer, Acme, Inc., Berlin" → ["Senior Engineer", "Acme, Inc."] (places dropped later). */
function commaParts(field: string): string[] {
  // A private-use character stands in for the protected comma while splitting.
  const protectedField = field.replace(companySuffixAfterComma, '\ue000');
  return protectedField
    .split(/\s*,\s*/)
    .map((piece) => tidy(piece.replace(/\ue000/g, ', ')))
    .filter((piece) => piece !== '' && !isPlace(piece));
}

function tidy(text: string): string {
  return text
    .replace(/^[\s,|•·:;–—-]+|[\s,|•·:;–—-]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Acme Corp 2015 – 2021" followed by roles at Acme with their own dates: the umbrella line is not a
 * job of its own; its company goes to the roles inside it.
 */
function absorbUmbrellaEntries(entries: ExperienceEntry[]): ExperienceEntry[] {
  const result: ExperienceEntry[] = [];
  for (let index = 0; index < entries.length; index++) {
    const umbrella = entries[index]!;
    const roles: ExperienceEntry[] = [];
    for (let next = index + 1; next < entries.length; next++) {
      const role = entries[next]!;
      if (role.company || !role.title || !within(role, umbrella)) break;
      roles.push(role);
    }
    if (umbrella.company && !umbrella.title && roles.length > 0) {
      for (const role of roles) role.company = umbrella.company;
      roles[0]!.firstLine = umbrella.firstLine;
      continue;
    }
    result.push(umbrella);
  }
  return result;
}

function within(inner: ExperienceEntry, outer: ExperienceEntry): boolean {
  const outerEnd = outer.end ?? Number.POSITIVE_INFINITY;
  const innerEnd = inner.end ?? Number.POSITIVE_INFINITY;
  return inner.start >= outer.start && innerEnd <= outerEnd;
}

function toEntry(draft: Draft, firstLine: number, lastLine: number): ExperienceEntry {
  return {
    company: draft.company,
    title: draft.title,
    start: draft.range.start,
    end: draft.range.end,
    yearOnly: draft.range.yearOnly,
    dates: draft.range.raw,
    firstLine,
    lastLine,
  };
}

export function describeEntry(entry: ExperienceEntry): string {
  return entry.company ?? entry.title ?? `the job from ${formatMonth(entry.start)}`;
}
