import { describe, expect, it } from 'vitest';
import { blueprintSchema } from './blueprint.ts';
import { generatePostingMarkdown, jobPostingJsonLd, renderPostingHtml } from './job-posting.ts';
import { roleTemplates } from './templates.ts';

const template = roleTemplates[0]!;
const context = { organisationName: 'Acme', skillName: (id: string) => id.toUpperCase() };

describe('job posting', () => {
  it('has the day-to-day work, the skills, the soft skills and the offer', () => {
    const markdown = generatePostingMarkdown(template.blueprint, context);
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## What you will do',
      '## What you need',
      '## Nice to have',
      '## How you work',
      '## What we offer',
      '## How we hire',
    ]);
    for (const responsibility of template.blueprint.responsibilities)
      expect(markdown).toContain(responsibility.text);
    const mustHave = template.blueprint.skills.find((skill) => skill.requirement === 'must')!;
    expect(markdown).toContain(mustHave.skill.toUpperCase());
    expect(markdown).toMatch(/\*\*Salary:\*\* \$[\d,]+ – \$[\d,]+ per year/);
  });

  it('leaves out the system-design step for a junior role', () => {
    const junior = blueprintSchema.parse({ ...template.blueprint, seniority: 'junior' });
    expect(generatePostingMarkdown(junior, context)).not.toContain('system-design');
    expect(generatePostingMarkdown(template.blueprint, context)).toContain('system-design');
  });

  it('renders raw HTML and script links as harmless text', () => {
    const html = renderPostingHtml(
      '# Hi\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) [ok](https://acme.example) <img src=x onerror=alert(1)>',
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://acme.example" rel="nofollow noopener">ok</a>');
  });

  it('describes an on-site contract-to-hire role with its address', () => {
    const blueprint = blueprintSchema.parse({
      ...template.blueprint,
      engagement: 'contract_to_hire',
      location: { workplace: 'onsite', city: 'Denver', region: 'CO', country: 'US' },
      salary: { currency: 'USD', min: 70, max: 95, period: 'hour' },
    });
    const data = jobPostingJsonLd(
      {
        id: 'job-1',
        title: 'Backend engineer',
        blueprint,
        postingHtml: '<p>x</p>',
        openedAt: new Date('2026-11-02T10:00:00Z'),
        validThrough: null,
        url: 'https://acme.example/careers/acme/jobs/backend',
      },
      { name: 'Acme', url: 'https://acme.example' },
    );
    expect(data.employmentType).toEqual(['CONTRACTOR', 'FULL_TIME']);
    expect(data.jobLocation).toEqual({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: 'Denver',
        addressRegion: 'CO',
        addressCountry: 'US',
      },
    });
    expect(data).not.toHaveProperty('jobLocationType');
    expect(data.datePosted).toBe('2026-11-02');
    expect(data.validThrough).toBe('2027-01-01T23:59:59Z');
    expect(data.baseSalary).toMatchObject({ value: { minValue: 70, maxValue: 95, unitText: 'HOUR' } });
  });
});
