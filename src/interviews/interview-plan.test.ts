import { describe, expect, it } from 'vitest';
import {
  type BlueprintInput,
  blueprintSchema,
  type Seniority,
  type SkillCategory,
} from '../roles/blueprint.ts';
import { roleTemplates } from '../roles/templates.ts';
import { getSkill } from '../skills/taxonomy.ts';
import {
  coreAttributeIds,
  generateInterviewPlan,
  type InterviewPlan,
  includedInterviews,
  interviewFocus,
  interviewPlanSchema,
  maxAttributesPerGroup,
  maxFocusGroups,
  mustHaveSkills,
  type PlanSkillLookup,
  softAttributeIds,
} from './interview-plan.ts';

// A small stand-in for the taxonomy: id → [name, category].
const skillRows: Record<string, [string, SkillCategory]> = {
  typescript: ['TypeScript', 'languages'],
  nodejs: ['Node.js', 'languages'],
  python: ['Python', 'languages'],
  go: ['Go', 'languages'],
  java: ['Java', 'languages'],
  kotlin: ['Kotlin', 'languages'],
  ruby: ['Ruby', 'languages'],
  express: ['Express', 'frameworks'],
  nestjs: ['NestJS', 'frameworks'],
  postgresql: ['PostgreSQL', 'databases'],
  mysql: ['MySQL', 'databases'],
  redis: ['Redis', 'databases'],
  mongodb: ['MongoDB', 'databases'],
  elasticsearch: ['Elasticsearch', 'databases'],
  dynamodb: ['DynamoDB', 'databases'],
  cassandra: ['Cassandra', 'databases'],
  sqlite: ['SQLite', 'databases'],
  'rest-api': ['REST API design', 'apis'],
  graphql: ['GraphQL', 'apis'],
  aws: ['AWS', 'cloud'],
  gcp: ['Google Cloud', 'cloud'],
  docker: ['Docker', 'devops'],
  kubernetes: ['Kubernetes', 'devops'],
  terraform: ['Terraform', 'devops'],
  oauth2: ['OAuth 2.0', 'security'],
  kafka: ['Apache Kafka', 'data'],
  'system-design': ['System design', 'architecture'],
  'llm-apis': ['LLM APIs', 'ai'],
  jest: ['Jest', 'testing'],
};
const lookup: PlanSkillLookup = (id) => {
  const row = skillRows[id];
  return row ? { name: row[0], category: row[1] } : undefined;
};

type SkillInput = NonNullable<BlueprintInput['skills']>[number];
const must = (skill: string, level: 'basic' | 'working' | 'deep' = 'working'): SkillInput => ({
  skill,
  requirement: 'must',
  level,
});
const nice = (skill: string): SkillInput => ({ skill, requirement: 'nice' });

function blueprint(seniority: Seniority, skills: SkillInput[], overrides: Partial<BlueprintInput> = {}) {
  return blueprintSchema.parse({
    title: 'Backend Engineer',
    productStage: 'scaling',
    seniority,
    technicalDirection: 'strong',
    skills,
    ...overrides,
  });
}

const standardSkills = [
  must('typescript', 'deep'),
  must('nodejs', 'deep'),
  must('postgresql'),
  must('rest-api'),
  must('aws'),
  must('docker'),
  nice('redis'),
];

const byKey = (plan: InterviewPlan, key: string) =>
  plan.interviews.find((interview) => interview.key === key)!;
const keys = (plan: InterviewPlan) => plan.interviews.map((interview) => interview.key);
const allKept = (plan: InterviewPlan) => plan.focusGroups.flatMap((group) => group.attributes);
const allDropped = (plan: InterviewPlan) =>
  plan.focusGroups.flatMap((group) => group.dropped.map((s) => s.id));

function expectWithinLimits(plan: InterviewPlan) {
  expect(plan.focusGroups.length).toBeLessThanOrEqual(maxFocusGroups);
  for (const group of plan.focusGroups) {
    expect(group.attributes.length).toBeGreaterThan(0);
    expect(group.attributes.length).toBeLessThanOrEqual(maxAttributesPerGroup);
  }
}

