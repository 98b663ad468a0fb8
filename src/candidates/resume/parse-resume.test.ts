import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ParsedResume, type ParseResumeOptions, parseResumeText } from './parse-resume.ts';

const today = new Date('2026-11-01');

function fixture(name: string): string {
  return readFileSync(new URL(`../../../test/fixtures/resumes/${name}`, import.meta.url), 'utf8');
}

function parse(text: string, options: ParseResumeOptions = {}): ParsedResume {
  return parseResumeText(text, { today, ...options });
}

const noLinks = { github: null, linkedin: null, stackoverflow: null, website: null };

function yearsOf(parsed: ParsedResume): Record<string, number | null> {
  return Object.fromEntries(parsed.skills.map((skill) => [skill.skill, skill.years]));
}

describe('parseResumeText on varied résumés', () => {
  it('a US résumé: ALL-CAPS name and headings, title/company/dates on one line', () => {
    const parsed = parse(fixture('us-classic.txt'));
    expect(parsed).toMatchObject({
      name: 'Jane Doe',
      emails: ['jane.doe@example.com'],
      phones: ['+14155550134', '+14155550199'],
      links: {
        github: 'janedoe',
        linkedin: 'jane-doe-42',
        stackoverflow: null,
        website: 'https://janedoe.dev/',
      },
      location: 'San Francisco, CA 94103',
      totalYears: 11.5,
      experience: [
        { company: 'Acme Corp', title: 'Senior Backend Engineer', start: '2019-03', end: null },
        { company: 'Foo Labs', title: 'Backend Developer', start: '2017-03', end: '2019-02' },
        { company: 'Initech, Inc.', title: 'Software Engineer', start: '2015-06', end: '2017-02' },
      ],
      education: [
        { school: 'University of California, Berkeley', degree: 'B.S. Computer Science', end: '2015' },
      ],
      warnings: [],
    });
    expect(yearsOf(parsed)).toMatchObject({
      go: 7.8,
      postgresql: 9.5,
      python: 2,
      docker: null,
      terraform: null,
    });
    expect(parsed.skills.find((skill) => skill.skill === 'postgresql')?.name).toBe('PostgreSQL');
  });

  it('a UK CV: "CURRICULUM VITAE" first, Dr./PhD around the name, national numbers with a GB hint', () => {
    const parsed = parse(fixture('uk-cv.txt'), { defaultCountry: 'GB' });
    expect(parsed).toMatchObject({
      name: 'Amelia Hart',
      emails: ['amelia.hart@example.co.uk'],
      phones: ['+442079460958', '+447700900123'],
      links: { ...noLinks, stackoverflow: '22656' },
      location: 'London, UK',
      totalYears: 9.8,
      experience: [
        { company: 'Monzo', title: 'Platform Engineer', start: '2021-01', end: null },
        { company: 'Deliveroo', title: 'Backend Developer', start: '2017-03', end: '2020-12' },
      ],
      education: [{ school: 'University of Cambridge', degree: 'PhD Computer Science', end: '2016' }],
    });
  });

  it('a European résumé: Polish name, German numbers (+49 and 0049), ISO dates, "since", years only', () => {
    const parsed = parse(fixture('eu-engineer.txt'));
    expect(parsed).toMatchObject({
      name: 'Łukasz Żółć',
      phones: ['+4930901820', '+4915123456789'],
      links: { ...noLinks, github: 'lzolc' },
      location: 'Berlin, Germany',
      experience: [
        { company: 'Zalando SE', title: 'Senior Software Engineer', start: '2019-03', end: '2021-11' },
        { company: 'N26 GmbH', title: 'Staff Engineer', start: '2021-01', end: null },
        { company: null, title: 'Freelance Developer', start: '2014-01', end: '2016-12' },
      ],
      // 2014–2016 (36 months) + Mar 2019 to Nov 2026 (93 months; Zalando and N26 overlap in 2021).
      totalYears: 10.8,
      education: [{ school: 'Politechnika Wrocławska', degree: 'MSc Computer Science', end: '2014' }],
      warnings: [
        'N26 GmbH: "since 2021" gives no start month; read as from January 2021.',
        'Freelance Developer: "2014 – 2016" gives years only; read as January 2014 to December 2016.',
      ],
    });
  });

  it('a LinkedIn export: sidebar first, durations after dates, two roles at one company', () => {
    const parsed = parse(fixture('linkedin-export.txt'));
    expect(parsed).toMatchObject({
      name: 'Priya Raman',
      emails: ['priya.raman@example.in'],
      phones: [],
      links: { ...noLinks, linkedin: 'priya-raman' },
      location: 'Bengaluru, Karnataka, India',
      totalYears: 8.9,
      experience: [
        { company: 'Swiggy', title: 'Data Engineer', start: '2021-03', end: null },
        { company: 'Flipkart', title: 'Senior Software Engineer', start: '2020-01', end: '2021-02' },
        { company: 'Flipkart', title: 'Software Engineer', start: '2018-01', end: '2019-12' },
      ],
      education: [
        { school: 'Indian Institute of Technology, Madras', degree: 'Bachelor of Technology', end: '2017' },
      ],
    });
    expect(yearsOf(parsed)).toMatchObject({ spark: 5.8, airflow: 5.8, python: 2 });
  });

  it('a résumé without a name line returns a null name, not the job title', () => {
    const parsed = parse(fixture('no-name.txt'));
    expect(parsed).toMatchObject({
      name: null,
      emails: ['backend.dev@example.com'],
      phones: ['+12125550187'],
      experience: [{ company: 'Stripe', title: 'Payments Platform Engineer', start: '2020-03', end: null }],
      totalYears: 6.8,
      education: [{ school: 'State University', degree: 'BSc Computer Science', end: '2019' }],
      warnings: ["The candidate's name could not be found."],
    });
  });

  it('a Chinese name in Han characters', () => {
    expect(parse(fixture('chinese.txt'))).toMatchObject({
      name: '王小明',
      phones: ['+8613800138000'],
      location: 'Shanghai, China',
      totalYears: 10.4,
      experience: [
        { company: 'Alibaba Group', title: 'Senior Java Engineer', start: '2018-07', end: null },
        { company: 'ByteDance', title: 'Backend Engineer', start: '2016-07', end: '2018-06' },
      ],
      education: [{ school: 'Fudan University', degree: 'B.Eng. Software Engineering', end: '2016' }],
    });
  });

  it('a Vietnamese name, "Employment History", "Jan. 2020 — Now"', () => {
    expect(parse(fixture('vietnamese.txt'))).toMatchObject({
      name: 'Nguyễn Văn An',
      phones: ['+84912345678'],
      location: 'Hanoi, Vietnam',
      totalYears: 8.3,
      experience: [
        { company: 'FPT Software', title: 'Backend Developer', start: '2020-01', end: null },
        { company: 'Viettel', title: 'Junior Developer', start: '2018-08', end: '2019-12' },
      ],
    });
  });

  it('counts overlapping jobs once in totalYears', () => {
    const parsed = parse(fixture('overlapping.txt'));
    expect(parsed.experience).toEqual([
      { company: 'Globex', title: 'Staff Engineer', start: '2018-01', end: '2021-12' },
      { company: 'Brown Software LLC', title: 'Independent Consultant', start: '2019-06', end: '2023-06' },
      { company: 'Hooli', title: 'Engineering Manager', start: '2022-01', end: null },
    ]);
    // Jan 2018 to Nov 2026 without a gap: 107 months, not the 156 the three jobs add up to.
    expect(parsed.totalYears).toBe(8.9);
    // No country hint: the home town (Chicago, IL) says how to read the national number.
    expect(parsed.phones).toEqual(['+13125550110']);
  });

  it('dates first, then "Title at Company" on the next line', () => {
    expect(parse(fixture('dates-first.txt'))).toMatchObject({
      name: 'Sofia Rossi',
      phones: ['+390212345678'],
      totalYears: 8.8,
      experience: [
        { company: 'Bending Spoons', title: 'Site Reliability Engineer', start: '2021-09', end: null },
        { company: 'Satispay', title: 'DevOps Engineer', start: '2018-02', end: '2021-08' },
      ],
    });
  });

  it('one company line, then several roles with their own dates', () => {
    expect(parse(fixture('company-groups.txt'))).toMatchObject({
      name: 'Daniel Kim',
      location: 'Seattle, WA',
      totalYears: 13.4,
      experience: [
        { company: 'Amazon Web Services', title: 'Principal Engineer', start: '2021-01', end: null },
        {
          company: 'Amazon Web Services',
          title: 'Senior Software Development Engineer',
          start: '2017-03',
          end: '2020-12',
        },
        { company: 'Microsoft', title: 'Software Engineer II', start: '2013-07', end: '2017-02' },
      ],
    });
  });

  it('stated years win over estimates; the more specific statement wins', () => {
    const parsed = parse(fixture('skills-years.txt'));
    expect(yearsOf(parsed)).toMatchObject({
      python: 6, // "Python (6 yrs)" beats the summary's "5+ years of Python"
      go: 3, // "Go – 3 years"
      postgresql: 4, // "PostgreSQL: 4 years"
      kubernetes: 3, // "3 years of experience with Kubernetes"
      redis: 5.7, // not stated: the Swvl job (Apr 2021 – now) mentions it
      docker: null, // listed, never stated, in no job
    });
    const order = parsed.skills.map((skill) => skill.skill);
    expect(order.slice(0, 2)).toEqual(['python', 'redis']);
    expect(order.at(-1)).toBe('docker');
  });

  it('a freelancer: labelled links, "since 2021", a short internship "Jun – Aug 2018"', () => {
    const parsed = parse(fixture('freelancer.txt'));
    expect(parsed).toMatchObject({
      name: 'José Núñez',
      emails: ['jose@nunez.dev'],
      phones: ['+34612345678'],
      links: { github: 'jnunez', linkedin: null, stackoverflow: '1234567', website: 'https://nunez.dev/' },
      location: 'Madrid, Spain',
      experience: [
        { company: null, title: 'Freelance Backend Developer', start: '2021-01', end: null },
        { company: 'Cabify', title: 'Backend Engineer', start: '2018-06', end: '2018-08' },
        { company: 'Cabify', title: 'Backend Engineer', start: '2019-01', end: '2020-12' },
      ],
      totalYears: 8.2,
      education: [
        {
          school: 'Universidad Politécnica de Madrid',
          degree: 'Grado en Ingeniería Informática',
          end: '2018',
        },
      ],
    });
  });

  it('without any section heading, reads jobs from dated lines and says so', () => {
    const parsed = parse(fixture('no-headings.txt'));
    expect(parsed).toMatchObject({
      name: 'Olivia Martin',
      phones: ['+33612345678'],
      totalYears: 8,
      experience: [
        { company: 'Doctolib', title: 'Backend Engineer', start: '2020-01', end: '2024-12' },
        { company: 'Criteo', title: 'Software Developer', start: '2017-01', end: '2020-12' },
      ],
    });
    expect(parsed.warnings[0]).toBe(
      'No experience section heading was found, so jobs were read from dates anywhere in the résumé.',
    );
  });
});

