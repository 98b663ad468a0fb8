/**
 * Résumé text as lines, and the sections those lines fall into (EXPERIENCE, Education:, "Work History" …).
 * Pure.
 */

export type SectionKind =
  | 'header'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'summary'
  | 'contact'
  | 'other';

export type Line = {
  /** Position in the list of lines. */
  index: number;
  text: string;
  section: SectionKind;
  /** The line is the section heading itself. */
  isHeading: boolean;
};

const ligatures: Record<string, string> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };

/**
 * One spelling for what PDFs and word processors vary: composed accents (PDFs often decompose "é"),
 * ligatures, odd spaces and line breaks, invisible characters. Tabs stay: they separate table cells.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[ﬀ-ﬆ]/g, (char) => ligatures[char] ?? char)
    .replace(/\r\n?|[\u2028\u2029\v\f]/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\p{Cc}]/gu, (char) => (char === '\n' || char === '\t' ? char : ''))
    .replace(/ *\t[\t ]*/g, '\t')
    .replace(/ {2,}/g, ' ')
    .split('\n')
    .map((line) => withoutMarkdown(line.trim()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** Plain-text résumés are often Markdown: "## Experience", "**Acme Corp**". */
function withoutMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^(?:-{3,}|={3,}|\*{3,}|_{3,})$/, '');
}

/** Words a heading may be made of; a heading must also contain one word that names its kind. */
const headingWords = new Set([
  'a',
  'about',
  'academic',
  'achievements',
  'additional',
  'and',
  'awards',
  'background',
  'berufserfahrung',
  'career',
  'certificates',
  'certifications',
  'competencies',
  'contact',
  'contributions',
  'core',
  'courses',
  'details',
  'education',
  'employment',
  'engineering',
  'experience',
  'expertise',
  'formation',
  'ausbildung',
  'experiencia',
  'expérience',
  'experiência',
  'history',
  'hobbies',
  'honors',
  'honours',
  'industry',
  'info',
  'information',
  'interests',
  'key',
  'kenntnisse',
  'languages',
  'laboral',
  'licenses',
  'links',
  'me',
  'objective',
  'of',
  'online',
  'open',
  'other',
  'personal',
  'positions',
  'held',
  'previous',
  'professional',
  'professionnelle',
  'profissional',
  'profile',
  'programming',
  'projects',
  'patents',
  'publications',
  'qualifications',
  'recent',
  'references',
  'relevant',
  'selected',
  'side',
  'skills',
  'social',
  'software',
  'source',
  'spoken',
  'stack',
  'summary',
  'talks',
  'tech',
  'technical',
  'technologies',
  'tools',
  'top',
  'training',
  'volunteer',
  'volunteering',
  'work',
  'record',
  'overview',
  'highlights',
  'résumé',
  'resume',
]);

/** The first kind whose words appear in a heading wins: "Work Experience & Skills" is experience. */
const kindsByWord: [SectionKind, RegExp][] = [
  [
    'experience',
    /\b(experience|employment|berufserfahrung|experiencia|expérience|experiência|career|positions|work)\b/u,
  ],
  ['education', /\b(education|academic|qualifications|ausbildung|formation|training|courses)\b/u],
  ['skills', /\b(skills|technologies|competencies|expertise|stack|tools|kenntnisse|programming)\b/u],
  ['projects', /\b(projects|open source)\b/u],
  ['summary', /\b(summary|profile|objective|about|overview|highlights)\b/u],
  ['contact', /\b(contact|details|information|info|links|social|online)\b/u],
  [
    'other',
    /\b(certifications|certificates|licenses|awards|honors|honours|achievements|publications|patents|talks|interests|hobbies|references|languages)\b/u,
  ],
];

/** "E X P E R I E N C E" → "EXPERIENCE". */
function unspaceLetters(text: string): string {
  return /^(?:\p{L} ){3,}\p{L}$/u.test(text) ? text.replace(/ /g, '') : text;
}

/** The kind of section a line announces, or null when it is not a heading. */
export function headingKind(line: string): SectionKind | null {
  const bare = unspaceLetters(
    line
      .replace(/^[#=*•■▪►▶➤\-–—_\s\d.)]+/u, '')
      .replace(/[:#=*_\-–—.\s]+$/u, '')
      .trim(),
  );
  if (bare.length < 3 || bare.length > 45) return null;
  const words = bare
    .toLowerCase()
    .replace(/&|\+|\//g, ' and ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length > 5 || !words.every((word) => headingWords.has(word))) return null;
  const phrase = words.join(' ');
  if (phrase === 'resume' || phrase === 'résumé') return null;
  if (/^(summary|overview) of qualifications$/.test(phrase)) return 'summary';
  // Volunteering is experience, but not the professional experience the totals count.
  if (/\bvolunteer/.test(phrase)) return 'other';
  for (const [kind, pattern] of kindsByWord) if (pattern.test(phrase)) return kind;
  return null;
}

/**
 * "Technologies:", "Key achievements:" inside a job are labels of that job, not the start of a new
 * section; a real section heading after the jobs is usually "SKILLS" or "Technical Skills".
 */
const jobLabel =
  /^(?:technologies|technologies used|tech stack|stack|tools|tools and technologies|environment|highlights|achievements|key achievements)\s*:?$/i;

function isJobLabel(line: string): boolean {
  return jobLabel.test(line.trim()) && line !== line.toUpperCase();
}

/** Lines with the section each one belongs to. Lines before the first heading are the 'header'. */
export function toLines(text: string): Line[] {
  let section: SectionKind = 'header';
  return normaliseText(text)
    .split('\n')
    .map((lineText, index) => {
      const kind = section === 'experience' && isJobLabel(lineText) ? null : headingKind(lineText);
      if (kind) section = kind;
      return { index, text: lineText, section, isHeading: kind !== null };
    });
}

/** Bullet marks people and word processors put in front of list items. */
// U+F0B7 and U+F0A7 are Word's Symbol and Wingdings bullets as PDFs often extract them.
const bulletPattern = /^(?:[•·▪◦●‣○■□➢►▶✓✔❖◆◇➤→*\uf0b7\uf0a7-]|[–—](?=\s)|\d{1,2}[.)](?=\s))\s*/u;

export function isBullet(text: string): boolean {
  return bulletPattern.test(text);
}

export function withoutBullet(text: string): string {
  return text.replace(bulletPattern, '');
}

/** Cells of a line: tabs (tables, wide PDF gaps) and the separators people type between fields. */
export function splitFields(text: string): string[] {
  return text
    .split(/\t|\s+[•·●▪◆◇∙⋅]\s+|\s+[–—-]{1,2}\s+|\s*\|\s*/u)
    .map((field) => field.trim())
    .filter((field) => field !== '');
}
