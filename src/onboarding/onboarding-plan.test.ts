import { describe, expect, it } from 'vitest';
import { type BlueprintInput, blueprintSchema } from '../roles/blueprint.ts';
import {
  generateOnboardingPlan,
  type OnboardingPlanInput,
  onboardingGoals,
  onboardingPhases,
} from './onboarding-plan.ts';

const blueprint = (overrides: Partial<BlueprintInput> = {}) =>
  blueprintSchema.parse({
    title: 'Backend Engineer',
    productStage: 'scaling',
    seniority: 'mid',
    technicalDirection: 'some',
    existingStack: ['python', 'django', 'postgresql'],
    skills: [
      { skill: 'python', requirement: 'must' },
      { skill: 'django', requirement: 'must' },
      { skill: 'postgresql', requirement: 'must' },
      { skill: 'rest-api', requirement: 'must' },
    ],
    ...overrides,
  });

const plan = (overrides: Partial<OnboardingPlanInput> = {}) =>
  generateOnboardingPlan({
    blueprint: blueprint(),
    startDate: '2026-03-02',
    engagementModel: 'full_time',
    managerId: 'manager-1',
    buddyId: 'buddy-1',
    ...overrides,
  });

const due = (result: ReturnType<typeof plan>, key: string) =>
  result.items.find((item) => item.key === key)?.dueDate;

describe('generateOnboardingPlan: due dates in business days', () => {
  it('Monday start: accounts the Thursday before, first task on Friday, reviews at 30/60/90 days', () => {
    const result = plan();
    expect(result.firstDay).toBe('2026-03-02');
    expect(result.startDateMoved).toBe(false);
    expect(due(result, 'accounts_ready')).toBe('2026-02-26');
    expect(due(result, 'buddy_named')).toBe('2026-02-23');
    expect(due(result, 'access_checked')).toBe('2026-02-27');
    expect(due(result, 'welcome_meeting')).toBe('2026-03-02');
    expect(due(result, 'first_task_shipped')).toBe('2026-03-06');
    expect(due(result, 'review_30')).toBe('2026-04-01');
    expect(due(result, 'review_60')).toBe('2026-05-01');
    // Day 90 is Sunday 31 May: the review moves to Monday.
    expect(due(result, 'review_90')).toBe('2026-06-01');
  });

  it('Friday start: week one runs across the weekend', () => {
    const result = plan({ startDate: '2026-03-06' });
    expect(due(result, 'accounts_ready')).toBe('2026-03-04');
    expect(due(result, 'environment_running')).toBe('2026-03-09');
    expect(due(result, 'first_task_shipped')).toBe('2026-03-12');
    // Day 30 is Sunday 5 April.
    expect(due(result, 'review_30')).toBe('2026-04-06');
  });

  it('a start on a weekend moves to the Monday after it', () => {
    const result = plan({ startDate: '2026-03-01' });
    expect(result.firstDay).toBe('2026-03-02');
    expect(result.startDateMoved).toBe(true);
    expect(due(result, 'accounts_ready')).toBe('2026-02-26');
    expect(due(result, 'first_task_shipped')).toBe('2026-03-06');
  });

  it('a start the day after a long weekend skips the holiday both ways', () => {
    // Memorial Day, Monday 25 May 2026; the start is Tuesday 26 May.
    const result = plan({ startDate: '2026-05-26', holidays: ['2026-05-25'] });
    expect(due(result, 'accounts_ready')).toBe('2026-05-21');
    expect(due(result, 'access_checked')).toBe('2026-05-22');
    expect(due(result, 'first_task_shipped')).toBe('2026-06-01');
  });

  it('never puts a due date on a holiday', () => {
    const holidays = ['2026-03-04', '2026-04-01', '2026-12-25', '2027-01-01'];
    const result = plan({ holidays });
    expect(due(result, 'meet_and_greets')).toBe('2026-03-05');
    expect(due(result, 'first_task_shipped')).toBe('2026-03-09');
    expect(due(result, 'review_30')).toBe('2026-04-02');
    expect(result.items.every((item) => !holidays.includes(item.dueDate))).toBe(true);

    const winter = plan({ startDate: '2026-12-25', holidays });
    expect(winter.firstDay).toBe('2026-12-28');
    expect(due(winter, 'first_task_shipped')).toBe('2027-01-04');
  });

  it('gives every item a phase, an owner and a date, sorted by date', () => {
    const result = plan({ newHireId: 'hire-1' });
    const dates = result.items.map((item) => item.dueDate);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(result.items.map((item) => item.phase))).toEqual(new Set(onboardingPhases));
    expect(new Set(result.items.map((item) => item.key)).size).toBe(result.items.length);
    for (const item of result.items) {
      if (item.ownerRole === 'manager') expect(item.ownerId).toBe('manager-1');
      if (item.ownerRole === 'buddy') expect(item.ownerId).toBe('buddy-1');
      if (item.ownerRole === 'new_hire') expect(item.ownerId).toBe('hire-1');
      if (item.ownerRole === 'it') expect(item.ownerId).toBeNull();
    }
    expect(
      result.items
        .filter((item) => item.phase === 'before_day_one')
        .every((item) => item.dueDate < '2026-03-02'),
    ).toBe(true);
  });

  it('dates the goals at their reviews', () => {
    const result = plan();
    const goals = result.items.filter((item) => item.kind === 'goal');
    expect(goals.length).toBeGreaterThan(0);
    for (const goal of goals) {
      const review = result.items.find((item) => item.key === `review_${goal.checkpoint}`);
      expect(goal.dueDate).toBe(review?.dueDate);
      expect(goal.phase).toBe(review?.phase);
      expect(goal.measure).toBeTruthy();
    }
  });
});