describe('names', () => {
  it.each([
    ['JANE DOE\nBackend Engineer', 'Jane Doe'],
    ['Dr. José Núñez, PhD\njose@example.com', 'José Núñez'],
    ['CURRICULUM VITAE\n\nZoë Ångström\nStockholm, Sweden', 'Zoë Ångström'],
    ['RESUME\nMARY-JANE O’CONNOR', 'Mary-Jane O’Connor'],
    ['Name: Ana Lima\nPorto, Portugal', 'Ana Lima'],
    ['Ludwig van Beethoven | Composer', 'Ludwig van Beethoven'],
    ['JOHN Q. PUBLIC JR.\njohn@public.com', 'John Q. Public Jr.'],
    ['Jean DUPONT\nDéveloppeur backend', 'Jean Dupont'],
    ['山田 太郎\nBackend Engineer', '山田 太郎'],
    ['Łukasz Żółć — Senior Software Engineer', 'Łukasz Żółć'],
    ['JACK MA\nHangzhou, China', 'Jack Ma'],
    ['Alex Kim (they/them)\nBackend Engineer', 'Alex Kim'],
    ['Robert “Bob” Smith\nbob@example.com', 'Robert Smith'],
    ['Eng Wei Ming, MS\nSingapore', 'Eng Wei Ming'],
  ])('%j → %s', (text, name) => {
    expect(parse(text).name).toBe(name);
  });

  it.each([
    ['Senior Backend Engineer\nbackend@example.com\nEXPERIENCE\nAcme Corp'],
    ['San Francisco, CA\n+1 415 555 0134'],
    ['Python, Go, Kubernetes\nAmazon Web Services'],
    ['EXPERIENCE\nJane Doe worked here'],
    ['jane@example.com | +1 415 555 0134'],
    [''],
  ])('finds no name in %j', (text) => {
    expect(parse(text).name).toBeNull();
  });
});

