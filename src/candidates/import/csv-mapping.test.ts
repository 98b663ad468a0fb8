import { describe, expect, it } from 'vitest';
import {
  columnMappingSchema,
  formatIssue,
  headerKey,
  importKeyOf,
  parseLooseNumber,
  rowToCandidateInput,
  suggestMapping,
} from './csv-mapping.ts';

describe('suggestMapping', () => {
  it('reads a LinkedIn-style export: first and last name, current title and company, no notes', () => {
    expect(
      suggestMapping([
        'First Name',
        'Last Name',
        'Headline',
        'Current Company',
        'Current Title',
        'Location',
        'Email',
        'Phone',
        'LinkedIn',
        'Notes',
      ]),
    ).toEqual({
      firstName: 'First Name',
      lastName: 'Last Name',
      email: 'Email',
      phone: 'Phone',
      location: 'Location',
      headline: 'Headline',
      currentTitle: 'Current Title',
      currentCompany: 'Current Company',
      linkedin: 'LinkedIn',
    });
  });

  it('reads an ATS export: full name, "E-mail Address", mobile, city, an ID column', () => {
    expect(
      suggestMapping([
        'ID',
        'Full Name',
        'E-mail Address',
        'Mobile',
        'City',
        'GitHub',
        'Skills',
        'Years of experience',
        'Source',
        'Tags',
        'Notes',
      ]),
    ).toEqual({
      externalId: 'ID',
      name: 'Full Name',
      email: 'E-mail Address',
      phone: 'Mobile',
      location: 'City',
      github: 'GitHub',
      skills: 'Skills',
      totalYears: 'Years of experience',
      source: 'Source',
      tags: 'Tags',
    });
  });

  it('reads snake_case database dumps', () => {
    expect(
      suggestMapping([
        'candidate_id',
        'full_name',
        'email_address',
        'phone_number',
        'linkedin_url',
        'github_url',
        'stackoverflow_url',
        'website',
        'skill_set',
        'yoe',
        'salary',
        'currency',
        'notice_period',
        'source_detail',
      ]),
    ).toEqual({
      externalId: 'candidate_id',
      name: 'full_name',
      email: 'email_address',
      phone: 'phone_number',
      linkedin: 'linkedin_url',
      github: 'github_url',
      stackoverflow: 'stackoverflow_url',
      website: 'website',
      skills: 'skill_set',
      totalYears: 'yoe',
      salaryAmount: 'salary',
      salaryCurrency: 'currency',
      noticePeriodWeeks: 'notice_period',
      sourceDetail: 'source_detail',
    });
  });

  it('prefers the most specific column, uses each column once, and finds words inside longer headers', () => {
    expect(
      suggestMapping(['Name', 'Location', 'City', 'Work E-mail', 'Other Emails', 'Candidate mobile no.']),
    ).toEqual({
      name: 'Name',
      email: 'Work E-mail',
      emails: 'Other Emails',
      location: 'Location',
      phone: 'Candidate mobile no.',
    });
    expect(suggestMapping(['Notes', 'Comments', 'Rating'])).toEqual({});
    expect(headerKey('  Años de Experiência ')).toBe('anosdeexperiencia');
  });
});

const mapping = suggestMapping([
  'ID',
  'Full Name',
  'First Name',
  'Last Name',
  'E-mail Address',
  'Other emails',
  'Mobile',
  'City',
  'GitHub',
  'LinkedIn',
  'Skills',
  'Years of experience',
  'Source',
  'Tags',
  'Salary',
  'Currency',
  'Notice period',
  'Current title',
  'Current company',
]);