describe('generateInterviewPlan: templates by seniority', () => {
  it('junior: system design is optional and left out by default', () => {
    const plan = generateInterviewPlan(blueprint('junior', standardSkills), { lookup });
    expect(keys(plan)).toEqual(['screen', 'practical-review', 'system-design', 'behavioural', 'references']);
    const design = byKey(plan, 'system-design');
    expect(design).toMatchObject({
      stage: 'system_design',
      optional: true,
      included: false,
      durationMinutes: 60,
    });
    expect(includedInterviews(plan).map((interview) => interview.key)).not.toContain('system-design');
    // Every must-have still gets an interview: the cloud/devops skills move to the practical review.
    expect(byKey(plan, 'practical-review').focus).toEqual(
      expect.arrayContaining(['typescript', 'nodejs', 'postgresql', 'rest-api', 'aws', 'docker']),
    );
    expect(byKey(plan, 'behavioural').durationMinutes).toBe(45);
    expect(plan.notes.join(' ')).toMatch(/optional for a junior/);
  });

  it('junior: system design can be switched on', () => {
    const plan = generateInterviewPlan(blueprint('junior', standardSkills), {
      lookup,
      includeSystemDesign: true,
    });
    expect(byKey(plan, 'system-design')).toMatchObject({ optional: true, included: true });
    expect(byKey(plan, 'system-design').focus).toEqual(expect.arrayContaining(['aws', 'docker']));
  });

  it.each(['mid', 'senior'] as const)(
    '%s: system design is included by default and not optional',
    (seniority) => {
      const plan = generateInterviewPlan(blueprint(seniority, standardSkills), { lookup });
      const design = byKey(plan, 'system-design');
      expect(design).toMatchObject({ optional: false, included: true, durationMinutes: 60 });
      expect(design.focus).toEqual(
        expect.arrayContaining(['architecture', 'scale', 'trade-offs', 'communication', 'aws', 'docker']),
      );
      // Skills best judged on real work stay in the practical review.
      const practical = byKey(plan, 'practical-review').focus;
      expect(practical).toEqual(expect.arrayContaining(['typescript', 'nodejs', 'postgresql', 'rest-api']));
      expect(practical).not.toContain('aws');
      expect(plan.notes.join(' ')).not.toMatch(/junior/);
    },
  );

  it('senior behavioural interviews take 60 minutes, others 45', () => {
    expect(
      byKey(generateInterviewPlan(blueprint('senior', []), { lookup }), 'behavioural').durationMinutes,
    ).toBe(60);
    expect(
      byKey(generateInterviewPlan(blueprint('mid', []), { lookup }), 'behavioural').durationMinutes,
    ).toBe(45);
  });

  it('gives each interview a purpose, a duration in range and suggested interviewers', () => {
    const plan = generateInterviewPlan(blueprint('mid', standardSkills), { lookup });
    for (const interview of plan.interviews) {
      expect(interview.purpose.length).toBeGreaterThan(40);
      expect(interview.focus.length).toBeGreaterThan(0);
      expect(interview.interviewerRoles.length).toBeGreaterThan(0);
    }
    const screen = byKey(plan, 'screen');
    expect(screen.durationMinutes).toBeGreaterThanOrEqual(20);
    expect(screen.durationMinutes).toBeLessThanOrEqual(30);
    expect(byKey(plan, 'system-design').interviewerRoles).toContain('tech_lead');
    expect(byKey(plan, 'references').interviewerRoles).toContain('hiring_manager');
  });

  it.each(['junior', 'mid', 'senior'] as const)(
    '%s: every soft attribute is assessed in at least one included interview',
    (seniority) => {
      const plan = generateInterviewPlan(blueprint(seniority, standardSkills), { lookup });
      const assessed = new Set(includedInterviews(plan).flatMap((interview) => interview.focus));
      for (const id of softAttributeIds) expect(assessed, id).toContain(id);
    },
  );

  it('asks for an outside technical advisor when the team has no technical lead', () => {
    const plan = generateInterviewPlan(blueprint('senior', standardSkills, { technicalDirection: 'none' }), {
      lookup,
    });
    expect(byKey(plan, 'practical-review').interviewerRoles).toEqual(['technical_advisor']);
    expect(byKey(plan, 'system-design').interviewerRoles).toEqual(['technical_advisor']);
    expect(plan.notes.join(' ')).toMatch(/outside engineer/);
  });

  it('uses must-haves only, each once, and keeps plan attributes consistent', () => {
    const plan = generateInterviewPlan(
      blueprint('mid', [must('typescript'), must('typescript', 'deep'), nice('redis'), must('postgresql')]),
      { lookup },
    );
    expect(allKept(plan).sort()).toEqual(['postgresql', 'typescript']);
    expect(plan.attributes.filter((attribute) => attribute.kind === 'skill').map((a) => a.id)).toEqual(
      allKept(plan),
    );
    expect(plan.attributes.find((attribute) => attribute.id === 'typescript')).toEqual({
      id: 'typescript',
      name: 'TypeScript',
      kind: 'skill',
      category: 'languages',
    });
    expect(interviewFocus(plan, 'screen').map((attribute) => attribute.name)).toEqual([
      'Communication',
      'Architecture',
      'Production experience',
    ]);
    expect(interviewFocus(plan, 'nope')).toEqual([]);
  });

  it('still produces a valid plan without any must-haves', () => {
    const plan = generateInterviewPlan(blueprint('mid', []), { lookup });
    expect(plan.focusGroups).toEqual([]);
    expect(byKey(plan, 'practical-review').focus).toEqual([
      'problem-solving',
      'testing-discipline',
      'security-judgement',
    ]);
  });

  it('puts skills the taxonomy does not know into an "Other skills" area judged in the practical review', () => {
    const plan = generateInterviewPlan(blueprint('mid', [must('typescript'), must('cobol-on-cogs')]), {
      lookup,
    });
    expect(plan.focusGroups.map((group) => [group.id, group.label])).toEqual([
      ['languages', 'Languages'],
      ['other', 'Other skills'],
    ]);
    expect(byKey(plan, 'practical-review').focus).toContain('cobol-on-cogs');
  });
});

