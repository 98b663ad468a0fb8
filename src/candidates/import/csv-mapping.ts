import { createHash } from 'node:crypto';
import { z } from 'zod';
import { normaliseSkill } from '../../skills/taxonomy.ts';
import { type CandidateInput, candidateInputSchema, type ParsedCandidateInput } from '../candidate-input.ts';
import { type CandidateSource, candidateSources } from '../candidates.tables.ts';
import { githubHandle, linkedinHandle, stackOverflowUserId, websiteUrl } from '../profile-links.ts';

/**
 * Pure: how the columns of a spreadsheet become candidate fields. Nothing here does I/O, so the same rules
 * serve the preview, the background import, the dry run and the command line.
 */

export const candidateImportFields = [
  'name',
  'firstName',
  'lastName',
  'email',
  'emails',
  'phone',
  'location',
  'headline',
  'currentTitle',
  'currentCompany',
  'github',
  'linkedin',
  'stackoverflow',
  'website',
  'skills',
  'totalYears',
  'source',
  'sourceDetail',
  'tags',
  'externalId',
  'salaryAmount',
  'salaryCurrency',
  'noticePeriodWeeks',
] as const;
export type CandidateImportField = (typeof candidateImportFields)[number];

/** `{ [candidateField]: csvHeader }`: which column feeds which field; unmapped fields stay empty. */
export type ColumnMapping = Partial<Record<CandidateImportField, string>>;

export const columnMappingSchema = z
  .partialRecord(z.enum(candidateImportFields), z.string().trim().min(1).max(200), {
    // A typo in a field name (partial records report unknown keys, though their issue type does not say so).
    error: (issue) => {
      const { code, keys } = issue as { code: string; keys?: string[] };
      return code === 'unrecognized_keys' && keys
        ? `Unknown field ${keys.map((key) => `"${key}"`).join(', ')}; the fields are ${candidateImportFields.join(', ')}.`
        : undefined;
    },
  })
  .refine((mapping) => Boolean(mapping.name || mapping.firstName || mapping.lastName), {
    message: 'Map a column to the name (or to the first and last name).',
  });

export type ImportIssue = { field: string | null; message: string };

/** Header spellings, most specific first; compared without case, accents, spaces or punctuation. */
const headerAliases: Record<CandidateImportField, string[]> = {
  name: [
    'fullname',
    'name',
    'candidatename',
    'candidatefullname',
    'applicantname',
    'contactname',
    'displayname',
  ],
  firstName: ['firstname', 'givenname', 'forename', 'first', 'vorname', 'prenom'],
  lastName: ['lastname', 'surname', 'familyname', 'last', 'nachname', 'nom'],
  email: [
    'email',
    'emailaddress',
    'primaryemail',
    'primaryemailaddress',
    'mail',
    'personalemail',
    'workemail',
    'email1',
    'candidateemail',
  ],
  emails: ['emails', 'emailaddresses', 'otheremails', 'additionalemails', 'secondaryemail', 'email2'],
  phone: [
    'phone',
    'phonenumber',
    'mobile',
    'mobilephone',
    'mobilenumber',
    'cell',
    'cellphone',
    'telephone',
    'tel',
    'phones',
    'contactnumber',
  ],
  location: ['location', 'city', 'currentlocation', 'basedin', 'town', 'address', 'citycountry', 'country'],
  headline: ['headline', 'profileheadline', 'tagline', 'summary'],
  currentTitle: [
    'currenttitle',
    'currentjobtitle',
    'jobtitle',
    'title',
    'currentposition',
    'position',
    'role',
  ],
  currentCompany: [
    'currentcompany',
    'currentemployer',
    'company',
    'employer',
    'organisation',
    'organization',
  ],
  github: ['github', 'githuburl', 'githubprofile', 'githubhandle', 'githubusername', 'githubprofileurl'],
  linkedin: ['linkedin', 'linkedinurl', 'linkedinprofile', 'linkedinprofileurl', 'linkedinprofilelink'],
  stackoverflow: ['stackoverflow', 'stackoverflowurl', 'stackoverflowprofile'],
  website: [
    'website',
    'websiteurl',
    'personalwebsite',
    'homepage',
    'portfolio',
    'portfoliourl',
    'blog',
    'url',
  ],
  skills: ['skills', 'skill', 'skillset', 'keyskills', 'technologies', 'techstack', 'stack', 'competencies'],
  totalYears: [
    'yearsofexperience',
    'totalyearsofexperience',
    'yearsexperience',
    'experienceyears',
    'totalyears',
    'totalexperience',
    'yoe',
    'years',
    'experience',
  ],
  source: ['source', 'candidatesource', 'leadsource', 'channel', 'origin'],
  sourceDetail: ['sourcedetail', 'sourcedetails', 'sourcename', 'referredby', 'referrer', 'referral'],
  tags: ['tags', 'tag', 'labels', 'label'],
  externalId: [
    'externalid',
    'id',
    'candidateid',
    'externalcandidateid',
    'applicantid',
    'atsid',
    'recordid',
    'uuid',
    'reference',
  ],
  salaryAmount: [
    'salary',
    'salaryexpectation',
    'expectedsalary',
    'desiredsalary',
    'salaryamount',
    'compensation',
    'expectedcompensation',
  ],
  salaryCurrency: ['salarycurrency', 'currency'],
  noticePeriodWeeks: ['noticeperiod', 'noticeperiodweeks', 'noticeweeks', 'notice'],
};

