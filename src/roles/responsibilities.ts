import type { Blueprint, ProductStage, Seniority } from './blueprint.ts';

/**
 * A library of day-to-day responsibilities to pick from when writing a role (PRODUCT.md §2), in our own
 * words. Each item says which seniorities it fits; some only fit one product stage or a role that lists
 * certain skills.
 */

export const responsibilityGroups = [
  'apis',
  'data',
  'quality',
  'operations',
  'collaboration',
  'security',
  'architecture',
  'leadership',
] as const;
export type ResponsibilityGroup = (typeof responsibilityGroups)[number];

export type LibraryResponsibility = {
  id: string;
  group: ResponsibilityGroup;
  text: string;
  seniority: readonly Seniority[];
  /** Only suggested at this product stage. */
  stage?: ProductStage;
  /** Only suggested when the role lists (or its stack contains) one of these skill ids. */
  skills?: readonly string[];
};

const all: readonly Seniority[] = ['junior', 'mid', 'senior'];
const midUp: readonly Seniority[] = ['mid', 'senior'];
const seniorOnly: readonly Seniority[] = ['senior'];

export const responsibilityLibrary: readonly LibraryResponsibility[] = [
  // APIs
  {
    id: 'build-apis',
    group: 'apis',
    text: 'Design, build and maintain the APIs our web and mobile apps rely on.',
    seniority: all,
  },
  {
    id: 'third-party-integrations',
    group: 'apis',
    text: 'Connect third-party services such as payments, e-mail and identity providers, and handle their outages gracefully.',
    seniority: midUp,
  },
  {
    id: 'api-docs',
    group: 'apis',
    text: 'Keep API documentation accurate, so other teams can use our endpoints without having to ask.',
    seniority: ['junior', 'mid'],
  },
  {
    id: 'evolve-apis',
    group: 'apis',
    text: 'Change APIs without breaking existing clients: versioning, deprecation notices and clear change notes.',
    seniority: seniorOnly,
  },
  // Data
  {
    id: 'write-data-access',
    group: 'data',
    text: 'Write clear, efficient SQL and data-access code for new features.',
    seniority: ['junior', 'mid'],
  },
  {
    id: 'design-schemas',
    group: 'data',
    text: 'Design database schemas and migrations that keep data correct as the product changes.',
    seniority: midUp,
  },
  {
    id: 'optimise-queries',
    group: 'data',
    text: 'Find and fix slow queries, add the right indexes and keep database load under control.',
    seniority: midUp,
    stage: 'scaling',
  },
  {
    id: 'caching',
    group: 'data',
    text: 'Add caching where it pays off, and make sure cached data never goes stale in ways users notice.',
    seniority: midUp,
    stage: 'scaling',
  },
  {
    id: 'data-pipelines',
    group: 'data',
    text: 'Build and look after the pipelines that move product data into the warehouse for reporting.',
    seniority: midUp,
    skills: ['etl', 'data-warehousing', 'airflow', 'spark', 'dbt', 'kafka'],
  },
  // Quality
  {
    id: 'automated-tests',
    group: 'quality',
    text: 'Write unit and integration tests for the code you ship, and help keep the test suite fast and reliable.',
    seniority: all,
  },
  {
    id: 'code-review',
    group: 'quality',
    text: "Review teammates' code carefully, and take feedback on your own with an open mind.",
    seniority: all,
  },
  {
    id: 'fix-bugs',
    group: 'quality',
    text: 'Reproduce, fix and add a test for bugs reported by users and teammates.',
    seniority: ['junior', 'mid'],
  },
  {
    id: 'testing-strategy',
    group: 'quality',
    text: "Set the testing strategy for new services: what to test, at which level, and what 'done' means.",
    seniority: seniorOnly,
  },
  // Operations
  {
    id: 'troubleshoot-production',
    group: 'operations',
    text: 'Troubleshoot production problems: read the logs and metrics, find the root cause and fix it for good.',
    seniority: midUp,
  },
  {
    id: 'ci-cd',
    group: 'operations',
    text: 'Ship changes through our CI/CD pipeline, and improve it when it slows the team down.',
    seniority: all,
  },
  {
    id: 'observability',
    group: 'operations',
    text: 'Add logging, metrics and alerts so problems show up on a dashboard before customers notice them.',
    seniority: midUp,
  },
  {
    id: 'first-deploy',
    group: 'operations',
    text: 'Set up hosting, deployments and backups for the first version of the product.',
    seniority: seniorOnly,
    stage: 'mvp',
  },
  {
    id: 'performance-under-load',
    group: 'operations',
    text: 'Keep services fast as traffic grows: measure, profile and remove the bottlenecks that matter.',
    seniority: midUp,
    stage: 'scaling',
  },
  {
    id: 'own-on-call',
    group: 'operations',
    text: 'Own the on-call rotation for your services and lead calm, blameless reviews after incidents.',
    seniority: seniorOnly,
  },
  // Collaboration
  {
    id: 'frontend-data-flow',
    group: 'collaboration',
    text: 'Work with frontend engineers on how data flows between the interface and the backend.',
    seniority: all,
  },
  {
    id: 'planning-updates',
    group: 'collaboration',
    text: 'Break work into small deliverables, estimate it honestly and share regular progress updates.',
    seniority: all,
  },
  {
    id: 'explain-trade-offs',
    group: 'collaboration',
    text: 'Explain technical trade-offs in plain words to founders, product managers and other non-engineers.',
    seniority: midUp,
  },
  {
    id: 'shape-features',
    group: 'collaboration',
    text: 'Shape features with product and design, pointing out simpler ways to reach the same goal.',
    seniority: midUp,
  },
  {
    id: 'write-docs',
    group: 'collaboration',
    text: "Write short design notes and runbooks so knowledge doesn't live in one person's head.",
    seniority: all,
  },
  // Security
  {
    id: 'secure-coding',
    group: 'security',
    text: 'Follow secure coding practice: validate input, keep secrets out of code and keep dependencies patched.',
    seniority: all,
  },
  {
    id: 'authentication',
    group: 'security',
    text: 'Build and maintain sign-in and permissions, including OAuth2 flows and token handling.',
    seniority: midUp,
  },
  {
    id: 'protect-data',
    group: 'security',
    text: 'Protect personal and payment data with encryption, access controls and sensible retention.',
    seniority: midUp,
  },
  {
    id: 'security-reviews',
    group: 'security',
    text: 'Run security reviews of new features against the OWASP Top 10 and see the fixes through.',
    seniority: seniorOnly,
  },
  // Architecture
  {
    id: 'design-reviews',
    group: 'architecture',
    text: 'Lead design reviews and write the technical proposals for larger changes.',
    seniority: seniorOnly,
  },
  {
    id: 'stack-decisions',
    group: 'architecture',
    text: 'Choose the stack and architecture for new services, and write down why.',
    seniority: seniorOnly,
  },
  {
    id: 'plan-for-growth',
    group: 'architecture',
    text: 'Plan how the system grows: which parts to split, cache or put behind a queue, and when.',
    seniority: seniorOnly,
    stage: 'scaling',
  },
  {
    id: 'llm-features',
    group: 'architecture',
    text: 'Build dependable features on top of LLM APIs: retries and timeouts, cost limits, and checks on answer quality.',
    seniority: midUp,
    skills: ['llm-apis', 'openai-api', 'rag', 'embeddings', 'vector-databases', 'langchain'],
  },
  // Leadership
  {
    id: 'mentor',
    group: 'leadership',
    text: 'Mentor junior and mid-level engineers through pairing and thoughtful code review.',
    seniority: seniorOnly,
  },
  {
    id: 'onboarding-buddy',
    group: 'leadership',
    text: 'Be the onboarding buddy for new engineers during their first weeks.',
    seniority: midUp,
  },
  {
    id: 'help-hire',
    group: 'leadership',
    text: 'Help us hire: interview candidates and improve our exercises and scorecards.',
    seniority: seniorOnly,
  },
  {
    id: 'technical-debt',
    group: 'leadership',
    text: 'Keep technical debt visible and agree with product when to pay it down.',
    seniority: seniorOnly,
  },
];

