import { describe, expect, it } from 'vitest';
import { extractSkills, getSkill } from '../skills/taxonomy.ts';
import { advise, type SkillInfo } from './advisor.ts';
import { blueprintSchema, type SkillCategory } from './blueprint.ts';
import { responsibilityGroups, responsibilityLibrary, suggestResponsibilities } from './responsibilities.ts';
import { getTemplate, roleTemplates } from './templates.ts';

// A stand-in for the skill taxonomy covering the templates' skills: [id, name, category, tags, implies].
const skillRows: [string, string, SkillCategory, string[]?, string[]?][] = [
  ['typescript', 'TypeScript', 'languages', [], ['javascript']],
  ['javascript', 'JavaScript', 'languages'],
  ['python', 'Python', 'languages'],
  ['java', 'Java', 'languages'],
  ['go', 'Go', 'languages'],
  ['ruby', 'Ruby', 'languages'],
  ['php', 'PHP', 'languages'],
  ['nodejs', 'Node.js', 'languages', [], ['javascript']],
  ['express', 'Express', 'frameworks', [], ['nodejs']],
  ['django', 'Django', 'frameworks', [], ['python']],
  ['fastapi', 'FastAPI', 'frameworks', [], ['python']],
  ['spring-boot', 'Spring Boot', 'frameworks', [], ['java']],
  ['rails', 'Ruby on Rails', 'frameworks', [], ['ruby']],
  ['laravel', 'Laravel', 'frameworks', [], ['php']],
  ['postgresql', 'PostgreSQL', 'databases', ['sql'], ['sql']],
  ['mysql', 'MySQL', 'databases', ['sql'], ['sql']],
  ['redis', 'Redis', 'databases', ['nosql', 'caching', 'performance']],
  ['elasticsearch', 'Elasticsearch', 'databases', ['nosql']],
  ['rest-api', 'REST API design', 'apis'],
  ['grpc', 'gRPC', 'apis'],
  ['graphql', 'GraphQL', 'apis'],
  ['aws', 'AWS', 'cloud', ['cloud-provider']],
  ['gcp', 'Google Cloud', 'cloud', ['cloud-provider']],
  ['docker', 'Docker', 'devops', ['container']],
  ['kubernetes', 'Kubernetes', 'devops', ['container']],
  ['helm', 'Helm', 'devops', ['container'], ['kubernetes']],
  ['terraform', 'Terraform', 'devops', ['infrastructure-as-code']],
  ['github-actions', 'GitHub Actions', 'devops', ['ci-cd']],
  ['gitlab-ci', 'GitLab CI', 'devops', ['ci-cd']],
  ['jenkins', 'Jenkins', 'devops', ['ci-cd']],
  ['prometheus', 'Prometheus', 'devops', ['observability']],
  ['opentelemetry', 'OpenTelemetry', 'devops', ['observability']],
  ['system-design', 'System design', 'architecture'],
  ['microservices', 'Microservices', 'architecture', ['distributed-systems']],
  ['distributed-systems', 'Distributed systems', 'architecture', ['distributed-systems']],
  ['performance-tuning', 'Performance tuning', 'architecture', ['performance']],
  ['kafka', 'Apache Kafka', 'data', ['messaging', 'distributed-systems']],
  ['owasp-top-10', 'OWASP Top 10', 'security', ['security']],
  ['oauth2', 'OAuth 2.0', 'security', ['security']],
  ['encryption', 'Encryption', 'security', ['security']],
  ['llm-apis', 'LLM APIs', 'ai', ['llm']],
  ['rag', 'Retrieval-augmented generation', 'ai', ['llm'], ['llm-apis']],
  ['vector-databases', 'Vector databases', 'ai', ['llm']],
  ['jest', 'Jest', 'testing'],
  ['junit', 'JUnit', 'testing'],
  ['unit-testing', 'Unit testing', 'testing'],
];
const skills = new Map<string, SkillInfo>(
  skillRows.map(([id, name, category, tags = [], implies = []]) => [
    id,
    { id, name, category, tags, implies },
  ]),
);
const lookup = (id: string) => skills.get(id);
const march = new Date('2026-03-10T12:00:00Z');