/** Fields whose alias may also appear inside a longer header ("Candidate E-mail", "Work mobile"). */
const containedAliases: [CandidateImportField, string][] = [
  ['email', 'email'],
  ['phone', 'phone'],
  ['phone', 'mobile'],
  ['linkedin', 'linkedin'],
  ['github', 'github'],
  ['stackoverflow', 'stackoverflow'],
  ['skills', 'skills'],
  ['totalYears', 'yearsofexperience'],
];

export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Suggests which column feeds which field, from the header names alone. Each column is used at most once. */
export function suggestMapping(headers: string[]): ColumnMapping {
  const keys = headers.map(headerKey);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const take = (field: CandidateImportField, index: number) => {
    mapping[field] = headers[index]!;
    used.add(index);
  };
  // Exact spellings first, field by field in order of importance, each alias in order of preference.
  for (const field of candidateImportFields) {
    for (const alias of headerAliases[field]) {
      const index = keys.findIndex((key, position) => key === alias && !used.has(position));
      if (index >= 0) {
        take(field, index);
        break;
      }
    }
  }
  // Then distinctive words inside longer headers, for fields still unmapped.
  for (const [field, alias] of containedAliases) {
    if (mapping[field]) continue;
    const index = keys.findIndex((key, position) => key.includes(alias) && !used.has(position));
    if (index >= 0) take(field, index);
  }
  // A full name makes first and last name unnecessary, but they are kept as a fallback for empty cells.
  return mapping;
}

// ——— Reading cell values ————————————————————————————————————————————————————————————————

const listSeparators = /[,;|\n]+/;

function splitList(text: string): string[] {
  return text
    .split(listSeparators)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * The number people write in a spreadsheet: "5", "5.5", "5,5", "10+ years", "120,000", "120.000", "€120k".
 * Returns null when there is no number.
 */
export function parseLooseNumber(text: string): number | null {
  const match = /-?\d[\d\s.,'’]*/.exec(text.replace(/\u00a0|\u202f/g, ' '));
  if (!match) return null;
  let digits = match[0].replace(/[\s'’]/g, '').replace(/[.,]$/, '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the last one is the decimal separator.
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    digits = digits.replaceAll(thousands, '').replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const groupedThousands = new RegExp(`^-?\\d{1,3}(\\${separator}\\d{3})+$`);
    digits = groupedThousands.test(digits)
      ? digits.replaceAll(separator, '')
      : digits.replace(separator, '.');
  }
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  const rest = text.slice(match.index + match[0].length).trim();
  return /^k\b/i.test(rest) ? value * 1000 : value;
}

const currencySymbols: [RegExp, string][] = [
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/US\$|\$/, 'USD'],
  [/¥/, 'JPY'],
  [/₹/, 'INR'],
  [/CHF/i, 'CHF'],
];

function currencyIn(text: string): string | null {
  const code = /\b([A-Z]{3})\b/.exec(text)?.[1];
  if (code) return code;
  return currencySymbols.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** "4", "4 weeks", "1 month", "30 days", "immediately" → whole weeks. */
function parseNoticeWeeks(text: string): number | null {
  if (/^(immediate(ly)?|none|asap|now)$/i.test(text.trim())) return 0;
  const value = parseLooseNumber(text);
  if (value === null) return null;
  if (/month/i.test(text)) return Math.round(value * 4.345);
  if (/day/i.test(text)) return Math.ceil(value / 7);
  return value;
}

export function sourceOf(text: string): CandidateSource | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (candidateSources as readonly string[]).includes(key) ? (key as CandidateSource) : null;
}

/** "Go (5 years)", "Rust: 2", "PostgreSQL" → the skill text and its years, if given. */
function skillEntry(text: string): { skill: string; years: number | null } {
  const match = /^(.+?)\s*(?:\(\s*|:\s*)(\d+(?:[.,]\d+)?)\s*(?:y|yrs?|years?)?\s*\)?$/i.exec(text);
  if (!match) return { skill: text, years: null };
  return { skill: match[1]!.trim(), years: Number(match[2]!.replace(',', '.')) };
}

/** Zod's wording, said the way a person fixing a spreadsheet wants to read it (without the final stop). */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big') {
    const limit = Number(issue.maximum);
    if (issue.origin === 'number')
      return `Must be ${issue.inclusive === false ? 'below' : 'at most'} ${limit}`;
    if (issue.origin === 'string') return `Longer than ${limit} characters`;
    if (issue.origin === 'array') return `More than ${limit} values`;
  }
  if (issue.code === 'too_small' && issue.origin === 'number') {
    return `Must be ${issue.inclusive === false ? 'above' : 'at least'} ${Number(issue.minimum)}`;
  }
  return issue.message.replace(/\.$/, '');
}