describe('generateInterviewPlan: focus areas', () => {
  it('collapses 15 must-haves in 7 categories into 4 related areas without dropping any', () => {
    const fifteen = [
      must('typescript', 'deep'),
      must('nodejs', 'deep'),
      must('python'),
      must('express'),
      must('nestjs'),
      must('postgresql'),
      must('redis'),
      must('mongodb'),
      must('rest-api'),
      must('graphql'),
      must('aws'),
      must('docker'),
      must('kubernetes'),
      must('terraform'),
      must('oauth2'),
    ];
    const plan = generateInterviewPlan(blueprint('senior', fifteen), { lookup });
    expectWithinLimits(plan);
    expect(plan.focusGroups.map((group) => [group.id, group.label, group.attributes.length])).toEqual([
      ['languages-frameworks', 'Languages & frameworks', 5],
      ['databases', 'Databases', 3],
      ['apis-security', 'APIs & security', 3],
      ['cloud-devops', 'Cloud & DevOps', 4],
    ]);
    expect(allKept(plan).sort()).toEqual(fifteen.map((skill) => skill.skill).sort());
    expect(allDropped(plan)).toEqual([]);
    expect(plan.notes).toEqual([
      'Languages and frameworks are assessed together to keep the interviews to 4 focus areas.',
      'APIs and security are assessed together to keep the interviews to 4 focus areas.',
      'Cloud and DevOps are assessed together to keep the interviews to 4 focus areas.',
    ]);
    // Cloud & DevOps is judged in system design; the rest on practical work.
    expect(byKey(plan, 'system-design').focus).toEqual(
      expect.arrayContaining(['aws', 'docker', 'kubernetes', 'terraform']),
    );
    expect(byKey(plan, 'practical-review').focus).toEqual(
      expect.arrayContaining(['oauth2', 'graphql', 'python']),
    );
  });

  it('keeps the six most important of a crowded category and says which were dropped', () => {
    const plan = generateInterviewPlan(
      blueprint('senior', [
        must('mysql', 'basic'),
        must('postgresql', 'deep'),
        must('redis'),
        must('mongodb'),
        must('elasticsearch', 'basic'),
        must('dynamodb'),
        { ...must('cassandra'), minYears: 3 },
        must('sqlite'),
      ]),
      { lookup },
    );
    expectWithinLimits(plan);
    const [group] = plan.focusGroups;
    // Deep first, then more years, then blueprint order; the two basic ones go.
    expect(group!.attributes).toEqual(['postgresql', 'cassandra', 'redis', 'mongodb', 'dynamodb', 'sqlite']);
    expect(group!.dropped).toEqual([
      { id: 'mysql', name: 'MySQL', category: 'databases' },
      { id: 'elasticsearch', name: 'Elasticsearch', category: 'databases' },
    ]);
    expect(plan.notes.join(' ')).toContain(
      'Databases: the 6 most important must-haves are assessed; MySQL and Elasticsearch are left out.',
    );
    expect(plan.attributes.map((attribute) => attribute.id)).not.toContain('mysql');
  });

  it('prefers a merge that keeps an area within six', () => {
    const plan = generateInterviewPlan(
      blueprint('mid', [
        must('typescript'),
        must('nodejs'),
        must('python'),
        must('go'),
        must('java'),
        must('kotlin'),
        must('express'),
        must('postgresql'),
        must('redis'),
        must('rest-api'),
        must('graphql'),
        must('aws'),
        must('gcp'),
      ]),
      { lookup },
    );
    expectWithinLimits(plan);
    // Frameworks would overflow the six languages, so they join APIs instead.
    expect(plan.focusGroups.map((group) => group.label)).toEqual([
      'Languages',
      'Frameworks & APIs',
      'Databases',
      'Cloud',
    ]);
    expect(allDropped(plan)).toEqual([]);
  });

  it('never exceeds 4 areas of 6, and accounts for every must-have, with one skill in every category', () => {
    const ids = Object.keys(skillRows);
    const plan = generateInterviewPlan(
      blueprint(
        'senior',
        ids.map((id) => must(id)),
      ),
      { lookup },
    );
    expectWithinLimits(plan);
    expect([...allKept(plan), ...allDropped(plan)].sort()).toEqual([...ids].sort());
    expect(allKept(plan).length).toBeLessThanOrEqual(maxFocusGroups * maxAttributesPerGroup);
    expect(() => interviewPlanSchema.parse(plan)).not.toThrow();
  });
});

