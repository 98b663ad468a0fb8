import { type Blueprint, type BlueprintInput, blueprintSchema, type SkillLevel } from './blueprint.ts';

/**
 * Starting points for a blueprint: common backend roles, already shaped the way the advisor recommends
 * (five or six must-haves, levels that fit the seniority, a published salary range from the US bands).
 */

export type RoleTemplate = {
  id: string;
  name: string;
  /** One plain sentence for a founder: when to pick this template. */
  summary: string;
  blueprint: Blueprint;
};

const must = (skill: string, level: SkillLevel) => ({ skill, requirement: 'must' as const, level });
const nice = (skill: string, level: SkillLevel) => ({ skill, requirement: 'nice' as const, level });
const usd = (min: number, max: number) => ({ currency: 'USD', min, max, period: 'year' as const });
const responsibilities = (...texts: string[]) => texts.map((text) => ({ text }));

const usRemote = { workplace: 'remote' as const, country: 'US', remoteEligibility: ['US', 'Canada'] };
const standardBenefits = [
  'Health, dental and vision insurance',
  '401(k) with employer match',
  '25 days paid time off',
];

function template(id: string, name: string, summary: string, input: BlueprintInput): RoleTemplate {
  return { id, name, summary, blueprint: blueprintSchema.parse(input) };
}