describe('rowToCandidateInput', () => {
  it('turns a full row into a validated candidate input', () => {
    const result = rowToCandidateInput(
      {
        ID: 'A-1',
        'Full Name': ' Ada Lovelace ',
        'E-mail Address': 'Ada@Example.org',
        'Other emails': 'ada@work.example; ada@home.example',
        Mobile: '+44 20 7946 0958',
        City: 'London',
        GitHub: 'github.com/ada',
        LinkedIn: 'https://www.linkedin.com/in/ada',
        Skills: 'Go (5 years); PostgreSQL, Kubernetes: 2',
        'Years of experience': '10+ years',
        Source: 'Referral',
        Tags: 'backend; senior',
        Salary: '120.000',
        Currency: 'eur',
        'Notice period': '1 month',
        'Current title': 'Staff Engineer',
        'Current company': 'Analytical Engines',
      },
      mapping,
    );
    expect(result).toEqual({
      input: {
        name: 'Ada Lovelace',
        emails: ['Ada@Example.org', 'ada@work.example', 'ada@home.example'],
        phones: ['+44 20 7946 0958'],
        location: 'London',
        timeZone: null,
        headline: 'Staff Engineer at Analytical Engines',
        links: {
          github: 'github.com/ada',
          linkedin: 'https://www.linkedin.com/in/ada',
          stackoverflow: null,
          website: null,
        },
        skills: [
          { skill: 'Go', years: 5, source: 'import' },
          { skill: 'PostgreSQL', years: null, source: 'import' },
          { skill: 'Kubernetes', years: 2, source: 'import' },
        ],
        experience: [{ title: 'Staff Engineer', company: 'Analytical Engines', start: null, end: null }],
        education: [],
        totalYears: 10,
        salaryExpectation: { amount: 120000, currency: 'EUR', period: 'year' },
        noticePeriodWeeks: 4,
        source: 'referral',
        sourceDetail: null,
        tags: ['backend', 'senior'],
        consent: false,
      },
      warnings: [],
    });
  });

  it('combines first and last name when there is no full name, and defaults the source to import', () => {
    const result = rowToCandidateInput(
      { 'First Name': 'Grace', 'Last Name': 'Hopper', Source: 'Meetup' },
      mapping,
    );
    expect(result).toMatchObject({
      input: { name: 'Grace Hopper', source: 'import', sourceDetail: 'Meetup', emails: [], skills: [] },
      warnings: [],
    });
  });

  it('reports every problem of a row at once, each against its field, quoting the value', () => {
    const result = rowToCandidateInput(
      {
        'Full Name': '',
        'E-mail Address': 'ada@example.org',
        'Other emails': 'bob@',
        'Years of experience': 'lots',
        Tags: 'x'.repeat(41),
        Salary: '90000',
        'Notice period': '80 weeks',
      },
      mapping,
    );
    expect(result).toEqual({
      errors: [
        { field: 'name', message: 'Enter a name.' },
        { field: 'emails', message: 'Not a valid e-mail address: "bob@".' },
        { field: 'totalYears', message: 'Not a number: "lots".' },
        { field: 'tags', message: `Longer than 40 characters: "${'x'.repeat(41)}".` },
        {
          field: 'salaryCurrency',
          message: 'The salary "90000" has no currency: map a currency column or write it like "EUR 90000".',
        },
        { field: 'noticePeriodWeeks', message: 'Must be at most 52: "80 weeks".' },
      ],
      warnings: [],
    });
    const missingLast = rowToCandidateInput({ 'First Name': '' }, { firstName: 'First Name' });
    expect(missingLast).toEqual({ errors: [{ field: 'firstName', message: 'Enter a name.' }], warnings: [] });
  });

  it('leaves out unknown skills and unreadable links with a warning, and keeps the row', () => {
    const result = rowToCandidateInput(
      {
        'Full Name': 'Ken',
        Skills: 'C, Flurbo, Go',
        GitHub: 'not a handle!',
        LinkedIn: 'https://example.com/ken',
      },
      mapping,
    );
    expect(result).toMatchObject({
      input: {
        name: 'Ken',
        skills: [
          { skill: 'C', years: null, source: 'import' },
          { skill: 'Go', years: null, source: 'import' },
        ],
        links: { github: null, linkedin: null },
      },
      warnings: [
        { field: 'skills', message: 'Unknown skill "Flurbo" was left out.' },
        { field: 'github', message: '"not a handle!" is not a GitHub handle or profile URL; left empty.' },
        {
          field: 'linkedin',
          message: '"https://example.com/ken" is not a LinkedIn profile URL (linkedin.com/in/…); left empty.',
        },
      ],
    });
  });

  it('reads the currency from the amount when there is no currency column', () => {
    const result = rowToCandidateInput({ Name: 'Mo', Pay: '£85k' }, { name: 'Name', salaryAmount: 'Pay' });
    expect(result).toMatchObject({
      input: { salaryExpectation: { amount: 85000, currency: 'GBP', period: 'year' } },
    });
  });
});

describe('parseLooseNumber', () => {
  it.each([
    ['5', 5],
    ['5.5', 5.5],
    ['5,5', 5.5],
    ['10+ years', 10],
    ['120,000', 120000],
    ['120.000', 120000],
    ['1.200,50', 1200.5],
    ['1,200.50', 1200.5],
    ['€120k', 120000],
    ['EUR 95 000', 95000],
    ['-3', -3],
    ['lots', null],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(parseLooseNumber(text)).toBe(expected);
  });
});

describe('importKeyOf', () => {
  const base = { name: 'Ada  Lovelace', emails: [], phones: [] } as never as Parameters<
    typeof importKeyOf
  >[0];

  it('uses the external id, else the first e-mail in lower case, else a hash of name and phone', () => {
    expect(importKeyOf({ ...base, emails: ['Ada@Example.org'] }, ' A-1 ')).toBe('ext:A-1');
    expect(importKeyOf({ ...base, emails: ['Ada@Example.org', 'x@y.z'] }, '')).toBe('email:ada@example.org');
    const hashed = importKeyOf({ ...base, phones: ['+44 20 7946 0958'] });
    expect(hashed).toMatch(/^hash:[0-9a-f]{32}$/);
    expect(importKeyOf({ ...base, name: 'ada lovelace', phones: ['+442079460958'] })).toBe(hashed);
    expect(importKeyOf({ ...base, phones: ['+44 20 7946 0959'] })).not.toBe(hashed);
  });
});

describe('columnMappingSchema', () => {
  it('needs a name and names a mistyped field', () => {
    expect(columnMappingSchema.safeParse({ firstName: 'Given', email: 'Mail' }).success).toBe(true);
    expect(
      columnMappingSchema.safeParse({ email: 'Mail' }).error?.issues.map((issue) => issue.message),
    ).toEqual(['Map a column to the name (or to the first and last name).']);
    expect(
      columnMappingSchema
        .safeParse({ name: 'Name', emial: 'Mail' })
        .error?.issues.map((issue) => issue.message),
    ).toEqual([
      'Unknown field "emial"; the fields are name, firstName, lastName, email, emails, phone, location, headline, currentTitle, currentCompany, github, linkedin, stackoverflow, website, skills, totalYears, source, sourceDetail, tags, externalId, salaryAmount, salaryCurrency, noticePeriodWeeks.',
    ]);
  });
});

describe('formatIssue', () => {
  it('names the row and the field', () => {
    expect(formatIssue({ row: 17, field: 'email', message: 'Not a valid e-mail address: "bob@".' })).toBe(
      'Row 17, email: Not a valid e-mail address: "bob@".',
    );
    expect(formatIssue({ row: 0, field: null, message: 'The file is empty.' })).toBe(
      'File: The file is empty.',
    );
  });
});