describe('interviewPlanSchema', () => {
  const plan = () => structuredClone(generateInterviewPlan(blueprint('mid', standardSkills), { lookup }));
  const messages = (input: unknown) => {
    const result = interviewPlanSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('accepts a generated plan and a sensible edit', () => {
    const edited = plan();
    edited.interviews.push({
      ...byKey(edited, 'system-design'),
      key: 'system-design-2',
      title: 'Second system design',
      durationMinutes: 90,
    });
    byKey(edited, 'screen').durationMinutes = 20;
    expect(interviewPlanSchema.safeParse(edited).success).toBe(true);
  });

  it('rejects two interviews with the same key', () => {
    const edited = plan();
    edited.interviews[1]!.key = 'screen';
    expect(messages(edited)).toEqual(['Two interviews use the key "screen"; each needs its own.']);
  });

  it.each([14, 241, 30.5])('rejects a duration of %s minutes', (minutes) => {
    const edited = plan();
    edited.interviews[0]!.durationMinutes = minutes;
    expect(messages(edited)).toHaveLength(1);
  });

  it('accepts the duration limits 15 and 240', () => {
    const edited = plan();
    edited.interviews[0]!.durationMinutes = 15;
    edited.interviews[1]!.durationMinutes = 240;
    expect(messages(edited)).toEqual([]);
  });

  it('rejects an interview without any attribute', () => {
    const edited = plan();
    edited.interviews[0]!.focus = [];
    expect(messages(edited)).toEqual(['Pick at least one attribute this interview assesses.']);
  });

  it('rejects unknown and repeated focus attributes', () => {
    const edited = plan();
    edited.interviews[0]!.focus = ['communication', 'communication', 'charisma'];
    expect(messages(edited)).toEqual(['"communication" is listed twice.', 'Unknown attribute "charisma".']);
  });

  it('rejects a plan where every interview is switched off', () => {
    const edited = plan();
    for (const interview of edited.interviews) interview.included = false;
    expect(messages(edited)).toEqual(['Include at least one interview.']);
  });

  it('rejects a fifth focus area and a seventh attribute in one area', () => {
    const edited = plan();
    const extra = { id: 'extra', label: 'Extra', categories: [], attributes: ['communication'], dropped: [] };
    edited.focusGroups = [...edited.focusGroups, extra, extra, extra, extra].slice(0, 5);
    expect(messages(edited)).toContain('Keep the plan to at most 4 focus areas.');

    const crowded = plan();
    crowded.focusGroups[0]!.attributes = [...coreAttributeIds.slice(0, 7)];
    expect(messages(crowded)).toEqual(['Keep a focus area to at most 6 attributes.']);
  });

  it('rejects an attribute listed in two focus areas, duplicate attributes and bad keys', () => {
    const edited = plan();
    edited.focusGroups[1]!.attributes.push(edited.focusGroups[0]!.attributes[0]!);
    edited.attributes.push(edited.attributes[0]!);
    edited.interviews[0]!.key = 'Screen Call';
    edited.interviews[0]!.interviewerRoles = ['hiring_manager', 'hiring_manager'];
    expect(messages(edited)).toHaveLength(4);
  });
});

describe('with the real taxonomy', () => {
  it('built-in attribute ids never collide with skill ids', () => {
    for (const id of coreAttributeIds) expect(getSkill(id), id).toBeUndefined();
  });

  it.each(roleTemplates.map((template) => [template.id, template] as const))(
    'template %s gives a valid plan covering its must-haves',
    (_id, template) => {
      const plan = generateInterviewPlan(template.blueprint, { lookup: getSkill });
      expectWithinLimits(plan);
      expect(interviewPlanSchema.safeParse(plan).success).toBe(true);
      const musts = mustHaveSkills(template.blueprint).map((skill) => skill.skill);
      const assessed = new Set(includedInterviews(plan).flatMap((interview) => interview.focus));
      for (const id of musts) expect(assessed.has(id) || allDropped(plan).includes(id), id).toBe(true);
    },
  );
});