describe('phones', () => {
  it('reads the formats people write, in E.164', () => {
    const text = [
      'Jane Doe',
      '+1 (415) 555-0134 · +44 20 7946 0958 · +49 30 901820 · 0049 30 901821',
      'Mobile: +33 6 12 34 56 78',
    ].join('\n');
    expect(parse(text).phones).toEqual([
      '+14155550134',
      '+442079460958',
      '+4930901820',
      '+4930901821',
      '+33612345678',
    ]);
  });

  it('resolves national numbers with the country hint, keeps them as written without one', () => {
    expect(parse('Jane Doe\nTel: 020 7946 0958', { defaultCountry: 'GB' }).phones).toEqual(['+442079460958']);
    expect(parse('Jane Doe\n415.555.0134', { defaultCountry: 'US' }).phones).toEqual(['+14155550134']);
    expect(parse('Jane Doe\nTel: 020 7946 0958').phones).toEqual(['020 7946 0958']);
    expect(parse('Jane Doe\n(415) 555-0134').phones).toEqual(['(415) 555-0134']);
  });

  it('never mistakes dates, year ranges, postcodes or fax numbers for phones', () => {
    const text = [
      'Jane Doe',
      'San Francisco, CA 94103 · Austin, TX 78701-1234',
      'EXPERIENCE',
      'Acme Corp | 03/2017 - 02/2019',
      'Initech 2019 – 2021',
      'Globex 2015-2017 and 2012 2014',
      'Fax: +1 415 555 0135',
    ].join('\n');
    expect(parse(text, { defaultCountry: 'US' }).phones).toEqual([]);
  });

  it('deduplicates the same number written twice', () => {
    expect(
      parse('Jane Doe\n+1 415 555 0134\nPhone: (415) 555-0134', { defaultCountry: 'US' }).phones,
    ).toEqual(['+14155550134']);
  });
});

