import { Marked } from 'marked';
import { type Blueprint, type EngagementModel, experienceFor, type SkillLevel } from './blueprint.ts';

/** Pure: the job posting generated from a blueprint, its safe HTML, and its schema.org JobPosting. */

export type PostingContext = {
  organisationName: string;
  skillName: (id: string) => string;
};

const seniorityWords = { junior: 'junior', mid: 'mid-level', senior: 'senior' } as const;
const levelWords: Record<SkillLevel, string> = {
  basic: 'working knowledge of',
  working: 'hands-on experience with',
  deep: 'deep expertise in',
};
const engagementWords: Record<EngagementModel, string> = {
  full_time: 'Full-time, permanent',
  contract: 'Contract',
  contract_to_hire: 'Contract-to-hire: a contract first, then a permanent role',
  freelance: 'Freelance',
  managed: 'Through a managed engagement',
};

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    amount,
  );
}

export function formatSalary(salary: NonNullable<Blueprint['salary']>): string {
  const per = { year: 'per year', month: 'per month', week: 'per week', hour: 'per hour' }[salary.period];
  return `${formatMoney(salary.min, salary.currency)} – ${formatMoney(salary.max, salary.currency)} ${per}`;
}

export function workplaceSummary(location: Blueprint['location']): string {
  const place = [location.city, location.region, location.country].filter(Boolean).join(', ');
  const zones = location.timeZones.length ? `; overlapping with ${location.timeZones.join(', ')}` : '';
  if (location.workplace === 'remote') {
    const where = location.remoteEligibility.length ? ` from ${location.remoteEligibility.join(', ')}` : '';
    return `Remote${where}${zones}`;
  }
  const kind = location.workplace === 'hybrid' ? 'Hybrid' : 'On-site';
  return `${kind}${place ? ` in ${place}` : ''}${zones}`;
}

function experienceSentence(blueprint: Blueprint): string {
  const { min, max } = experienceFor(blueprint);
  if (max === null) return `${min}+ years of professional backend experience.`;
  if (min === 0) return `Up to ${max} years of professional experience; we will help you grow.`;
  return `${min}–${max} years of professional backend experience.`;
}

function stageSentence(blueprint: Blueprint): string {
  return blueprint.productStage === 'mvp'
    ? 'We are building the first version of our product, so breadth and speed matter more than deep specialisation.'
    : 'Our product is live and growing, so performance, reliability and security under real production load matter.';
}

const hiringSteps = (blueprint: Blueprint) => [
  'A 30-minute conversation about a system you built: what it does, why it was built that way, what you would change.',
  'A practical exercise that mirrors real work (no algorithm puzzles), reviewed with you afterwards.',
  ...(blueprint.seniority === 'junior'
    ? []
    : ['A system-design conversation: we think through a realistic backend problem together.']),
  'A conversation about how you work with others: feedback, disagreement, ambiguity.',
  'Reference calls, then an offer — we aim to decide within days, not weeks.',
];

export function generatePostingMarkdown(blueprint: Blueprint, context: PostingContext): string {
  const must = blueprint.skills.filter((skill) => skill.requirement === 'must');
  const nice = blueprint.skills.filter((skill) => skill.requirement === 'nice');
  const intro = [
    `${context.organisationName} is hiring a ${seniorityWords[blueprint.seniority]} backend engineer.`,
    stageSentence(blueprint),
    blueprint.teamContext,
  ]
    .filter(Boolean)
    .join(' ');
  const offer = [
    blueprint.salary ? `**Salary:** ${formatSalary(blueprint.salary)}` : null,
    blueprint.offer.equity ? `**Equity:** ${blueprint.offer.equity}` : null,
    blueprint.offer.bonus ? `**Bonus:** ${blueprint.offer.bonus}` : null,
    `**Where:** ${workplaceSummary(blueprint.location)}`,
    `**Engagement:** ${engagementWords[blueprint.engagement]}`,
    ...blueprint.offer.benefits,
  ].filter((line): line is string => line !== null);

  const sections = [
    `# ${blueprint.title}`,
    intro,
    '## What you will do',
    bullets(
      blueprint.responsibilities.length
        ? blueprint.responsibilities.map((item) => item.text)
        : ['Build and maintain the APIs and services behind our product.'],
    ),
    '## What you need',
    bullets([
      experienceSentence(blueprint),
      ...must.map((skill) => capitalise(`${levelWords[skill.level]} ${context.skillName(skill.skill)}`)),
    ]),
    ...(nice.length ? ['## Nice to have', bullets(nice.map((skill) => context.skillName(skill.skill)))] : []),
    '## How you work',
    bullets(
      blueprint.softSkills.length
        ? blueprint.softSkills
        : [
            'You communicate clearly, in writing and out loud.',
            'You can explain technical trade-offs to people who are not engineers.',
            'You break problems down and make progress when things are unclear.',
          ],
    ),
    '## What we offer',
    bullets(offer),
    '## How we hire',
    numbered(hiringSteps(blueprint)),
  ];
  return `${sections.join('\n\n')}\n`;
}

