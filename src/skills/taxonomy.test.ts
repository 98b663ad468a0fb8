import { describe, expect, it } from 'vitest';
import skillData from '../../data/skills.json' with { type: 'json' };
import { skillCategories } from '../roles/blueprint.ts';
import {
  allSkills,
  expandImplications,
  extractSkills,
  getSkill,
  keysOf,
  normaliseSkill,
  normaliseSkills,
  type Skill,
  searchSkills,
  skillsByCategory,
  skillTags,
} from './taxonomy.ts';

/** Ids other modules already reference. */
// biome-ignore format: a plain list reads better packed
const requiredIds = [
  'python', 'java', 'kotlin', 'javascript', 'typescript', 'nodejs', 'go', 'ruby', 'php', 'csharp', 'dotnet',
  'rust', 'scala', 'elixir', 'sql', 'django', 'flask', 'fastapi', 'rails', 'spring', 'spring-boot', 'laravel',
  'symfony', 'nestjs', 'express', 'aspnet-core', 'gin', 'phoenix', 'postgresql', 'mysql', 'mariadb', 'sqlite',
  'mongodb', 'redis', 'elasticsearch', 'dynamodb', 'cassandra', 'rest-api', 'graphql', 'grpc', 'openapi',
  'websockets', 'aws', 'gcp', 'azure', 'aws-lambda', 'aws-rds', 'aws-s3', 'aws-ec2', 'aws-ecs', 'aws-eks',
  'serverless', 'docker', 'kubernetes', 'terraform', 'helm', 'ci-cd', 'git', 'github-actions', 'gitlab-ci',
  'jenkins', 'linux', 'nginx', 'microservices', 'monolith', 'distributed-systems', 'system-design',
  'event-driven-architecture', 'domain-driven-design', 'caching', 'message-queues', 'kafka', 'rabbitmq',
  'performance-tuning', 'query-optimisation', 'database-design', 'observability', 'prometheus', 'grafana',
  'opentelemetry', 'oauth2', 'jwt', 'owasp-top-10', 'encryption', 'authentication', 'etl', 'data-warehousing',
  'airflow', 'spark', 'dbt', 'llm-apis', 'openai-api', 'rag', 'embeddings', 'vector-databases', 'langchain',
  'unit-testing', 'integration-testing', 'test-automation', 'tdd', 'pytest', 'jest', 'junit', 'load-testing',
];

const minimumPerCategory: Record<string, number> = {
  languages: 30,
  frameworks: 30,
  databases: 30,
  cloud: 30,
  devops: 30,
};

const ids = (found: { skill: Skill }[]) => found.map((entry) => entry.skill.id);

