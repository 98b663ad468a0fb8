import { expandImplications, extractSkills, normaliseSkill, type Skill } from '../../skills/taxonomy.ts';
import { type MonthIndex, monthsCovered, type Period, yearsFromMonths } from './dates.ts';
import type { ExperienceEntry } from './experience.ts';
import { type Line, withoutBullet } from './lines.ts';

/**
 * The résumé's skills in the taxonomy's canonical ids, each with the years of use the résumé states
 * ("5+ years of Python", "Go – 3 years") or, failing that, the years of the jobs that mention it. Pure.
 */

export type ResumeSkill = { skill: string; name: string; years: number | null; mentions: number };

/** Nobody has used a technology for longer than this; a bigger number is something else. */
const maxStatedYears = 40;

const yearsPhrase = String.raw`(\d{1,2}(?:[.,]\d)?)\s*\+?\s*(?:years?|yrs?\.?)(?![\p{L}])`;

/** "5+ years of Python", "8 years of experience with Go and PostgreSQL", "3 yrs in Kotlin". */
const yearsBeforeSkills = new RegExp(
  String.raw`${yearsPhrase}(?:\s+of)?(?:\s+(?:professional|hands-on|commercial|production|industry|solid|practical))?(?:\s+(?:experience|exp\.?|work))?\s+(?:of|in|with|using|on|writing|building|developing|programming)\s+((?:(?!\d+\s*\+?\s*(?:years?|yrs?))[^.;])+)`,
  'giu',
);

/** "Python (6 yrs)", "Go – 3 years", "Kubernetes: 4 years", "Rust, 2 years". */
const yearsAfterSkill = new RegExp(String.raw`[\s(:–—,-]*${yearsPhrase}\)?`, 'giu');

const skillListLabel =
  /^(?:technical skills|skills|languages|programming languages|frameworks|libraries|databases|data stores|cloud|tools|technologies|tech stack|stack|devops|infrastructure|testing|platforms|other|backend|frontend|messaging)\s*:\s*/i;

const proficiency =
  /\b(?:expert|advanced|proficient|intermediate|basic|beginner|familiar|working knowledge|fluent|native|strong|solid)\b/gi;

export function findSkills(lines: Line[], entries: ExperienceEntry[], today: MonthIndex): ResumeSkill[] {
  const found = mentionedSkills(lines.map((line) => line.text).join('\n'), lines);
  const stated = statedYears(lines);
  const estimated = estimatedYears(lines, entries, today);
  const skills = [...found.values()].map(({ skill, mentions, order }) => ({
    skill: skill.id,
    name: skill.name,
    years: stated.get(skill.id) ?? estimated.get(skill.id) ?? null,
    mentions,
    order,
  }));
  skills.sort((a, b) => (b.years ?? -1) - (a.years ?? -1) || b.mentions - a.mentions || a.order - b.order);
  return skills.map(({ order: _order, ...skill }) => skill);
}

type Found = { skill: Skill; mentions: number; order: number };

/** Skills named anywhere in the text, plus list items of the skills section the free-text matcher is shy of ("Go"). */
function mentionedSkills(text: string, lines: Line[]): Map<string, Found> {
  const found = new Map<string, Found>();
  for (const { skill, mentions } of extractSkills(text))
    found.set(skill.id, { skill, mentions, order: found.size });
  for (const line of lines) {
    if (line.isHeading || !(line.section === 'skills' || skillListLabel.test(line.text))) continue;
    for (const skill of listedSkills(line.text)) {
      if (!found.has(skill.id)) found.set(skill.id, { skill, mentions: 1, order: found.size });
    }
  }
  return found;
}

/** Items of a skills list line: "Languages: Go (3 yrs), Python | Docker / Kubernetes". */
function listedSkills(text: string): Skill[] {
  const items = withoutBullet(text)
    .replace(skillListLabel, '')
    .replace(/^[^:]{1,30}:\s+/, '')
    .replace(/\([^)]*\)/g, ',')
    .replace(new RegExp(yearsPhrase, 'giu'), ',')
    .replace(proficiency, ',')
    .split(/[,;|•·\t]|\s+(?:and|&|[-–—])\s+/);
  const skills: Skill[] = [];
  for (const item of items) {
    const trimmed = item.trim();
    if (trimmed === '') continue;
    const whole = normaliseSkill(trimmed);
    if (whole) skills.push(whole);
    else
      for (const piece of trimmed.split('/')) {
        const skill = normaliseSkill(piece);
        if (skill) skills.push(skill);
      }
  }
  return skills;
}

type Statement = { years: number; skillsInStatement: number };

/**
 * Years the résumé states for a skill. A statement about one skill ("Go – 3 years") beats a broader one
 * ("8 years of Python and Go"); between equally specific statements the larger figure wins.
 */
function statedYears(lines: Line[]): Map<string, number> {
  const statements = new Map<string, Statement>();
  const record = (skillId: string, statement: Statement) => {
    if (statement.years <= 0 || statement.years > maxStatedYears) return;
    const known = statements.get(skillId);
    const better =
      !known ||
      statement.skillsInStatement < known.skillsInStatement ||
      (statement.skillsInStatement === known.skillsInStatement && statement.years > known.years);
    if (better) statements.set(skillId, statement);
  };
  for (const line of lines) {
    const text = withoutBullet(line.text);
    const claimed: { start: number; end: number }[] = [];
    for (const match of text.matchAll(yearsBeforeSkills)) {
      claimed.push({ start: match.index, end: match.index + match[0].length });
      const years = Number(match[1]!.replace(',', '.'));
      const ids = new Set(extractSkills(match[2]!).map(({ skill }) => skill.id));
      const first = normaliseSkill(match[2]!.split(/[\s,]+/)[0] ?? '');
      if (first) ids.add(first.id);
      for (const id of ids) record(id, { years, skillsInStatement: ids.size });
    }
    for (const match of text.matchAll(yearsAfterSkill)) {
      if (claimed.some((span) => match.index >= span.start && match.index < span.end)) continue;
      // A list item is short: only the text just before the number can name its skill.
      const skill = skillRightBefore(text.slice(Math.max(0, match.index - 60), match.index));
      if (skill) record(skill.id, { years: Number(match[1]!.replace(',', '.')), skillsInStatement: 1 });
    }
  }
  return new Map([...statements].map(([id, statement]) => [id, statement.years]));
}

/** The skill named by the list item that ends where a "N years" begins. */
function skillRightBefore(before: string): Skill | null {
  const item = before
    .split(/[,;|•·\t(]|:\s/)
    .pop()!
    .replace(proficiency, '')
    .trim();
  if (item === '' || item.length > 40) return null;
  return normaliseSkill(item) ?? extractSkills(item).at(-1)?.skill ?? null;
}

/** For each skill, the merged periods of the jobs whose text mentions it (or a skill implying it). */
function estimatedYears(lines: Line[], entries: ExperienceEntry[], today: MonthIndex): Map<string, number> {
  const periods = new Map<string, Period[]>();
  for (const entry of entries) {
    const entryText = lines
      .slice(entry.firstLine, entry.lastLine + 1)
      .map((line) => line.text)
      .join('\n');
    const ids = expandImplications(extractSkills(entryText).map(({ skill }) => skill.id));
    const period = { start: entry.start, end: Math.min(entry.end ?? today, today) };
    if (period.end < period.start) continue;
    for (const id of ids) periods.set(id, [...(periods.get(id) ?? []), period]);
  }
  return new Map([...periods].map(([id, list]) => [id, yearsFromMonths(monthsCovered(list))]));
}