const bullets = (items: string[]) => items.map((item) => `- ${item}`).join('\n');
const numbered = (items: string[]) => items.map((item, index) => `${index + 1}. ${item}`).join('\n');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// Raw HTML in a posting is shown as text: the careers page is public, and a posting must not run scripts.
const markdown = new Marked({ gfm: true, breaks: false });
markdown.use({
  renderer: {
    html: ({ text }) => escapeHtml(text),
    link: ({ href, text }) =>
      /^(https?:|mailto:)/i.test(href)
        ? `<a href="${escapeHtml(href)}" rel="nofollow noopener">${escapeHtml(text)}</a>`
        : escapeHtml(text),
    image: ({ text }) => escapeHtml(text),
  },
});

export function renderPostingHtml(markdownText: string): string {
  return markdown.parse(markdownText, { async: false });
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export const employmentTypes: Record<EngagementModel, string[]> = {
  full_time: ['FULL_TIME'],
  contract: ['CONTRACTOR'],
  contract_to_hire: ['CONTRACTOR', 'FULL_TIME'],
  freelance: ['CONTRACTOR'],
  managed: ['CONTRACTOR'],
};

const salaryUnit = { year: 'YEAR', month: 'MONTH', week: 'WEEK', hour: 'HOUR' } as const;

export type JobForStructuredData = {
  id: string;
  title: string;
  blueprint: Blueprint;
  postingHtml: string;
  openedAt: Date;
  validThrough: string | null;
  url: string;
};

/** schema.org JobPosting with every property search engines require or recommend. */
export function jobPostingJsonLd(
  job: JobForStructuredData,
  organisation: { name: string; url: string },
): Record<string, unknown> {
  const { blueprint } = job;
  const { min } = experienceFor(blueprint);
  const validThrough =
    job.validThrough ?? new Date(job.openedAt.getTime() + 60 * 86_400_000).toISOString().slice(0, 10);
  const address = {
    '@type': 'PostalAddress',
    ...(blueprint.location.city ? { addressLocality: blueprint.location.city } : {}),
    ...(blueprint.location.region ? { addressRegion: blueprint.location.region } : {}),
    ...(blueprint.location.country ? { addressCountry: blueprint.location.country } : {}),
  };
  const remote = blueprint.location.workplace === 'remote';
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: job.title,
    description: job.postingHtml,
    identifier: { '@type': 'PropertyValue', name: organisation.name, value: job.id },
    datePosted: job.openedAt.toISOString().slice(0, 10),
    validThrough: `${validThrough}T23:59:59Z`,
    employmentType: employmentTypes[blueprint.engagement],
    hiringOrganization: { '@type': 'Organization', name: organisation.name, sameAs: organisation.url },
    ...(remote
      ? {
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: (blueprint.location.remoteEligibility.length
            ? blueprint.location.remoteEligibility
            : [blueprint.location.country ?? 'Worldwide']
          ).map((name) => ({ '@type': /^[A-Z]{2}$/.test(name) ? 'Country' : 'AdministrativeArea', name })),
          ...(blueprint.location.country ? { jobLocation: { '@type': 'Place', address } } : {}),
        }
      : { jobLocation: { '@type': 'Place', address } }),
    ...(blueprint.salary
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: blueprint.salary.currency,
            value: {
              '@type': 'QuantitativeValue',
              minValue: blueprint.salary.min,
              maxValue: blueprint.salary.max,
              unitText: salaryUnit[blueprint.salary.period],
            },
          },
        }
      : {}),
    experienceRequirements: {
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: min * 12,
    },
    directApply: true,
    url: job.url,
  };
}