export const roleTemplates: readonly RoleTemplate[] = [
  template(
    'mvp-node-generalist',
    'MVP generalist (Node.js + PostgreSQL)',
    'Pick this if you are building your first product and have no technical lead: a senior who can choose the stack and ship it.',
    {
      title: 'Founding Backend Engineer (Node.js)',
      productStage: 'mvp',
      existingStack: ['nodejs', 'typescript', 'express', 'postgresql'],
      seniority: 'senior',
      technicalDirection: 'none',
      location: { ...usRemote, timeZones: ['UTC-8 to UTC-5'] },
      teamContext:
        'You will be the first engineer, working directly with the two founders and a freelance designer. You make the technical calls and we want to hear why.',
      responsibilities: responsibilities(
        'Build the first version of our API and data model in TypeScript on Node.js and PostgreSQL.',
        'Choose the hosting, deployment and backup setup, and keep it simple enough for a small team.',
        'Turn rough product ideas into small releases we can put in front of customers every week or two.',
        'Write the automated tests that let us change things quickly without breaking them.',
        'Explain technical choices and trade-offs to the founders in plain words.',
        'Lay the groundwork for the next engineers: a readable codebase, short docs and a sane review process.',
      ),
      skills: [
        must('typescript', 'deep'),
        must('nodejs', 'deep'),
        must('postgresql', 'deep'),
        must('rest-api', 'deep'),
        must('aws', 'working'),
        nice('docker', 'working'),
        nice('github-actions', 'working'),
        nice('redis', 'basic'),
        nice('jest', 'working'),
        nice('system-design', 'working'),
      ],
      softSkills: ['Explaining trade-offs to non-technical people', 'Ownership', 'Pragmatic prioritisation'],
      salary: usd(140_000, 180_000),
      offer: {
        equity: '0.5%–1.5%, four-year vesting',
        benefits: [...standardBenefits, 'Home-office budget'],
      },
    },
  ),
  template(
    'scaling-python-django',
    'Scaling Python/Django API',
    'Pick this if your Django product has real users and is starting to strain under load.',
    {
      title: 'Senior Backend Engineer (Python/Django)',
      productStage: 'scaling',
      existingStack: ['python', 'django', 'postgresql', 'redis', 'aws', 'docker'],
      seniority: 'senior',
      technicalDirection: 'some',
      location: { ...usRemote, timeZones: ['UTC-8 to UTC-4'] },
      teamContext:
        'A product team of six engineers and a part-time CTO. Our Django API serves web and mobile apps with about 200,000 monthly users.',
      responsibilities: responsibilities(
        'Find and remove the bottlenecks in our Django API as traffic keeps growing.',
        'Redesign the parts of our PostgreSQL schema that no longer fit the product, with safe migrations.',
        'Design new endpoints with the mobile and web engineers so each screen gets what it needs.',
        'Raise the bar on testing: fast unit tests and reliable integration tests in CI.',
        'Take part in the on-call rotation and lead the follow-up after incidents.',
        'Review code and mentor the two mid-level engineers on the team.',
      ),
      skills: [
        must('python', 'deep'),
        must('django', 'deep'),
        must('postgresql', 'deep'),
        must('rest-api', 'deep'),
        must('aws', 'working'),
        nice('performance-tuning', 'working'),
        nice('owasp-top-10', 'working'),
        nice('redis', 'working'),
        nice('docker', 'working'),
        nice('kubernetes', 'basic'),
        nice('github-actions', 'working'),
        nice('system-design', 'deep'),
      ],
      softSkills: ['Clear written communication', 'Mentoring', 'Problem solving'],
      salary: usd(150_000, 190_000),
      offer: { equity: 'Stock options', benefits: standardBenefits },
    },
  ),
  template(
    'java-spring-enterprise',
    'Java Spring enterprise service',
    'Pick this to add a mid-level engineer to an established Java team with experienced leads.',
    {
      title: 'Backend Engineer (Java/Spring Boot)',
      productStage: 'scaling',
      existingStack: ['java', 'spring-boot', 'postgresql', 'kafka', 'kubernetes', 'aws'],
      seniority: 'mid',
      technicalDirection: 'strong',
      location: { workplace: 'hybrid', city: 'Chicago', region: 'IL', country: 'US' },
      teamContext:
        'You join a team of eight engineers with a staff engineer and an engineering manager, owning the billing and invoicing services for business customers.',
      responsibilities: responsibilities(
        'Build and maintain Spring Boot services for billing and invoicing.',
        'Write clear SQL and data-access code, and take part in schema changes with the senior engineers.',
        'Write unit and integration tests that keep money calculations correct.',
        'Publish and consume events on Kafka, following the team’s patterns.',
        'Investigate production issues with the help of logs, metrics and the on-call engineer.',
        'Plan your work in small steps and keep the team up to date on progress.',
      ),
      skills: [
        must('java', 'working'),
        must('spring-boot', 'working'),
        must('postgresql', 'working'),
        must('rest-api', 'working'),
        must('junit', 'working'),
        nice('kafka', 'basic'),
        nice('microservices', 'working'),
        nice('docker', 'working'),
        nice('kubernetes', 'basic'),
        nice('aws', 'basic'),
        nice('jenkins', 'basic'),
        nice('oauth2', 'basic'),
        nice('performance-tuning', 'basic'),
      ],
      softSkills: ['Collaboration', 'Attention to detail', 'Analytical thinking'],
      salary: usd(100_000, 130_000),
      offer: { bonus: 'Annual bonus up to 10%', benefits: [...standardBenefits, 'Two office days a week'] },
    },
  ),
  template(
    'go-high-throughput',
    'Go high-throughput services',
    'Pick this if you run busy backend services that must stay fast and reliable at high request volumes.',
    {
      title: 'Senior Backend Engineer (Go, High-Throughput Services)',
      productStage: 'scaling',
      existingStack: ['go', 'grpc', 'postgresql', 'redis', 'kafka', 'kubernetes', 'gcp'],
      seniority: 'senior',
      technicalDirection: 'strong',
      location: { ...usRemote, timeZones: ['UTC-8 to UTC-4'] },
      teamContext:
        'The platform team of five engineers runs the real-time bidding services that handle about 50,000 requests per second at peak.',
      responsibilities: responsibilities(
        'Design and build Go services that answer in milliseconds at tens of thousands of requests per second.',
        'Profile and tune services under load, and keep latency budgets visible on dashboards.',
        'Design how services talk to each other over gRPC and Kafka, including what happens when one fails.',
        'Lead design reviews and write short proposals for larger changes.',
        'Own on-call for your services and run blameless incident reviews.',
        'Mentor engineers on concurrency, testing and performance work.',
      ),
      skills: [
        must('go', 'deep'),
        must('grpc', 'deep'),
        must('postgresql', 'working'),
        must('distributed-systems', 'deep'),
        must('kubernetes', 'working'),
        must('performance-tuning', 'deep'),
        nice('gcp', 'working'),
        nice('kafka', 'working'),
        nice('redis', 'working'),
        nice('prometheus', 'working'),
        nice('opentelemetry', 'basic'),
        nice('github-actions', 'working'),
        nice('owasp-top-10', 'basic'),
      ],
      softSkills: ['Clear written communication', 'Calm under pressure', 'Mentoring'],
      salary: usd(165_000, 210_000),
      offer: { equity: 'Stock options', benefits: standardBenefits },
    },
  ),
  template(
    'rails-product-engineer',
    'Rails product engineer',
    'Pick this if you have a Rails product and a lead who can guide a mid-level engineer shipping features end to end.',
    {
      title: 'Product Engineer (Ruby on Rails)',
      productStage: 'scaling',
      existingStack: ['ruby', 'rails', 'postgresql', 'redis', 'aws'],
      seniority: 'mid',
      technicalDirection: 'strong',
      location: { ...usRemote, timeZones: ['UTC-8 to UTC-5'] },
      teamContext:
        'A team of five product engineers, a tech lead and two designers building scheduling software for clinics.',
      responsibilities: responsibilities(
        'Ship product features end to end in our Rails app, from the database to the API the frontend uses.',
        'Talk to designers and customers to understand the problem before writing code.',
        'Write tests for the code you ship and keep the suite fast.',
        'Spot slow pages and queries and fix them with the help of the tech lead.',
        'Keep patient data safe by following our security checklist on every change.',
        'Share progress early and flag risks as soon as you see them.',
      ),
      skills: [
        must('ruby', 'working'),
        must('rails', 'working'),
        must('postgresql', 'working'),
        must('rest-api', 'working'),
        must('unit-testing', 'working'),
        nice('graphql', 'basic'),
        nice('redis', 'basic'),
        nice('performance-tuning', 'basic'),
        nice('owasp-top-10', 'basic'),
        nice('aws', 'basic'),
        nice('docker', 'basic'),
        nice('github-actions', 'basic'),
        nice('system-design', 'working'),
      ],
      softSkills: ['Curiosity about the customer', 'Clear communication', 'Problem solving'],
      salary: usd(105_000, 135_000),
      offer: { equity: 'Stock options', benefits: [...standardBenefits, 'Learning budget'] },
    },
  ),
  template(
    'laravel-ecommerce',
    'Laravel e-commerce backend',
    'Pick this if you run an online shop on Laravel and need someone to keep checkout, catalogue and orders fast and safe.',
    {
      title: 'Backend Developer (PHP/Laravel, E-commerce)',
      productStage: 'scaling',
      existingStack: ['php', 'laravel', 'mysql', 'redis', 'elasticsearch', 'aws'],
      seniority: 'mid',
      technicalDirection: 'some',
      location: { workplace: 'hybrid', city: 'Austin', region: 'TX', country: 'US' },
      teamContext:
        'An in-house team of four developers and a head of engineering behind a fast-growing online store with 40,000 orders a month.',
      responsibilities: responsibilities(
        'Build and maintain the Laravel APIs behind our catalogue, cart, checkout and orders.',
        'Connect payment, shipping and tax providers, and handle their failures without losing orders.',
        'Keep product search and category pages fast during sales peaks.',
        'Write tests for checkout and pricing logic, where mistakes cost real money.',
        'Protect customer and payment data by following secure coding practice.',
        'Agree API changes with the frontend developer and keep the documentation current.',
      ),
      skills: [
        must('php', 'working'),
        must('laravel', 'working'),
        must('mysql', 'working'),
        must('rest-api', 'working'),
        must('unit-testing', 'working'),
        nice('redis', 'working'),
        nice('elasticsearch', 'basic'),
        nice('aws', 'basic'),
        nice('docker', 'working'),
        nice('gitlab-ci', 'basic'),
        nice('performance-tuning', 'basic'),
        nice('owasp-top-10', 'working'),
        nice('system-design', 'basic'),
      ],
      softSkills: ['Reliability', 'Clear communication', 'Problem solving'],
      salary: usd(95_000, 125_000),
      offer: { bonus: 'Quarterly profit share', benefits: [...standardBenefits, 'Staff discount'] },
    },
  ),
  template(
    'platform-backend',
    'Senior platform / DevOps-leaning backend engineer',
    'Pick this if your engineers lose time to slow deploys and fragile infrastructure and you need someone to own the platform.',
    {
      title: 'Senior Backend Engineer, Platform',
      productStage: 'scaling',
      existingStack: ['go', 'python', 'postgresql', 'kubernetes', 'terraform', 'aws', 'prometheus'],
      seniority: 'senior',
      technicalDirection: 'strong',
      location: { ...usRemote, timeZones: ['UTC-8 to UTC-4'] },
      teamContext:
        'You join a platform team of three inside a 30-engineer organisation; the product teams are your customers.',
      responsibilities: responsibilities(
        'Own our AWS infrastructure as code with Terraform, and keep it understandable for the product teams.',
        'Run and improve our Kubernetes clusters: upgrades, capacity and cost.',
        'Make deploys fast and safe: build pipelines, preview environments and one-click rollbacks.',
        'Build internal APIs and tools in Go that take toil off the product teams.',
        'Set up metrics, tracing and alerts that point to the cause of a problem, not just the symptom.',
        'Lead the on-call rotation and the reviews that follow incidents.',
        'Help product teams design services that are easy to run.',
      ),
      skills: [
        must('go', 'working'),
        must('kubernetes', 'deep'),
        must('terraform', 'deep'),
        must('aws', 'deep'),
        must('postgresql', 'working'),
        must('rest-api', 'working'),
        nice('python', 'working'),
        nice('helm', 'working'),
        nice('github-actions', 'deep'),
        nice('prometheus', 'working'),
        nice('system-design', 'deep'),
        nice('encryption', 'working'),
        nice('performance-tuning', 'working'),
      ],
      softSkills: [
        'Treating other engineers as customers',
        'Clear written communication',
        'Calm under pressure',
      ],
      salary: usd(170_000, 215_000),
      offer: { equity: 'Stock options', benefits: standardBenefits },
    },
  ),
  template(
    'llm-features-backend',
    'Backend engineer for LLM features',
    'Pick this if AI features are central to your product and you need them to be reliable, affordable and safe in production.',
    {
      title: 'Senior Backend Engineer, AI Features (Python)',
      productStage: 'scaling',
      existingStack: ['python', 'fastapi', 'postgresql', 'aws', 'docker'],
      seniority: 'senior',
      technicalDirection: 'some',
      location: { ...usRemote, timeZones: ['UTC-8 to UTC-4'] },
      teamContext:
        'A team of seven engineers building an AI assistant for legal teams; you work with the CTO and a machine learning engineer.',
      responsibilities: responsibilities(
        'Build the FastAPI services that turn LLM calls into dependable product features.',
        'Handle the messy parts of LLM APIs: timeouts, retries, rate limits and fallbacks between providers.',
        'Build retrieval over customer documents and measure whether the answers are actually good.',
        'Keep AI costs and latency visible and under control.',
        'Protect confidential customer data in prompts, logs and stored embeddings.',
        'Explain what the models can and cannot do to the product team and customers.',
      ),
      skills: [
        must('python', 'deep'),
        must('fastapi', 'working'),
        must('postgresql', 'working'),
        must('rest-api', 'deep'),
        must('llm-apis', 'working'),
        must('aws', 'working'),
        nice('rag', 'working'),
        nice('vector-databases', 'basic'),
        nice('docker', 'working'),
        nice('github-actions', 'working'),
        nice('system-design', 'deep'),
        nice('performance-tuning', 'working'),
        nice('owasp-top-10', 'working'),
      ],
      softSkills: [
        'Explaining trade-offs to non-technical people',
        'Analytical thinking',
        'Healthy scepticism',
      ],
      salary: usd(160_000, 200_000),
      offer: { equity: 'Stock options', benefits: [...standardBenefits, 'Learning budget'] },
    },
  ),
  template(
    'junior-typescript',
    'Junior backend engineer (TypeScript)',
    'Pick this only if experienced engineers on your team can mentor and review a newcomer every day.',
    {
      title: 'Junior Backend Engineer (TypeScript)',
      productStage: 'scaling',
      existingStack: ['nodejs', 'typescript', 'postgresql', 'aws', 'docker'],
      seniority: 'junior',
      technicalDirection: 'strong',
      location: { workplace: 'hybrid', city: 'New York', region: 'NY', country: 'US' },
      teamContext:
        'A team of six engineers with two seniors who pair with you daily; every change goes through code review.',
      responsibilities: responsibilities(
        'Build well-scoped API endpoints in TypeScript with guidance from a senior engineer.',
        'Write SQL queries and small database migrations for new features.',
        'Write unit and integration tests for everything you ship.',
        'Fix bugs reported by users and teammates, adding a test for each one.',
        'Ask questions early and share your progress in daily check-ins.',
      ),
      skills: [
        must('typescript', 'working'),
        must('nodejs', 'working'),
        must('postgresql', 'basic'),
        must('rest-api', 'basic'),
        must('jest', 'basic'),
        nice('docker', 'basic'),
        nice('aws', 'basic'),
        nice('github-actions', 'basic'),
        nice('owasp-top-10', 'basic'),
        nice('performance-tuning', 'basic'),
      ],
      softSkills: ['Eagerness to learn', 'Taking feedback well', 'Clear communication'],
      salary: usd(85_000, 110_000),
      offer: { benefits: [...standardBenefits, 'Learning budget'] },
    },
  ),
];

export function getTemplate(id: string): RoleTemplate | undefined {
  return roleTemplates.find((template) => template.id === id);
}
