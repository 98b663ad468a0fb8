import { describe, expect, it } from 'vitest';
import {
  buildDocx,
  rightAlignedDatesPdf,
  singleColumnPdf,
  twoColumnPdf,
} from '../../../test/fixtures/resumes/build-documents.ts';
import { extractResumeText, parseResume, toCliJson, UnsupportedDocumentError } from './index.ts';

const today = new Date('2026-11-01');

describe('parseResume on real documents', () => {
  it('a single-column PDF with headings in capitals and three date forms', async () => {
    const pdf = await singleColumnPdf([
      { text: 'JANE DOE', size: 22, bold: true },
      { text: 'Senior Backend Engineer', size: 13 },
      { text: 'jane.doe@example.com | +1 (415) 555-0134 | San Francisco, CA' },
      { text: 'github.com/janedoe | linkedin.com/in/janedoe', gapBefore: 2 },
      { text: 'EXPERIENCE', size: 13, bold: true, gapBefore: 12 },
      { text: 'Senior Backend Engineer, Acme Corp', bold: true },
      { text: 'Mar 2019 – Present' },
      { text: '• Designed the payments API in Go and PostgreSQL' },
      { text: 'Backend Developer at Foo Labs', bold: true, gapBefore: 6 },
      { text: '03/2017 - 02/2019' },
      { text: '• Python and Django services' },
      { text: 'Junior Developer, Initech', bold: true, gapBefore: 6 },
      { text: '2015 – 2017' },
      { text: '• PHP' },
      { text: 'EDUCATION', size: 13, bold: true, gapBefore: 12 },
      { text: 'University of Texas at Austin — BSc Computer Science, 2015' },
    ]);
    const parsed = await parseResume(pdf, 'jane.pdf', { today });
    expect(parsed.format).toBe('pdf');
    expect(toCliJson(parsed)).toEqual({
      name: 'Jane Doe',
      emails: ['jane.doe@example.com'],
      phones: ['+14155550134'],
      links: { github: 'janedoe', linkedin: 'janedoe', stackoverflow: null, website: null },
      skills: [
        { skill: 'Go', years: 7.8 },
        { skill: 'PostgreSQL', years: 7.8 },
        { skill: 'PHP', years: 3 },
        { skill: 'Python', years: 2 },
        { skill: 'Django', years: 2 },
      ],
      // Jan 2015 to Nov 2026 without a gap (2015 – 2017 is read as Jan 2015 – Dec 2017).
      totalYears: 11.9,
      experience: [
        { company: 'Acme Corp', title: 'Senior Backend Engineer', start: '2019-03', end: null },
        { company: 'Foo Labs', title: 'Backend Developer', start: '2017-03', end: '2019-02' },
        { company: 'Initech', title: 'Junior Developer', start: '2015-01', end: '2017-12' },
      ],
    });
    expect(parsed.education).toEqual([
      { school: 'University of Texas at Austin', degree: 'BSc Computer Science', end: '2015' },
    ]);
    expect(parsed.warnings).toEqual([
      'Initech: "2015 – 2017" gives years only; read as January 2015 to December 2017.',
    ]);
  });

  it('a two-column PDF: sidebar with contact and skills, main column with experience, drawn interleaved', async () => {
    const pdf = await twoColumnPdf({
      header: [
        { text: 'Zoë Ångström', size: 24, bold: true },
        { text: 'Backend Engineer', size: 12 },
      ],
      sidebar: [
        { text: 'CONTACT', bold: true },
        { text: 'zoe@example.se' },
        { text: '+46 8 123 456 78' },
        { text: 'GitHub', link: 'https://github.com/zoeang' },
        { text: 'Stockholm, Sweden' },
        { text: 'SKILLS', bold: true, gapBefore: 10 },
        { text: 'Go (5 yrs)' },
        { text: 'PostgreSQL, Kafka' },
        { text: 'Kubernetes' },
      ],
      main: [
        { text: 'EXPERIENCE', bold: true, size: 12 },
        { text: 'Senior Backend Engineer, Klarna', bold: true },
        { text: 'Mar 2019 – Present', size: 8 },
        { text: '• Payment APIs in Go and PostgreSQL' },
        { text: '• Event streams on Kafka' },
        { text: 'Backend Developer at Spotify', bold: true, gapBefore: 6 },
        { text: '03/2017 - 02/2019', size: 8 },
        { text: '• Java services on Kubernetes' },
        { text: 'EDUCATION', bold: true, size: 12, gapBefore: 10 },
        { text: 'KTH Royal Institute of Technology' },
        { text: 'MSc Computer Science, 2016' },
      ],
    });
    const { text } = await extractResumeText(pdf, 'cv.pdf');
    // Each column reads top to bottom on its own.
    expect(text).toContain('CONTACT\nzoe@example.se\n+46 8 123 456 78\nGitHub <https://github.com/zoeang>');
    expect(text).toContain(
      'Senior Backend Engineer, Klarna\nMar 2019 – Present\n• Payment APIs in Go and PostgreSQL',
    );

    const parsed = await parseResume(pdf, 'cv.pdf', { today });
    expect(toCliJson(parsed)).toEqual({
      name: 'Zoë Ångström',
      emails: ['zoe@example.se'],
      phones: ['+46812345678'],
      links: { github: 'zoeang', linkedin: null, stackoverflow: null, website: null },
      skills: [
        { skill: 'PostgreSQL', years: 7.8 },
        { skill: 'Apache Kafka', years: 7.8 },
        { skill: 'Go', years: 5 },
        { skill: 'Kubernetes', years: 2 },
        { skill: 'Java', years: 2 },
      ],
      totalYears: 9.8,
      experience: [
        { company: 'Klarna', title: 'Senior Backend Engineer', start: '2019-03', end: null },
        { company: 'Spotify', title: 'Backend Developer', start: '2017-03', end: '2019-02' },
      ],
    });
    expect(parsed.location).toBe('Stockholm, Sweden');
    expect(parsed.education).toEqual([
      { school: 'KTH Royal Institute of Technology', degree: 'MSc Computer Science', end: '2016' },
    ]);
  });

  it('a PDF with dates flush right on the company line (not mistaken for two columns)', async () => {
    // PDF standard fonts only carry Western European letters: the names stay within them.
    const pdf = await rightAlignedDatesPdf([
      { left: 'SØREN ÆRØ', bold: true },
      { left: 'soren@example.dk | +45 32 12 34 56 | København, Denmark' },
      { left: 'PROFESSIONAL EXPERIENCE', bold: true },
      { left: 'Trustpilot', right: 'Jan. 2020 — Now', bold: true },
      { left: 'Staff Engineer', right: 'Aarhus, Denmark' },
      { left: '• Kotlin services and Kafka' },
      { left: 'Unity Technologies', right: 'Sep 2016 – Dec 2019', bold: true },
      { left: 'Software Engineer', right: 'København, Denmark' },
      { left: '• Java and Kubernetes' },
    ]);
    const { text } = await extractResumeText(pdf, 'cv.pdf');
    expect(text).toContain('Trustpilot\tJan. 2020 — Now\nStaff Engineer\tAarhus, Denmark');
    const parsed = await parseResume(pdf, 'cv.pdf', { today });
    expect(parsed).toMatchObject({
      name: 'Søren Ærø',
      phones: ['+4532123456'],
      location: 'København, Denmark',
      experience: [
        { company: 'Trustpilot', title: 'Staff Engineer', start: '2020-01', end: null },
        { company: 'Unity Technologies', title: 'Software Engineer', start: '2016-09', end: '2019-12' },
      ],
      // 83 months at Trustpilot + 40 at Unity = 123 months.
      totalYears: 10.3,
    });
  });

  it('a DOCX with headings, an experience table, bullets and a linked "LinkedIn"', async () => {
    const docx = await buildDocx([
      { title: 'José Núñez' },
      {
        paragraph: 'jose@example.es · +34 612 34 56 78 · ',
        link: { text: 'LinkedIn', url: 'https://www.linkedin.com/in/josenunez/' },
      },
      { heading: 'Professional Experience' },
      {
        table: [
          ['Company', 'Role', 'Dates'],
          ['Cabify', 'Senior Backend Engineer', 'Mar 2019 – Present'],
          ['Glovo', 'Backend Developer', '03/2017 - 02/2019'],
          ['Tuenti', 'Intern', 'Jun – Aug 2016'],
        ],
      },
      { heading: 'Projects' },
      { bullet: 'Open-source Ruby on Rails gem for PostgreSQL partitioning (2018 – 2020)' },
      { heading: 'Skills' },
      { paragraph: 'Ruby (8 years), Elixir, PostgreSQL' },
    ]);
    const parsed = await parseResume(docx, 'cv.docx', { today });
    expect(parsed.format).toBe('docx');
    expect(toCliJson(parsed)).toEqual({
      name: 'José Núñez',
      emails: ['jose@example.es'],
      phones: ['+34612345678'],
      links: { github: null, linkedin: 'josenunez', stackoverflow: null, website: null },
      // Project dates are not job dates: Rails and PostgreSQL get no years from the 2018 – 2020 gem.
      skills: [
        { skill: 'Ruby', years: 8 },
        { skill: 'PostgreSQL', years: null },
        { skill: 'Ruby on Rails', years: null },
        { skill: 'Elixir', years: null },
      ],
      // Jun – Aug 2016 (3 months) + Mar 2017 to Nov 2026 (117 months).
      totalYears: 10,
      experience: [
        { company: 'Cabify', title: 'Senior Backend Engineer', start: '2019-03', end: null },
        { company: 'Glovo', title: 'Backend Developer', start: '2017-03', end: '2019-02' },
        { company: 'Tuenti', title: 'Intern', start: '2016-06', end: '2016-08' },
      ],
    });
  });

  it('a DOCX laid out as a two-cell table (sidebar and main column)', async () => {
    const docx = await buildDocx([
      {
        table: [
          [
            'NGUYỄN VĂN AN\nan.nguyen@example.vn\n+84 912 345 678\nSKILLS\nNode.js, MongoDB',
            'EXPERIENCE\nFPT Software — Backend Developer\nJan 2020 – Present\nTiki | Junior Developer\nAug 2018 – Dec 2019',
          ],
        ],
      },
    ]);
    const parsed = await parseResume(docx, 'cv.docx', { today });
    expect(parsed).toMatchObject({
      name: 'Nguyễn Văn An',
      emails: ['an.nguyen@example.vn'],
      phones: ['+84912345678'],
      experience: [
        { company: 'FPT Software', title: 'Backend Developer', start: '2020-01', end: null },
        { company: 'Tiki', title: 'Junior Developer', start: '2018-08', end: '2019-12' },
      ],
      totalYears: 8.3,
    });
  });

  it('a two-page PDF whose experience continues on the second page', async () => {
    const filler = Array.from({ length: 40 }, (_, index) => ({
      text: `• Shipped feature ${index + 1} with Go`,
    }));
    const pdf = await singleColumnPdf([
      { text: 'Marcus Brown', size: 20, bold: true },
      { text: 'marcus@brown.io · +1 312 555 0110' },
      { text: 'EXPERIENCE', bold: true, gapBefore: 10 },
      { text: 'Staff Engineer at Globex' },
      { text: 'Jan 2018 – Dec 2021' },
      ...filler,
      { text: 'Consultant at Brown Software LLC' },
      { text: 'Jun 2019 – Jun 2023' },
      ...filler.slice(0, 20),
      { text: 'Engineering Manager at Hooli' },
      { text: 'Jan 2022 – Present' },
    ]);
    const parsed = await parseResume(pdf, 'cv.pdf', { today });
    expect(parsed.experience.map(({ company, start, end }) => [company, start, end])).toEqual([
      ['Globex', '2018-01', '2021-12'],
      ['Brown Software LLC', '2019-06', '2023-06'],
      ['Hooli', '2022-01', null],
    ]);
    expect(parsed.totalYears).toBe(8.9);
  });

  it('a plain-text résumé', async () => {
    const text = [
      'Olivia Martin',
      'olivia@example.fr',
      '',
      'Experience',
      'Doctolib — Backend Engineer',
      'since 2020',
    ].join('\n');
    const parsed = await parseResume(Buffer.from(text), 'cv.txt', { today });
    expect(parsed).toMatchObject({
      format: 'text',
      name: 'Olivia Martin',
      experience: [{ company: 'Doctolib', title: 'Backend Engineer', start: '2020-01', end: null }],
      totalYears: 6.9,
    });
  });

  it('refuses what is not a résumé document', async () => {
    await expect(parseResume(Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]), 'cv.txt')).rejects.toBeInstanceOf(
      UnsupportedDocumentError,
    );
  });
});

describe('toCliJson', () => {
  it('prints exactly the CLI shape, in its key order', async () => {
    const parsed = await parseResume(
      Buffer.from('Jane Doe\nEXPERIENCE\nEngineer, Acme — 2020 – 2021\nSKILLS\nPostgres'),
      'cv.txt',
      {
        today,
      },
    );
    expect(JSON.stringify(toCliJson(parsed))).toBe(
      JSON.stringify({
        name: 'Jane Doe',
        emails: [],
        phones: [],
        links: { github: null, linkedin: null, stackoverflow: null, website: null },
        skills: [{ skill: 'PostgreSQL', years: null }],
        totalYears: 2,
        experience: [{ company: 'Acme', title: 'Engineer', start: '2020-01', end: '2021-12' }],
      }),
    );
  });
});