describe('generateOnboardingPlan by engagement model', () => {
  it('a paid trial: a short plan ending in a trial review, judged on the written criteria', () => {
    const criteria = ['Ships the export endpoint with tests', 'Explains one trade-off to the team'];
    const result = plan({ engagementModel: 'paid_trial', successCriteria: criteria, endDate: '2026-03-13' });
    expect(due(result, 'trial_review')).toBe('2026-03-13');
    expect(result.items.some((item) => item.key.startsWith('review_'))).toBe(false);
    expect(
      result.items.filter((item) => item.kind === 'goal').map((item) => [item.title, item.dueDate]),
    ).toEqual([
      [criteria[0], '2026-03-13'],
      [criteria[1], '2026-03-13'],
    ]);
    expect(result.items.some((item) => item.key === 'paperwork_done')).toBe(false);
  });

  it('a contract: nothing after the end date, a handover a week before it', () => {
    const result = plan({ engagementModel: 'contract', endDate: '2026-04-24' });
    expect(result.items.every((item) => item.dueDate <= '2026-04-24')).toBe(true);
    expect(due(result, 'handover')).toBe('2026-04-17');
    expect(due(result, 'scope_agreed')).toBe('2026-03-02');
    expect(due(result, 'review_30')).toBe('2026-04-01');
    expect(due(result, 'review_60')).toBeUndefined();
  });

  it('a contract-to-hire: a conversion review two weeks before the conversion', () => {
    const result = plan({ engagementModel: 'contract_to_hire', conversionDate: '2026-06-01' });
    expect(due(result, 'conversion_review')).toBe('2026-05-18');
    expect(due(result, 'review_90')).toBe('2026-06-01');
  });
});

describe('onboardingGoals', () => {
  const titles = (input: Partial<BlueprintInput>) =>
    onboardingGoals(blueprint(input)).map((goal) => `${goal.checkpoint}: ${goal.title}`);

  it('junior: small changes first, guided features, then reviews', () => {
    expect(titles({ seniority: 'junior' })).toEqual([
      '30: Ships a small, well-defined change in Django (Python)',
      '60: Ships a feature in Django (Python) with guidance',
      '60: Fixes a production bug end to end',
      '90: Ships a medium feature with little hand-holding',
      '90: Reviews teammates’ code',
    ]);
  });

  it('mid: a feature, latency, independent reviews, then a feature area', () => {
    expect(titles({ seniority: 'mid' })).toEqual([
      '30: Ships a feature in Django (Python)',
      '60: Reduces the latency of an API endpoint',
      '60: Does independent code reviews',
      '90: Owns a feature area end to end',
    ]);
    const latency = onboardingGoals(blueprint()).find((goal) => goal.title.includes('latency'));
    expect(latency?.measure).toContain('p95');
    expect(latency?.measure).toContain('PostgreSQL');
  });

  it('senior: reviews from the start, a design discussion, and an area of the architecture', () => {
    expect(titles({ seniority: 'senior' })).toEqual([
      '30: Ships a feature in Django (Python)',
      '30: Does independent code reviews',
      '60: Reduces the latency of an API endpoint',
      '60: Leads a design discussion',
      '90: Owns an area of the architecture',
      '90: Mentors a teammate',
    ]);
    expect(titles({ seniority: 'senior', technicalDirection: 'none' })).toContain(
      '90: Sets the technical direction',
    );
  });

  it('follows the stack, the product stage and deployment skills', () => {
    const node = titles({
      seniority: 'senior',
      productStage: 'mvp',
      existingStack: [],
      skills: [
        { skill: 'nodejs', requirement: 'must' },
        { skill: 'aws', requirement: 'must' },
      ],
    });
    expect(node).toContain('30: Ships a feature in Node.js');
    expect(node).toContain('30: Deploys a change to production on their own');
    expect(node).toContain('60: Ships a customer-facing feature end to end');
    expect(node).not.toContain('60: Reduces the latency of an API endpoint');
    expect(titles({ seniority: 'mid', existingStack: [], skills: [] })).toContain(
      '30: Ships a feature in the main codebase',
    );
  });
});
