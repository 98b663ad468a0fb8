import type { CountryCode } from 'libphonenumber-js';
import { findEmails, findLinks, type ResumeLinks, withoutAddresses } from './contacts.ts';
import { formatMonth, monthsCovered, todayMonth, yearsFromMonths } from './dates.ts';
import { type EducationEntry, findEducation } from './education.ts';
import { describeEntry, type ExperienceEntry, findExperience } from './experience.ts';
import { type Line, splitFields, toLines } from './lines.ts';
import { findLocation } from './location.ts';
import { findName } from './name.ts';
import { findPhones } from './phones.ts';
import { findSkills } from './skills.ts';
import { countryOfPlace } from './vocabulary.ts';

/**
 * Résumé text → structured candidate data: name, contacts, profile links, skills with years, jobs and
 * total years of experience, education. Pure: the same text, options and `today` give the same result.
 */

export type ParseResumeOptions = {
  /** Country for phone numbers written without an international prefix ("020 7946 0958" with 'GB'). */
  defaultCountry?: CountryCode;
  /** "Present" means this day; defaults to now. */
  today?: Date;
};

export type ParsedResume = {
  name: string | null;
  emails: string[];
  /** E.164 where the number could be resolved, otherwise as written. */
  phones: string[];
  links: ResumeLinks;
  /** Canonical taxonomy ids, most years first, then most mentioned. */
  skills: { skill: string; name: string; years: number | null }[];
  /** Professional experience in years, overlapping jobs counted once; null when no dated job was found. */
  totalYears: number | null;
  experience: { company: string | null; title: string | null; start: string | null; end: string | null }[];
  education: EducationEntry[];
  location: string | null;
  /** Plain-language notes on what was assumed or could not be read. */
  warnings: string[];
};

/** Parsing is linear, but a multi-megabyte "résumé" is not one: only its beginning is read. */
export const maxParsedChars = 200_000;

export function parseResumeText(text: string, options: ParseResumeOptions = {}): ParsedResume {
  const warnings: string[] = [];
  let input = text;
  if (input.length > maxParsedChars) {
    input = input.slice(0, maxParsedChars);
    warnings.push(
      `The text is very long; only its first ${maxParsedChars.toLocaleString('en')} characters were read.`,
    );
  }
  const today = todayMonth(options.today ?? new Date());
  const lines = toLines(input);
  const plainText = lines.map((line) => line.text).join('\n');

  const experience = findExperience(lines);
  warnings.push(...experience.warnings);
  const jobs = usableJobs(experience.entries, today, warnings);

  const emails = findEmails(plainText);
  const location = findLocation(lines);
  // Without a hint, national numbers ("020 7946 0958") are read in the country the résumé gives as home.
  const phoneCountry = options.defaultCountry ?? (location ? countryOfPlace(location) : null) ?? undefined;
  const named = findName(lines);
  const name = named?.name ?? null;
  if (name === null && plainText.trim() !== '') warnings.push("The candidate's name could not be found.");

  return {
    name,
    emails,
    phones: findPhones(lines, phoneCountry),
    links: findLinks(lines, emails),
    skills: findSkills(linesForSkills(lines, named?.line ?? null), jobs, today).map(
      ({ skill, name: skillName, years }) => ({
        skill,
        name: skillName,
        years,
      }),
    ),
    totalYears: totalYears(jobs, today),
    experience: jobs.map((job) => ({
      company: job.company,
      title: job.title,
      start: formatMonth(job.start),
      end: job.end === null ? null : formatMonth(job.end),
    })),
    education: findEducation(lines),
    location,
    warnings,
  };
}

/** Profile labels on contact lines ("GitHub", "LinkedIn: …") name a link, not a skill. */
const profileLabels = /\b(?:github|gitlab|bitbucket|linkedin|stack ?overflow)\b\s*:?/gi;

/** The lines as the skill matcher should see them: no addresses, no profile labels, no name ("Ruby Chen"). */
function linesForSkills(lines: Line[], nameLine: number | null): Line[] {
  return lines.map((line) => {
    const inContacts = line.section === 'header' || line.section === 'contact';
    // No word, skill or address is this long; such runs only slow the skill matcher down.
    let text = withoutAddresses(line.text).replace(/\S{100,}/g, ' ');
    if (line.index === nameLine) text = text.replace(splitFields(text)[0] ?? '', ' ');
    if (inContacts) text = text.replace(profileLabels, ' ');
    return { ...line, text };
  });
}

/** Drops jobs whose dates cannot be right, and says which dates were only years. */
function usableJobs(entries: ExperienceEntry[], today: number, warnings: string[]): ExperienceEntry[] {
  const usable: ExperienceEntry[] = [];
  for (const entry of entries) {
    const label = describeEntry(entry);
    if (entry.start > today) {
      warnings.push(`${label}: the start date "${entry.dates}" is in the future, so the job was left out.`);
      continue;
    }
    if (entry.end !== null && entry.end < entry.start) {
      warnings.push(`${label}: "${entry.dates}" ends before it starts, so the job was left out.`);
      continue;
    }
    const assumption = yearOnlyAssumption(entry);
    if (assumption) warnings.push(`${label}: "${entry.dates}" ${assumption}`);
    usable.push(entry);
  }
  return usable;
}

function yearOnlyAssumption(entry: ExperienceEntry): string | null {
  const from = `January ${Math.floor(entry.start / 12)}`;
  const until = entry.end === null ? '' : `December ${Math.floor(entry.end / 12)}`;
  if (entry.yearOnly.start && entry.yearOnly.end) return `gives years only; read as ${from} to ${until}.`;
  if (entry.yearOnly.start) return `gives no start month; read as from ${from}.`;
  if (entry.yearOnly.end) return `gives no end month; read as until ${until}.`;
  return null;
}

function totalYears(jobs: ExperienceEntry[], today: number): number | null {
  if (jobs.length === 0) return null;
  const periods = jobs.map((job) => ({ start: job.start, end: Math.min(job.end ?? today, today) }));
  return yearsFromMonths(monthsCovered(periods));
}