const quote = (value: string) => `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;

// ——— One row → one candidate input ————————————————————————————————————————————————————————————

export type RowResult =
  | { input: ParsedCandidateInput; warnings: ImportIssue[] }
  | { errors: ImportIssue[]; warnings: ImportIssue[] };

/**
 * One spreadsheet row (header → cell) → a validated candidate input, or the reasons it cannot be one.
 * Unknown skills and unreadable links are warnings: the row is still imported without them.
 */
export function rowToCandidateInput(
  row: Record<string, string | undefined>,
  mapping: ColumnMapping,
): RowResult {
  const cell = (field: CandidateImportField): string => {
    const header = mapping[field];
    return header ? (row[header] ?? '').trim() : '';
  };
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];

  const name = cell('name') || [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');

  // E-mails keep where they came from, so a bad one is reported against its own column.
  const emailOrigins: CandidateImportField[] = [];
  const emails: string[] = [];
  for (const field of ['email', 'emails'] as const) {
    for (const email of cell(field)
      .split(/[\s,;|]+/)
      .filter(Boolean)) {
      emails.push(email);
      emailOrigins.push(field);
    }
  }

  const numberOf = (field: CandidateImportField, parse = parseLooseNumber): number | null => {
    const text = cell(field);
    if (!text) return null;
    const value = parse(text);
    if (value === null) errors.push({ field, message: `Not a number: ${quote(text)}.` });
    return value;
  };

  const skills: NonNullable<CandidateInput['skills']> = [];
  for (const item of splitList(cell('skills'))) {
    const entry = skillEntry(item);
    if (!normaliseSkill(entry.skill)) {
      warnings.push({ field: 'skills', message: `Unknown skill ${quote(entry.skill)} was left out.` });
      continue;
    }
    skills.push({ skill: entry.skill, years: entry.years, source: 'import' });
  }

  const links: Record<'github' | 'linkedin' | 'stackoverflow' | 'website', string | null> = {
    github: null,
    linkedin: null,
    stackoverflow: null,
    website: null,
  };
  const linkReaders = {
    github: [githubHandle, 'a GitHub handle or profile URL'],
    linkedin: [linkedinHandle, 'a LinkedIn profile URL (linkedin.com/in/…)'],
    stackoverflow: [stackOverflowUserId, 'a Stack Overflow profile URL (stackoverflow.com/users/…)'],
    website: [websiteUrl, 'a web address'],
  } as const;
  for (const [field, [read, what]] of Object.entries(linkReaders) as [
    keyof typeof linkReaders,
    (typeof linkReaders)[keyof typeof linkReaders],
  ][]) {
    const text = cell(field);
    if (!text) continue;
    if (read(text) === null) warnings.push({ field, message: `${quote(text)} is not ${what}; left empty.` });
    else links[field] = text;
  }

  let source: CandidateSource = 'import';
  let sourceDetail = cell('sourceDetail') || null;
  const sourceText = cell('source');
  if (sourceText) {
    const known = sourceOf(sourceText);
    if (known) source = known;
    else sourceDetail ??= sourceText; // "LinkedIn", "Meetup" …: kept as the detail of an import
  }

  let salaryExpectation: CandidateInput['salaryExpectation'] = null;
  const salaryText = cell('salaryAmount');
  const amount = numberOf('salaryAmount');
  if (amount !== null) {
    const currency = (cell('salaryCurrency') || currencyIn(salaryText) || '').toUpperCase();
    if (!currency) {
      errors.push({
        field: 'salaryCurrency',
        message: `The salary ${quote(salaryText)} has no currency: map a currency column or write it like "EUR 90000".`,
      });
    } else salaryExpectation = { amount, currency, period: 'year' };
  }

  const title = cell('currentTitle') || null;
  const company = cell('currentCompany') || null;
  const headline =
    cell('headline') || (title && company ? `${title} at ${company}` : (title ?? company ?? null));

  const raw: CandidateInput = {
    name,
    emails,
    phones: splitList(cell('phone')),
    location: cell('location') || null,
    headline,
    links,
    skills,
    experience: title || company ? [{ title, company, start: null, end: null }] : [],
    totalYears: numberOf('totalYears'),
    salaryExpectation,
    noticePeriodWeeks: numberOf('noticePeriodWeeks', parseNoticeWeeks),
    source,
    sourceDetail,
    tags: splitList(cell('tags')),
  };
  // Cells that could not be read are left out above; the schema still checks everything else, so a row
  // reports all its problems at once.
  const parsed = candidateInputSchema.safeParse(raw);
  if (parsed.success) return errors.length > 0 ? { errors, warnings } : { input: parsed.data, warnings };
  for (const issue of parsed.error.issues) {
    const [head, index, leaf] = issue.path;
    let field = String(head ?? '');
    if (head === 'emails' && typeof index === 'number') field = emailOrigins[index] ?? 'email';
    else if (head === 'links' && typeof index === 'string') field = index;
    else if (head === 'salaryExpectation') {
      field = index === 'currency' ? 'salaryCurrency' : 'salaryAmount';
    } else if (head === 'experience') field = leaf === 'company' ? 'currentCompany' : 'currentTitle';
    else if (head === 'phones') field = 'phone';
    else if (head === 'name' && !mapping.name) field = 'firstName';
    // The offending value of a list (an e-mail, a tag, a skill), quoted so the person can find it.
    const list = (raw as Record<string, unknown>)[String(head)];
    const item = typeof index === 'number' && Array.isArray(list) ? list[index] : undefined;
    const value =
      typeof item === 'string'
        ? item
        : item && typeof item === 'object' && 'skill' in item
          ? String(item.skill)
          : index === undefined && field in mapping
            ? cell(field as CandidateImportField) || null
            : null;
    const message = plainMessage(issue);
    errors.push({ field, message: value ? `${message}: ${quote(value)}.` : `${message}.` });
  }
  // In the order of the fields, so a row's problems read the same way every time.
  const order = (field: string | null) => {
    const index = candidateImportFields.indexOf(field as CandidateImportField);
    return index < 0 ? candidateImportFields.length : index;
  };
  errors.sort((left, right) => order(left.field) - order(right.field));
  return { errors, warnings };
}

// ——— Identity across imports ——————————————————————————————————————————————————————————————

/**
 * What makes the same person recognisable when the file is imported again: the external id when a column
 * holds one, else the first e-mail, else a hash of name and phone.
 */
export function importKeyOf(input: ParsedCandidateInput, externalId?: string | null): string {
  const id = externalId?.trim();
  if (id) return `ext:${id}`;
  const email = input.emails[0]?.trim().toLowerCase();
  if (email) return `email:${email}`;
  const phone = (input.phones[0] ?? '').replace(/[^\d+]/g, '');
  const digest = createHash('sha256')
    .update(`${input.name.trim().toLowerCase().replace(/\s+/g, ' ')}|${phone}`)
    .digest('hex');
  return `hash:${digest.slice(0, 32)}`;
}

export type StoredImportIssue = { row: number; field: string | null; message: string };

/** "Row 17, email: Not a valid e-mail address." — row 0 is the file as a whole. */
export function formatIssue(issue: StoredImportIssue): string {
  const where = issue.row > 0 ? `Row ${issue.row}` : 'File';
  return `${where}${issue.field ? `, ${issue.field}` : ''}: ${issue.message}`;
}