describe('skill data', () => {
  const skills = allSkills();

  it('holds at least 320 skills, every category well covered', () => {
    expect(skills.length).toBeGreaterThanOrEqual(320);
    const groups = skillsByCategory();
    expect(Object.keys(groups).sort()).toEqual([...skillCategories].sort());
    for (const category of skillCategories) {
      expect(groups[category].length, category).toBeGreaterThanOrEqual(minimumPerCategory[category] ?? 15);
    }
  });

  it('has unique kebab-case ids and only known categories and tags', () => {
    expect(new Set(skills.map((skill) => skill.id)).size).toBe(skills.length);
    for (const skill of skills) {
      expect(skill.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(skillCategories).toContain(skill.category);
      for (const tag of skill.tags) expect(skillTags).toContain(tag);
    }
    expect(skillData.length).toBe(skills.length);
  });

  it('contains every id other modules reference', () => {
    const missing = requiredIds.filter((id) => !getSkill(id));
    expect(missing).toEqual([]);
  });

  it('maps every name and alias to exactly one skill', () => {
    const owners = new Map<string, Set<string>>();
    for (const skill of skills) {
      for (const key of keysOf(skill)) owners.set(key, (owners.get(key) ?? new Set()).add(skill.id));
    }
    const shared = [...owners].filter(([, owner]) => owner.size > 1).map(([key]) => key);
    expect(shared).toEqual([]);
    for (const skill of skills) {
      for (const spelling of [skill.name, ...skill.aliases])
        expect(normaliseSkill(spelling)?.id, spelling).toBe(skill.id);
    }
  });

  it('implies only existing skills, never itself, and without cycles', () => {
    for (const skill of skills) {
      for (const implied of skill.implies) {
        expect(getSkill(implied), `${skill.id} ⇒ ${implied}`).toBeDefined();
        expect(implied).not.toBe(skill.id);
      }
    }
    expect(findCycle(skills)).toBeNull();
  });

  it('marks common English words as ambiguous', () => {
    for (const id of [
      'go',
      'rust',
      'swift',
      'express',
      'spring',
      'chef',
      'puppet',
      'rest-api',
      'make',
      'ant',
    ]) {
      expect(getSkill(id)?.ambiguous, id).toBe(true);
    }
    expect(getSkill('python')?.ambiguous).toBe(false);
  });

  it('tags skills generously where the tag is true', () => {
    const hasTag = (id: string, tag: string) => expect(getSkill(id)?.tags, `${id} ${tag}`).toContain(tag);
    hasTag('redis', 'caching');
    hasTag('redis', 'nosql');
    hasTag('redis', 'performance');
    hasTag('kafka', 'messaging');
    hasTag('kafka', 'distributed-systems');
    hasTag('kubernetes', 'container');
    hasTag('terraform', 'infrastructure-as-code');
    for (const id of ['aws', 'gcp', 'azure']) hasTag(id, 'cloud-provider');
    for (const id of ['prometheus', 'grafana', 'opentelemetry', 'datadog']) hasTag(id, 'observability');
    for (const id of ['oauth2', 'jwt', 'owasp-top-10', 'encryption']) hasTag(id, 'security');
    for (const id of ['load-testing', 'profiling', 'query-optimisation', 'caching', 'indexing'])
      hasTag(id, 'performance');
    for (const id of [
      'distributed-consensus',
      'raft',
      'sharding',
      'database-replication',
      'event-sourcing',
      'cqrs',
    ]) {
      hasTag(id, 'distributed-systems');
    }
    hasTag('microservices', 'distributed-systems');
    for (const id of ['openai-api', 'anthropic-api', 'langchain', 'rag', 'embeddings', 'vector-databases'])
      hasTag(id, 'llm');
  });

  it('returns frozen skills so callers cannot corrupt the shared taxonomy', () => {
    const python = getSkill('python')!;
    expect(Object.isFrozen(python)).toBe(true);
    expect(Object.isFrozen(python.aliases)).toBe(true);
    expect(Object.isFrozen(allSkills())).toBe(true);
  });
});

describe('normaliseSkill', () => {
  it.each([
    ['Node.js', 'nodejs'],
    ['nodejs', 'nodejs'],
    [' NODE ', 'nodejs'],
    ['node js', 'nodejs'],
    ['Postgres', 'postgresql'],
    ['PostgreSQL', 'postgresql'],
    ['k8s', 'kubernetes'],
    ['Kube', 'kubernetes'],
    ['Golang', 'go'],
    ['Go', 'go'],
    ['C#', 'csharp'],
    ['c sharp', 'csharp'],
    ['csharp', 'csharp'],
    ['C', 'c'],
    ['C++', 'cpp'],
    ['cpp', 'cpp'],
    ['F#', 'fsharp'],
    ['.NET', 'dotnet'],
    ['dotnet', 'dotnet'],
    ['.NET Core', 'dotnet'],
    ['ASP.NET Core', 'aspnet-core'],
    ['ReactJS', 'react'],
    ['React.js', 'react'],
    ['JS', 'javascript'],
    ['TS', 'typescript'],
    ['RoR', 'rails'],
    ['Ruby on Rails', 'rails'],
    ['Spring Boot', 'spring-boot'],
    ['springboot', 'spring-boot'],
    ['Spring', 'spring'],
    ['AWS', 'aws'],
    ['Amazon Web Services', 'aws'],
    ['GCP', 'gcp'],
    ['Google Cloud', 'gcp'],
    ['Google Cloud Platform', 'gcp'],
    ['Azure', 'azure'],
    ['CI/CD', 'ci-cd'],
    ['cicd', 'ci-cd'],
    ['REST', 'rest-api'],
    ['RESTful', 'rest-api'],
    ['REST API', 'rest-api'],
    ['OAuth 2.0', 'oauth2'],
    ['OAuth2', 'oauth2'],
    ['OWASP Top 10', 'owasp-top-10'],
    ['LLM', 'llm-apis'],
    ['OpenAI API', 'openai-api'],
    ['Mongo', 'mongodb'],
    ['MS SQL', 'sql-server'],
    ['Express.js', 'express'],
    ['ElasticSearch', 'elasticsearch'],
    ['Amazon RDS', 'aws-rds'],
    ['EKS', 'aws-eks'],
    ['Python programming', 'python'],
    ['Microservice', 'microservices'],
    ['Unit tests', 'unit-testing'],
    ['aws-lambda', 'aws-lambda'],
    ['Objective-C', 'objective-c'],
    ['PL/SQL', 'plsql'],
  ])('%s → %s', (text, id) => {
    expect(normaliseSkill(text)?.id).toBe(id);
  });

  it('returns null for what is not a skill', () => {
    for (const text of ['', '   ', 'hiking', 'teamwork', 'net', 'Java Island']) {
      expect(normaliseSkill(text), text).toBeNull();
    }
  });
});

describe('normaliseSkills', () => {
  it('de-duplicates skills and unknown entries, keeping first-seen order', () => {
    const result = normaliseSkills(['Node.js', 'Postgres', 'nodejs', 'Teamwork', ' teamwork ', '', 'K8s']);
    expect(result.skills.map((skill) => skill.id)).toEqual(['nodejs', 'postgresql', 'kubernetes']);
    expect(result.unknown).toEqual(['Teamwork']);
  });
});

describe('expandImplications', () => {
  it('adds what a skill certainly brings, transitively, and keeps the inputs', () => {
    expect(expandImplications(['django'])).toContain('python');
    expect(expandImplications(['spring-boot'])).toEqual(new Set(['spring-boot', 'spring', 'java']));
    const nest = expandImplications(['nestjs']);
    for (const id of ['nestjs', 'nodejs', 'typescript', 'javascript']) expect(nest).toContain(id);
    expect(expandImplications(['aws-rds'])).toContain('aws');
    expect(expandImplications(['typescript'])).toEqual(new Set(['typescript', 'javascript']));
    expect(expandImplications(['aws-eks'])).toEqual(new Set(['aws-eks', 'aws', 'kubernetes']));
    expect(expandImplications([])).toEqual(new Set());
    expect(expandImplications(['not-a-skill'])).toEqual(new Set(['not-a-skill']));
  });
});

describe('extractSkills', () => {
  it('reads a résumé skills line', () => {
    const found = extractSkills('Languages: Python, Go, TypeScript | Cloud: AWS (EC2, RDS, Lambda), K8s');
    expect(ids(found).sort()).toEqual(
      ['python', 'go', 'typescript', 'aws', 'aws-ec2', 'aws-rds', 'aws-lambda', 'kubernetes'].sort(),
    );
  });

  it('ignores ordinary English words', () => {
    expect(extractSkills('I like to go hiking and rest on weekends')).toEqual([]);
    expect(
      extractSkills('In spring we make time for the chef, a puppet show and a swift rust-free repair.'),
    ).toEqual([]);
    expect(extractSkills('We react quickly and express our ideas; make sure to rest.')).toEqual([]);
  });

  it('prefers the longest phrase', () => {
    expect(ids(extractSkills('Spring Boot microservices on EKS'))).toEqual([
      'spring-boot',
      'microservices',
      'aws-eks',
    ]);
    expect(ids(extractSkills('Deployed on Google Cloud Platform and Google Cloud'))).toEqual(['gcp']);
    expect(extractSkills('Deployed on Google Cloud Platform and Google Cloud')[0]?.mentions).toBe(2);
    expect(ids(extractSkills('Ruby on Rails and ASP.NET Core'))).toEqual(['rails', 'aspnet-core']);
  });

  it('keeps C, C++, C#, F# and .NET apart', () => {
    expect(ids(extractSkills('C++ and C#'))).toEqual(['cpp', 'csharp']);
    expect(ids(extractSkills('F# on .NET, embedded C'))).toEqual(['fsharp', 'dotnet', 'c']);
  });

  it('accepts ambiguous skills in a technical context', () => {
    expect(ids(extractSkills('Go (Golang)'))).toEqual(['go']);
    expect(ids(extractSkills('Rust programming is my hobby'))).toEqual(['rust']);
    expect(ids(extractSkills('Built the backend with Express.js'))).toEqual(['express']);
    expect(ids(extractSkills('Wrote services in Go and PostgreSQL'))).toEqual(['go', 'postgresql']);
    expect(ids(extractSkills('Skills: Go, Rust, Swift'))).toEqual(['go', 'rust', 'swift']);
    expect(ids(extractSkills('Designed REST endpoints for mobile clients'))).toEqual(['rest-api']);
    expect(ids(extractSkills('Upgraded to Spring 6 last year'))).toEqual(['spring']);
    expect(ids(extractSkills('- Chef\n- Puppet\n'))).toEqual(['chef', 'puppet']);
  });

  it('counts mentions, most mentioned first', () => {
    const found = extractSkills(
      'Senior engineer. Built Kafka pipelines in Python; migrated Python 2 services to Python 3 on Kubernetes. ' +
        'Ran Kafka on Kubernetes with Helm charts.',
    );
    expect(found.map((entry) => [entry.skill.id, entry.mentions])).toEqual([
      ['python', 3],
      ['kafka', 2],
      ['kubernetes', 2],
      ['helm', 1],
    ]);
  });

  it('does not cross punctuation, sentences or links', () => {
    expect(ids(extractSkills('Spring. Boot camp was fun, go team!'))).toEqual([]);
    expect(ids(extractSkills('See https://github.com/jane/go-rest and jane@rails.dev'))).toEqual([]);
    expect(ids(extractSkills('We use Python.\nI go running and rest.'))).toEqual(['python']);
  });

  it('reads a realistic posting paragraph', () => {
    const posting = `About the role
You will design and build REST and GraphQL APIs in TypeScript (NestJS) on Node.js, backed by PostgreSQL and
Redis, deployed to AWS with Terraform, Docker and Kubernetes through GitHub Actions. Nice to have: Kafka,
OpenTelemetry, experience calling LLM APIs (OpenAI, Anthropic) in production, and OWASP Top 10 know-how.
We offer a salary range, remote work and time to rest.`;
    // biome-ignore format: a plain list reads better packed
    const expected = [
      'rest-api', 'graphql', 'typescript', 'nestjs', 'nodejs', 'postgresql', 'redis', 'aws', 'terraform', 'docker',
      'kubernetes', 'github-actions', 'kafka', 'opentelemetry', 'llm-apis', 'openai-api', 'anthropic-api',
      'owasp-top-10',
    ];
    expect(ids(extractSkills(posting)).sort()).toEqual(expected.sort());
  });

  it('returns nothing for empty text', () => {
    expect(extractSkills('')).toEqual([]);
  });
});

describe('searchSkills', () => {
  it('ranks exact spellings, then prefixes, then substrings', () => {
    const java = searchSkills('java').map((skill) => skill.id);
    expect(java[0]).toBe('java');
    expect(java.indexOf('javascript')).toBeLessThan(java.indexOf('jakarta-ee'));
    expect(searchSkills('k8s')[0]?.id).toBe('kubernetes');
    expect(searchSkills('Postgres')[0]?.id).toBe('postgresql');
    expect(searchSkills('sql')[0]?.id).toBe('sql');
    const substring = searchSkills('sql', 50).map((skill) => skill.id);
    expect(substring.indexOf('sqlite')).toBeLessThan(substring.indexOf('mysql'));
  });

  it('breaks ties by category order', () => {
    const results = searchSkills('spring', 5).map((skill) => skill.id);
    expect(results[0]).toBe('spring');
    expect(results.slice(1)).toEqual(['spring-boot', 'spring-cloud', 'spring-webflux', 'jpa']);
  });

  it('honours the limit and ignores blank queries', () => {
    expect(searchSkills('a', 3)).toHaveLength(3);
    expect(searchSkills('  ')).toEqual([]);
    expect(searchSkills('zzzz-not-a-skill')).toEqual([]);
  });
});

function findCycle(skills: readonly Skill[]): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'visiting') return [...path, id];
    state.set(id, 'visiting');
    for (const implied of getSkill(id)?.implies ?? []) {
      const cycle = visit(implied, [...path, id]);
      if (cycle) return cycle;
    }
    state.set(id, 'done');
    return null;
  };
  for (const skill of skills) {
    const cycle = visit(skill.id, []);
    if (cycle) return cycle;
  }
  return null;
}