describe('e-mails and links', () => {
  it('finds every address once, lower-cased', () => {
    const text = 'Jane Doe\nJane.Doe@Example.com, jane@work.io\nmailto:jane.doe@example.com';
    expect(parse(text).emails).toEqual(['jane.doe@example.com', 'jane@work.io']);
  });

  it('takes the personal website, not profiles, e-mail domains or employers', () => {
    const text = [
      'Jane Doe',
      'jane@janedoe.com · https://github.com/jdoe/dotfiles · https://www.linkedin.com/in/jane-doe/',
      'janedoe.com · https://stackoverflow.com/users/22656/jane · blog: https://jane.codes',
      'EXPERIENCE',
      'Backend Engineer, Booking.com — 2019 – 2021',
    ].join('\n');
    expect(parse(text).links).toEqual({
      github: 'jdoe',
      linkedin: 'jane-doe',
      stackoverflow: '22656',
      website: 'https://jane.codes/',
    });
  });

  it('does not read skills like Node.js or ASP.NET as web addresses', () => {
    expect(parse('Jane Doe\nNode.js, ASP.NET, Socket.io, Vue.js').links).toEqual(noLinks);
  });
});

describe('experience line forms', () => {
  it.each([
    ['Senior Engineer, Acme Corp  Mar 2019 – Present', 'Acme Corp', 'Senior Engineer'],
    ['Senior Engineer at Acme — Mar 2019 – Present', 'Acme', 'Senior Engineer'],
    ['Acme Corp — Senior Engineer — Mar 2019 – Present', 'Acme Corp', 'Senior Engineer'],
    ['Acme | Backend Developer | Mar 2019 – Present', 'Acme', 'Backend Developer'],
    ['Backend Developer @ Acme (Mar 2019 – Present)', 'Acme', 'Backend Developer'],
    ['Mar 2019 – Present\tAcme GmbH\tTech Lead', 'Acme GmbH', 'Tech Lead'],
    ['Acme Corp, Berlin, Germany\nSenior Engineer\nMar 2019 – Present', 'Acme Corp', 'Senior Engineer'],
    ['Senior Engineer\nAcme Corp | Remote\nMar 2019 – Present', 'Acme Corp', 'Senior Engineer'],
    ['Acme Corp\tMar 2019 – Present\nSenior Engineer\tAustin, TX', 'Acme Corp', 'Senior Engineer'],
  ])('%j', (lines, company, title) => {
    const parsed = parse(`Jane Doe\n\nWORK EXPERIENCE\n${lines}\n• Built things`);
    expect(parsed.experience).toEqual([{ company, title, start: '2019-03', end: null }]);
  });

  it('accepts the heading in capitals or title case, with or without a colon', () => {
    for (const heading of [
      'EXPERIENCE',
      'Work History:',
      'Professional Experience',
      'EMPLOYMENT',
      'E X P E R I E N C E',
    ]) {
      const parsed = parse(`Jane Doe\n${heading}\nBackend Engineer, Acme\n2020 – 2022`);
      expect(parsed.experience).toEqual([
        { company: 'Acme', title: 'Backend Engineer', start: '2020-01', end: '2022-12' },
      ]);
    }
  });

  it('reads "Technologies:" inside a job as part of the job, not as a new section', () => {
    const text = [
      'Jane Doe',
      'Experience',
      'Senior Engineer, Acme — Mar 2019 – Present',
      'Technologies:',
      'Go, PostgreSQL',
      'Backend Developer, Foo — 2017 – 2019',
      'Skills',
      'Python',
    ].join('\n');
    expect(parse(text).experience).toEqual([
      { company: 'Acme', title: 'Senior Engineer', start: '2019-03', end: null },
      { company: 'Foo', title: 'Backend Developer', start: '2017-01', end: '2019-12' },
    ]);
  });

  it('leaves education, project and volunteering dates out of the experience', () => {
    const text = [
      'Jane Doe',
      'EXPERIENCE',
      'Backend Engineer, Acme — Jan 2022 – Present',
      'PROJECTS',
      'Kafka connector (2018 – 2019)',
      'Volunteer Experience',
      'Mentor at Code Club — 2015 – 2020',
      'EDUCATION',
      'MIT — BSc Computer Science, 2014 – 2018',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.experience).toEqual([
      { company: 'Acme', title: 'Backend Engineer', start: '2022-01', end: null },
    ]);
    expect(parsed.totalYears).toBe(4.9);
    expect(parsed.education).toEqual([{ school: 'MIT', degree: 'BSc Computer Science', end: '2018' }]);
  });

  it('reads a lone date under a job title as a short job, but not a number in a sentence', () => {
    const text = [
      'Jane Doe',
      'EXPERIENCE',
      'Summer Intern, Google (Zürich) — Jun 2018',
      'Processed 2000 orders a day',
      'Engineer of the Year 2019',
      'Research Assistant | ETH Zürich | 2017',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.experience).toEqual([
      { company: 'Google', title: 'Summer Intern', start: '2018-06', end: '2018-06' },
      { company: 'ETH Zürich', title: 'Research Assistant', start: '2017-01', end: '2017-12' },
    ]);
    expect(parsed.totalYears).toBe(1.1);
    expect(parsed.warnings).toEqual([
      'ETH Zürich: "2017" gives years only; read as January 2017 to December 2017.',
    ]);
  });

  it('drops jobs that start in the future or end before they start, with a warning', () => {
    const parsed = parse(
      'Jane Doe\nEXPERIENCE\nEngineer, Acme — Mar 2027 – Present\nEngineer, Foo — 2021 – 2019',
    );
    expect(parsed.experience).toEqual([]);
    expect(parsed.totalYears).toBeNull();
    expect(parsed.warnings).toEqual([
      'Acme: the start date "Mar 2027 – Present" is in the future, so the job was left out.',
      'Foo: "2021 – 2019" ends before it starts, so the job was left out.',
    ]);
  });
});

