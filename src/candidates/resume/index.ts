import { type ExtractOptions, extractResumeText, type ResumeFormat } from './extract-text.ts';
import { type ParsedResume, type ParseResumeOptions, parseResumeText } from './parse-resume.ts';

/** Résumé parsing: a PDF, DOCX or text file in, structured candidate data out. */

export {
  type ExtractedText,
  type ExtractOptions,
  extractResumeText,
  type ResumeFormat,
  UnsupportedDocumentError,
} from './extract-text.ts';
export { type ParsedResume, type ParseResumeOptions, parseResumeText } from './parse-resume.ts';

export type ParsedResumeFile = ParsedResume & { format: ResumeFormat };

export async function parseResume(
  content: Buffer,
  filename?: string,
  options: ParseResumeOptions & ExtractOptions = {},
): Promise<ParsedResumeFile> {
  const { text, format, warnings } = await extractResumeText(content, filename, options);
  const parsed = parseResumeText(text, options);
  return { ...parsed, warnings: [...warnings, ...parsed.warnings], format };
}

/** The shape the `hirebench` CLI prints: skills by their canonical name, profiles as handles / ids. */
export type ResumeCliJson = {
  name: string | null;
  emails: string[];
  phones: string[];
  links: {
    github: string | null;
    linkedin: string | null;
    stackoverflow: string | null;
    website: string | null;
  };
  skills: { skill: string; years: number | null }[];
  totalYears: number | null;
  experience: { company: string | null; title: string | null; start: string | null; end: string | null }[];
};

export function toCliJson(parsed: ParsedResume): ResumeCliJson {
  return {
    name: parsed.name,
    emails: [...parsed.emails],
    phones: [...parsed.phones],
    links: {
      github: parsed.links.github,
      linkedin: parsed.links.linkedin,
      stackoverflow: parsed.links.stackoverflow,
      website: parsed.links.website,
    },
    skills: parsed.skills.map(({ name, years }) => ({ skill: name, years })),
    totalYears: parsed.totalYears,
    experience: parsed.experience.map(({ company, title, start, end }) => ({ company, title, start, end })),
  };
}
