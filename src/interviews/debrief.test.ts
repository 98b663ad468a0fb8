import { describe, expect, it } from 'vitest';
import {
  type BlueprintInput,
  blueprintSchema,
  type Seniority,
  type SkillCategory,
} from '../roles/blueprint.ts';
import {
  buildDebrief,
  type Debrief,
  type DebriefWarningId,
  type PanelScorecard,
  tallyRecommendations,
} from './debrief.ts';
import { generateInterviewPlan, type PlanSkillLookup } from './interview-plan.ts';

const skillRows: Record<string, [string, SkillCategory]> = {
  typescript: ['TypeScript', 'languages'],
  postgresql: ['PostgreSQL', 'databases'],
  mysql: ['MySQL', 'databases'],
  redis: ['Redis', 'databases'],
  mongodb: ['MongoDB', 'databases'],
  dynamodb: ['DynamoDB', 'databases'],
  cassandra: ['Cassandra', 'databases'],
  sqlite: ['SQLite', 'databases'],
  'rest-api': ['REST API design', 'apis'],
  aws: ['AWS', 'cloud'],
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
const mustHaves = ['typescript', 'postgresql', 'rest-api', 'aws', 'jest'];
const planFor = (seniority: Seniority, skills: SkillInput[] = mustHaves.map((id) => must(id))) =>
  generateInterviewPlan(
    blueprintSchema.parse({
      title: 'Backend Engineer',
      productStage: 'scaling',
      seniority,
      technicalDirection: 'strong',
      skills,
    }),
    { lookup },
  );
const midPlan = planFor('mid');

const screen: PanelScorecard = {
  authorId: 'alice',
  authorName: 'Alice',
  interviewKey: 'screen',
  ratings: { communication: 3, architecture: 3, 'production-experience': 2 },
  notes: { communication: 'Explained their event pipeline clearly.' },
  redFlags: ['keyword-answers'],
  recommendation: 'yes',
};
const practical: PanelScorecard = {
  authorId: 'bob',
  interviewKey: 'practical-review',
  ratings: {
    typescript: 4,
    postgresql: 3,
    'rest-api': 3,
    jest: 2,
    'problem-solving': 3,
    'testing-discipline': 2,
    'security-judgement': 3,
  },
  notes: { typescript: 'Typed the whole API from one schema.', jest: 'Happy-path tests only.' },
  redFlags: ['keyword-answers', 'dismisses-testing'],
  recommendation: 'yes',
};
const design: PanelScorecard = {
  authorId: 'carol',
  interviewKey: 'system-design',
  ratings: {
    aws: 2,
    architecture: 2,
    scale: 2,
    'trade-offs': 3,
    communication: 2,
    ambiguity: 3,
    'production-experience': 2,
    'security-judgement': 2,
  },
  recommendation: 'no',
};
const behavioural: PanelScorecard = {
  authorId: 'alice',
  authorName: 'Alice',
  interviewKey: 'behavioural',
  ratings: { collaboration: 3, ownership: 4, ambiguity: 3, communication: 4 },
  notes: { ownership: 'Rolled back a bad migration at 2 a.m. and wrote the post-mortem.' },
  recommendation: 'strong_yes',
};
const panel = [screen, practical, design, behavioural];

const debrief = (
  scorecards: readonly PanelScorecard[],
  extra: Partial<Parameters<typeof buildDebrief>[0]> = {},
) => buildDebrief({ plan: midPlan, mustHaves, scorecards, ...extra });
const ids = (result: Debrief) => result.warnings.map((warning) => warning.id);
const warning = (result: Debrief, id: DebriefWarningId) => result.warnings.find((entry) => entry.id === id);

describe('buildDebrief: the matrix', () => {
  const { matrix } = debrief(panel);
  const row = (id: string) => matrix.rows.find((entry) => entry.attributeId === id)!;

  it('has one column per interviewer, in plan order', () => {
    expect(matrix.interviewers).toEqual([
      { id: 'alice', name: 'Alice' },
      { id: 'bob', name: 'bob' },
      { id: 'carol', name: 'carol' },
    ]);
  });

  it('has a row for every plan attribute, gaps included', () => {
    expect(matrix.rows.map((entry) => entry.attributeId)).toEqual(midPlan.attributes.map((a) => a.id));
    expect(row('scale').cells).toEqual([
      null,
      null,
      { rating: 2, entries: [{ interviewKey: 'system-design', rating: 2, note: '' }] },
    ]);
  });

  it("averages an interviewer's ratings across their interviews and keeps the evidence", () => {
    const communication = row('communication');
    expect(communication.name).toBe('Communication');
    expect(communication.cells[0]).toEqual({
      rating: 3.5,
      entries: [
        { interviewKey: 'screen', rating: 3, note: 'Explained their event pipeline clearly.' },
        { interviewKey: 'behavioural', rating: 4, note: '' },
      ],
    });
    expect(communication.cells[1]).toBeNull();
    expect(communication.cells[2]?.rating).toBe(2);
    expect(communication.average).toBe(3); // (3 + 4 + 2) / 3
    expect(row('security-judgement').average).toBe(2.5);
    expect(row('collaboration').average).toBe(3);
  });

  it('adds a row for evidence on an attribute outside the plan', () => {
    const { matrix: extended } = debrief([...panel, { ...design, authorId: 'dan', ratings: { kafka: 3 } }]);
    expect(extended.rows.at(-1)).toMatchObject({ attributeId: 'kafka', name: 'kafka', average: 3 });
  });
});

describe('buildDebrief: coverage, red flags, tally and exercises', () => {
  it('reports who gave evidence on each must-have and the average, or no evidence', () => {
    const { coverage } = debrief([practical, design], { mustHaves: [...mustHaves, 'kafka'] });
    expect(coverage).toEqual([
      {
        skill: 'typescript',
        name: 'TypeScript',
        status: 'evidence',
        interviewers: ['bob'],
        ratingCount: 1,
        averageRating: 4,
        droppedFromPlan: false,
      },
      expect.objectContaining({ skill: 'postgresql', averageRating: 3 }),
      expect.objectContaining({ skill: 'rest-api', averageRating: 3 }),
      expect.objectContaining({ skill: 'aws', interviewers: ['carol'], averageRating: 2 }),
      expect.objectContaining({ skill: 'jest', name: 'Jest', averageRating: 2 }),
      {
        skill: 'kafka',
        name: 'kafka',
        status: 'no_evidence',
        interviewers: [],
        ratingCount: 0,
        averageRating: null,
        droppedFromPlan: false,
      },
    ]);
  });

  it('counts a note without a rating as evidence', () => {
    const [row] = debrief([{ ...design, ratings: {}, notes: { typescript: 'Knows generics well.' } }], {
      mustHaves: ['typescript'],
    }).coverage;
    expect(row).toMatchObject({
      status: 'evidence',
      interviewers: ['carol'],
      ratingCount: 0,
      averageRating: null,
    });
  });

  it('aggregates red flags with who saw them, most seen first', () => {
    expect(debrief(panel).redFlags).toEqual([
      { id: 'keyword-answers', label: 'Buzzwords, no story', seenBy: ['alice', 'bob'] },
      { id: 'dismisses-testing', label: 'Dismisses testing', seenBy: ['bob'] },
    ]);
  });

  it('tallies the recommendations and finds the majority', () => {
    expect(debrief(panel).tally).toEqual({
      strong_no: 0,
      no: 1,
      yes: 2,
      strong_yes: 1,
      total: 4,
      inFavour: 3,
      against: 1,
      majority: 'hire',
    });
    expect(tallyRecommendations([design, { ...design, recommendation: 'strong_no' }, screen]).majority).toBe(
      'no_hire',
    );
    expect(tallyRecommendations([design, screen]).majority).toBe('split');
    expect(tallyRecommendations([]).majority).toBe('none');
  });

  it('summarises exercise results', () => {
    const { exercises } = debrief(panel, {
      exercises: [
        { exerciseId: 'api', title: 'Build a small API', score: 17, maxScore: 20, verdict: 'pass' },
        { exerciseId: 'broken', score: 0, maxScore: 0, verdict: 'fail' },
      ],
    });
    expect(exercises.map((exercise) => exercise.percent)).toEqual([85, null]);
  });
});

describe('the debrief advisor', () => {
  it('stays quiet on a complete panel', () => {
    expect(debrief(panel).warnings).toEqual([]);
    expect(debrief(panel, { proposedDecision: 'hire' }).warnings).toEqual([]);
  });

  describe('single_interviewer', () => {
    it('fires when nobody has submitted', () => {
      const result = debrief([]);
      expect(warning(result, 'single_interviewer')).toMatchObject({
        severity: 'error',
        message: 'Nobody has submitted a scorecard yet, so there is no evidence to decide on.',
      });
      expect(ids(result)[0]).toBe('single_interviewer'); // errors first
    });

    it('fires when one person wrote every scorecard', () => {
      const result = debrief([screen, behavioural]);
      expect(warning(result, 'single_interviewer')).toMatchObject({ severity: 'error' });
      expect(warning(result, 'single_interviewer')?.detail).toContain(
        '2 scorecards from a single interviewer',
      );
    });

    it('is quiet with two interviewers', () => {
      expect(ids(debrief([screen, practical]))).not.toContain('single_interviewer');
    });
  });

  describe('no_system_design_evidence', () => {
    const withoutDesign = [screen, practical, behavioural];

    it('warns for a mid-level hire and is an error for a senior one', () => {
      expect(warning(debrief(withoutDesign), 'no_system_design_evidence')).toMatchObject({
        severity: 'warning',
      });
      const senior = buildDebrief({ plan: planFor('senior'), mustHaves, scorecards: withoutDesign });
      expect(warning(senior, 'no_system_design_evidence')).toMatchObject({ severity: 'error' });
      expect(warning(senior, 'no_system_design_evidence')?.message).toContain('senior hire');
    });

    it('is quiet for a junior', () => {
      const junior = buildDebrief({ plan: planFor('junior'), mustHaves, scorecards: withoutDesign });
      expect(ids(junior)).not.toContain('no_system_design_evidence');
    });

    it('is quiet when scale or trade-offs were rated in another interview', () => {
      const folded = { ...practical, ratings: { ...practical.ratings, 'trade-offs': 3 as const } };
      expect(ids(debrief([screen, folded, behavioural]))).not.toContain('no_system_design_evidence');
    });
  });

  describe('testing_not_discussed', () => {
    it('fires when nobody rated or noted testing', () => {
      const result = debrief([screen, design, behavioural]);
      expect(warning(result, 'testing_not_discussed')).toMatchObject({ severity: 'warning' });
      expect(warning(result, 'testing_not_discussed')?.detail).toContain('Testing discipline and Jest');
    });

    it('is quiet when a testing skill was rated, or testing discipline noted', () => {
      const jestOnly = { ...practical, ratings: { jest: 3 as const }, notes: {} };
      expect(ids(debrief([screen, jestOnly, design]))).not.toContain('testing_not_discussed');
      const noted = { ...design, notes: { 'testing-discipline': 'Would add contract tests first.' } };
      expect(ids(debrief([screen, noted]))).not.toContain('testing_not_discussed');
    });
  });

  describe('communication_not_assessed', () => {
    it('fires when nobody rated communication', () => {
      const silent = { ...design, ratings: { aws: 3 as const } };
      expect(warning(debrief([practical, silent]), 'communication_not_assessed')).toMatchObject({
        severity: 'warning',
        subject: 'communication',
      });
    });

    it('is quiet when someone did', () => {
      expect(ids(debrief([practical, design]))).not.toContain('communication_not_assessed');
    });
  });

  describe('must_have_without_evidence', () => {
    it('fires once per must-have nobody checked', () => {
      const result = debrief([screen, design, behavioural]);
      const missing = result.warnings.filter((entry) => entry.id === 'must_have_without_evidence');
      expect(missing.map((entry) => entry.subject)).toEqual(['typescript', 'postgresql', 'rest-api', 'jest']);
      expect(missing[0]).toMatchObject({
        severity: 'error',
        message: 'Nobody checked TypeScript, which you marked as a must-have.',
      });
    });

    it('says when the plan left the must-have out', () => {
      const databases = ['postgresql', 'mysql', 'redis', 'mongodb', 'dynamodb', 'cassandra', 'sqlite'];
      const plan = planFor('mid', [must('typescript'), ...databases.map((id) => must(id))]);
      const dropped = plan.focusGroups.flatMap((group) => group.dropped.map((skill) => skill.id));
      expect(dropped).toEqual(['sqlite']);
      const result = buildDebrief({
        plan,
        mustHaves: ['typescript', ...databases],
        scorecards: [practical, design],
      });
      const entry = result.warnings.find(
        (w) => w.id === 'must_have_without_evidence' && w.subject === 'sqlite',
      );
      expect(entry?.message).toBe('Nobody checked SQLite, which you marked as a must-have.');
      expect(entry?.detail).toContain('left out of the interview plan');
      expect(result.coverage.find((row) => row.skill === 'sqlite')).toMatchObject({ droppedFromPlan: true });
    });

    it('is quiet when every must-have has evidence', () => {
      expect(ids(debrief(panel))).not.toContain('must_have_without_evidence');
    });
  });

  describe('decision_against_panel', () => {
    it('fires when the proposal goes against the majority, either way', () => {
      const noHire = warning(debrief(panel, { proposedDecision: 'no_hire' }), 'decision_against_panel');
      expect(noHire).toMatchObject({
        severity: 'warning',
        message: 'You are proposing not to hire, but most of the panel said yes (3 of 4).',
      });
      const negative = [design, { ...practical, recommendation: 'strong_no' as const }, screen];
      const hire = warning(debrief(negative, { proposedDecision: 'hire' }), 'decision_against_panel');
      expect(hire?.message).toBe('You are proposing to hire, but most of the panel said no (2 of 3).');
      expect(hire?.detail).toContain('0 strong yes, 1 yes, 1 no, 1 strong no');
    });

    it('is quiet when the proposal follows the majority, on a split, or without a proposal', () => {
      expect(ids(debrief(panel, { proposedDecision: 'hire' }))).not.toContain('decision_against_panel');
      expect(ids(debrief([screen, design], { proposedDecision: 'no_hire' }))).not.toContain(
        'decision_against_panel',
      );
      expect(ids(debrief([screen, design], { proposedDecision: 'hire' }))).not.toContain(
        'decision_against_panel',
      );
      expect(ids(debrief([design, { ...screen, recommendation: 'no' }]))).not.toContain(
        'decision_against_panel',
      );
    });
  });
});