describe('skills', () => {
  it('states years in the forms people write', () => {
    const text = [
      'Jane Doe',
      'SKILLS',
      'Python (6 yrs) · Go – 3 years · Rust: 2 years · Kotlin, 4 yrs',
      'SUMMARY',
      '5+ years of Java and 2 years with PostgreSQL.',
    ].join('\n');
    expect(yearsOf(parse(text))).toEqual({ python: 6, go: 3, rust: 2, kotlin: 4, java: 5, postgresql: 2 });
  });

  it('uses canonical ids and names', () => {
    const parsed = parse('Jane Doe\nSKILLS\nPostgres, k8s, Node, Golang');
    expect(parsed.skills.map(({ skill, name }) => [skill, name])).toEqual([
      ['postgresql', 'PostgreSQL'],
      ['kubernetes', 'Kubernetes'],
      ['nodejs', 'Node.js'],
      ['go', 'Go'],
    ]);
  });

  it('does not read the name as a skill', () => {
    const parsed = parse('Ruby Chen\nruby.chen@example.com\nSKILLS\nGo');
    expect(parsed.name).toBe('Ruby Chen');
    expect(parsed.skills.map((skill) => skill.skill)).toEqual(['go']);
  });

  it('does not count profile links as skills', () => {
    const parsed = parse('Jane Doe\nGitHub: github.com/jdoe · LinkedIn · https://jdoe.dev\nSKILLS\nPython');
    expect(parsed.skills.map((skill) => skill.skill)).toEqual(['python']);
  });
});