function fits(item: LibraryResponsibility, blueprint: Blueprint, roleSkills: ReadonlySet<string>): boolean {
  if (!item.seniority.includes(blueprint.seniority)) return false;
  if (item.stage && item.stage !== blueprint.productStage) return false;
  return !item.skills || item.skills.some((id) => roleSkills.has(id));
}

/**
 * Library items that fit the role and aren't in it yet, taken in turn from each group so the first few
 * cover the whole job; within a group, the ones specific to the role's stage or skills come first.
 */
export function suggestResponsibilities(blueprint: Blueprint, limit = 8): LibraryResponsibility[] {
  const roleSkills = new Set([...blueprint.skills.map((skill) => skill.skill), ...blueprint.existingStack]);
  const chosenIds = new Set(blueprint.responsibilities.map((item) => item.id));
  const chosenTexts = new Set(blueprint.responsibilities.map((item) => item.text.trim().toLowerCase()));
  const isSpecific = (item: LibraryResponsibility) => item.stage !== undefined || item.skills !== undefined;
  const byGroup = responsibilityGroups.map((group) =>
    responsibilityLibrary
      .filter((item) => item.group === group && fits(item, blueprint, roleSkills))
      .filter((item) => !chosenIds.has(item.id) && !chosenTexts.has(item.text.toLowerCase()))
      .sort((a, b) => Number(isSpecific(b)) - Number(isSpecific(a))),
  );
  const suggestions: LibraryResponsibility[] = [];
  for (let round = 0; suggestions.length < limit && byGroup.some((items) => items.length > round); round++) {
    for (const items of byGroup) {
      const item = items[round];
      if (item && suggestions.length < limit) suggestions.push(item);
    }
  }
  return suggestions;
}
