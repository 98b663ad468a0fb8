import type {
  Blueprint,
  EngagementModel,
  ProductStage,
  ResponsibilityGroup,
  Seniority,
  SkillCategory,
  SkillLevel,
  TechnicalDirection,
} from './hiring-domain';
import { seniorityYears } from './hiring-domain';

// Plain words for the blueprint's choices, shared by every screen that shows a blueprint.

type Option<Value extends string> = { value: Value; label: string; description: string };

export const productStageOptions: Option<ProductStage>[] = [
  {
    value: 'mvp',
    label: 'Pre-launch / MVP',
    description:
      'Building the first version: breadth and speed matter — one main language, a database and a simple cloud setup.',
  },
  {
    value: 'scaling',
    label: 'Live and scaling',
    description: 'Real users and growing: depth matters — performance, security and real production load.',
  },
];

export const seniorityLabels: Record<Seniority, string> = {
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
};

const seniorityMeaning: Record<Seniority, string> = {
  junior: 'Learns on the job; needs daily guidance and code review from someone experienced.',
  mid: 'Delivers well from a clear brief, but expects someone else to choose the stack and architecture.',
  senior: 'Makes the stack and architecture decisions and can lead others.',
};

const yearsRange = ([min, max]: [number, number | null]) => (max === null ? `${min}+` : `${min}–${max}`);

/** "Usually 0–2 years of experience (some sources say 0–3)." */
export function seniorityYearsText(seniority: Seniority): string {
  const { common, strict } = seniorityYears[seniority];
  return `Usually ${yearsRange(common)} years of experience (some sources say ${yearsRange(strict)}).`;
}

export const seniorityOptions: Option<Seniority>[] = (['junior', 'mid', 'senior'] as const).map((value) => ({
  value,
  label: seniorityLabels[value],
  description: `${seniorityYearsText(value)} ${seniorityMeaning[value]}`,
}));

export const technicalDirectionOptions: Option<TechnicalDirection>[] = [
  {
    value: 'none',
    label: 'None yet',
    description: 'Nobody on the team can make technical decisions — for example, non-technical founders.',
  },
  {
    value: 'some',
    label: 'Some',
    description: 'Someone technical can review work and answer questions now and then, but not every day.',
  },
  {
    value: 'strong',
    label: 'Strong',
    description: 'An experienced engineer sets the architecture and reviews code every day.',
  },
];

export const engagementOptions: Option<EngagementModel>[] = [
  {
    value: 'full_time',
    label: 'Full-time employee',
    description: 'A direct hire for your core, long-term team.',
  },
  {
    value: 'contract',
    label: 'Contract',
    description: 'Scoped, time-limited work, or when the future is uncertain.',
  },
  {
    value: 'contract_to_hire',
    label: 'Contract-to-hire',
    description: 'Work together for 3–6 months on real tasks, then convert to an employee.',
  },
  {
    value: 'freelance',
    label: 'Freelance',
    description: 'Short, well-defined tasks paid by the hour or by the project.',
  },
  {
    value: 'managed',
    label: 'Managed developer service',
    description: 'A monthly subscription; a coordinator manages the delivery for you.',
  },
];

export const workplaceOptions: Option<Blueprint['location']['workplace']>[] = [
  { value: 'remote', label: 'Remote', description: 'Works from anywhere you allow.' },
  { value: 'hybrid', label: 'Hybrid', description: 'Some days in the office, some at home.' },
  { value: 'onsite', label: 'On-site', description: 'Works from your office.' },
];

export const skillCategoryLabels: Record<SkillCategory, string> = {
  languages: 'Languages',
  frameworks: 'Frameworks',
  databases: 'Databases',
  apis: 'APIs',
  cloud: 'Cloud',
  architecture: 'Architecture',
  devops: 'DevOps and CI/CD',
  security: 'Security',
  data: 'Data engineering',
  ai: 'AI and LLMs',
  testing: 'Testing',
};

export const skillLevelOptions: Option<SkillLevel>[] = [
  {
    value: 'basic',
    label: 'Basic',
    description: 'Has used it and can find their way around with some help.',
  },
  {
    value: 'working',
    label: 'Working',
    description: 'Uses it independently, day to day, without hand-holding.',
  },
  {
    value: 'deep',
    label: 'Deep',
    description: 'Knows it inside out: designs with it, tunes it and teaches others.',
  },
];

export const responsibilityGroupLabels: Record<ResponsibilityGroup, string> = {
  apis: 'APIs',
  data: 'Data and databases',
  quality: 'Quality and testing',
  operations: 'Running in production',
  collaboration: 'Working with others',
  security: 'Security',
  architecture: 'Architecture',
  leadership: 'Leadership',
};

export const salaryPeriodLabels: Record<NonNullable<Blueprint['salary']>['period'], string> = {
  year: 'per year',
  month: 'per month',
  week: 'per week',
  hour: 'per hour',
};

export const labelOf = <Value extends string>(options: Option<Value>[], value: Value): string =>
  options.find((option) => option.value === value)?.label ?? value;

/** "USD 140k–180k per year". */
export function formatSalaryRange(salary: NonNullable<Blueprint['salary']>): string {
  const short = (amount: number) =>
    new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(amount);
  return `${salary.currency} ${short(salary.min)}–${short(salary.max)} ${salaryPeriodLabels[salary.period]}`;
}

/** "$122,000" in US dollars, for the market bands. */
export const formatUsd = (amount: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(
    amount,
  );