describe('hostile text', () => {
  it('reads only the beginning of a huge text, and quickly', () => {
    const huge = `Jane Doe\njane@example.com\n${'Lorem ipsum dolor sit amet 2019 – 2021 +1 415 555 0134. '.repeat(100_000)}`;
    const parsed = parse(huge);
    expect(parsed.name).toBe('Jane Doe');
    expect(parsed.emails).toEqual(['jane@example.com']);
    expect(parsed.warnings[0]).toBe('The text is very long; only its first 200,000 characters were read.');
  });

  it('gets through text built to make regular expressions backtrack', () => {
    // Each of these once took seconds; the test timeout catches a regression.
    for (const text of [
      `x@${'a.'.repeat(100_000)}`,
      '5 years of '.repeat(20_000),
      `**${'a'.repeat(199_000)}`,
    ]) {
      expect(parse(text)).toMatchObject({ name: null, emails: [], skills: [], experience: [] });
    }
  });

  it('survives text with no lines, control characters or only punctuation', () => {
    for (const text of ['\u0000\u0001\u0002', '—————', '\n\n\n', '• • •\n| | |']) {
      expect(parse(text)).toMatchObject({
        name: null,
        emails: [],
        phones: [],
        experience: [],
        totalYears: null,
      });
    }
  });
});