describe('role templates', () => {
  it('offers at least eight templates with unique ids', () => {
    expect(roleTemplates.length).toBeGreaterThanOrEqual(8);
    expect(new Set(roleTemplates.map((template) => template.id)).size).toBe(roleTemplates.length);
  });

  it.each(roleTemplates)('$id is a complete, valid blueprint', ({ blueprint, name, summary }) => {
    expect(blueprintSchema.parse(blueprint)).toEqual(blueprint);
    expect(name.length).toBeGreaterThan(5);
    expect(summary).toMatch(/^[A-Z].*\.$/);
    const musts = blueprint.skills.filter((skill) => skill.requirement === 'must');
    expect(musts.length).toBeGreaterThanOrEqual(4);
    expect(musts.length).toBeLessThanOrEqual(6);
    expect(blueprint.skills.some((skill) => skill.requirement === 'nice')).toBe(true);
    expect(blueprint.responsibilities.length).toBeGreaterThanOrEqual(5);
    expect(blueprint.responsibilities.length).toBeLessThanOrEqual(8);
    expect(blueprint.softSkills.length).toBeGreaterThan(0);
    expect(blueprint.offer.benefits.length).toBeGreaterThan(0);
    expect(blueprint.teamContext.length).toBeGreaterThan(20);
    expect(blueprint.salary).toMatchObject({ currency: 'USD', period: 'year' });
  });

  it.each(roleTemplates)('$id passes the advisor with no errors or warnings', ({ blueprint }) => {
    const findings = advise(blueprint, { lookup, now: march });
    expect(findings.filter((finding) => finding.severity !== 'tip')).toEqual([]);
  });

  it('covers both product stages and every seniority', () => {
    const blueprints = roleTemplates.map((template) => template.blueprint);
    expect(new Set(blueprints.map((blueprint) => blueprint.productStage))).toEqual(
      new Set(['mvp', 'scaling']),
    );
    expect(new Set(blueprints.map((blueprint) => blueprint.seniority))).toEqual(
      new Set(['junior', 'mid', 'senior']),
    );
  });

  it('finds a template by id', () => {
    expect(getTemplate('rails-product-engineer')?.blueprint.existingStack).toContain('rails');
    expect(getTemplate('no-such-template')).toBeUndefined();
  });
});

describe('the advisor with the real skill taxonomy', () => {
  it.each(roleTemplates)('$id uses only known skills and passes with no errors', ({ blueprint }) => {
    const findings = advise(blueprint, { lookup: getSkill, now: march });
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(findings.filter((finding) => finding.code === 'unknown_skill')).toEqual([]);
  });

  it('counts posting technologies with the taxonomy’s extractor', () => {
    const blueprint = getTemplate('scaling-python-django')!.blueprint;
    const postingText = `Salary: $150,000–$190,000 a year. Our stack: ${[
      'Python, Django, FastAPI, Flask, Node.js, TypeScript, Java, Spring Boot,',
      'PostgreSQL, MySQL, MongoDB, Redis, Kafka, RabbitMQ, Docker, Kubernetes, Terraform.',
    ].join(' ')}`;
    const findings = advise(blueprint, {
      lookup: getSkill,
      now: march,
      postingText,
      extractSkills: (text) => extractSkills(text).map((mention) => mention.skill.id),
    });
    expect(findings.find((finding) => finding.code === 'posting_lists_too_many_tech')?.message).toContain(
      'mentions 17 different technologies',
    );
  });
});

describe('responsibility library', () => {
  it('has about thirty unique items across every group', () => {
    expect(responsibilityLibrary.length).toBeGreaterThanOrEqual(30);
    expect(new Set(responsibilityLibrary.map((item) => item.id)).size).toBe(responsibilityLibrary.length);
    expect(new Set(responsibilityLibrary.map((item) => item.group))).toEqual(new Set(responsibilityGroups));
    for (const item of responsibilityLibrary) expect(item.seniority.length).toBeGreaterThan(0);
  });

  it('suggests items for the seniority and stage, spread across groups', () => {
    const junior = getTemplate('junior-typescript')!.blueprint;
    const suggestions = suggestResponsibilities({ ...junior, responsibilities: [] });
    expect(suggestions).toHaveLength(8);
    expect(suggestions.every((item) => item.seniority.includes('junior'))).toBe(true);
    expect(new Set(suggestions.map((item) => item.group)).size).toBeGreaterThanOrEqual(5);

    const mvp = getTemplate('mvp-node-generalist')!.blueprint;
    const mvpIds = suggestResponsibilities(mvp, 50).map((item) => item.id);
    expect(mvpIds).toContain('first-deploy');
    expect(mvpIds).toContain('mentor');
    expect(mvpIds).not.toContain('plan-for-growth');
  });

  it('suggests skill-specific items only when the role lists those skills', () => {
    const ai = getTemplate('llm-features-backend')!.blueprint;
    const platform = getTemplate('platform-backend')!.blueprint;
    expect(suggestResponsibilities(ai, 50).map((item) => item.id)).toContain('llm-features');
    expect(suggestResponsibilities(platform, 50).map((item) => item.id)).not.toContain('llm-features');
  });

  it('leaves out what the role already has', () => {
    const blueprint = getTemplate('java-spring-enterprise')!.blueprint;
    const withSome = {
      ...blueprint,
      responsibilities: [
        { id: 'build-apis', text: 'Design, build and maintain the APIs our web and mobile apps rely on.' },
        { id: null, text: 'write clear, efficient SQL and data-access code for new features.' },
      ],
    };
    const ids = suggestResponsibilities(withSome, 50).map((item) => item.id);
    expect(ids).not.toContain('build-apis');
    expect(ids).not.toContain('write-data-access');
    expect(ids).toContain('design-schemas');
  });
});
