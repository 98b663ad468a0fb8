import type { OfferEngagement } from '../offers/offer-terms.ts';
import type { SkillInfo } from '../roles/advisor.ts';
import type { Blueprint, SkillCategory } from '../roles/blueprint.ts';
import { getSkill } from '../skills/taxonomy.ts';
import {
  addBusinessDays,
  addCalendarDays,
  type BusinessCalendar,
  businessCalendar,
  nextBusinessDay,
  nthBusinessDay,
  previousBusinessDay,
} from './business-days.ts';

/**
 * The onboarding plan created when an offer is accepted (PRODUCT.md §6): what must be ready before day one,
 * the first week (meet-and-greets, a running environment, a small first task shipped), first contributions
 * in weeks two to four, growing ownership in weeks five to twelve, and measurable 30/60/90-day goals drawn
 * from the blueprint. Every item has an owner and a due date in business days. Pure: no clock, no I/O.
 */

export const onboardingPhases = [
  'before_day_one',
  'week_one',
  'weeks_two_to_four',
  'weeks_five_to_twelve',
] as const;
export type OnboardingPhase = (typeof onboardingPhases)[number];

export const onboardingPhaseLabels: Record<OnboardingPhase, string> = {
  before_day_one: 'Before day one',
  week_one: 'Week one',
  weeks_two_to_four: 'Weeks two to four',
  weeks_five_to_twelve: 'Weeks five to twelve',
};

export const ownerRoles = ['manager', 'buddy', 'new_hire', 'it'] as const;
export type OwnerRole = (typeof ownerRoles)[number];

export const checkpoints = [30, 60, 90] as const;
export type Checkpoint = (typeof checkpoints)[number];

export type OnboardingItem = {
  /** Stable within a plan, e.g. "accounts_ready" or "goal_60_2": reminders and check-offs refer to it. */
  key: string;
  phase: OnboardingPhase;
  kind: 'task' | 'review' | 'goal';
  title: string;
  description: string;
  ownerRole: OwnerRole;
  /** The user who owns it, when known (the manager and the buddy always are). */
  ownerId: string | null;
  dueDate: string;
  /** Reviews and goals: the 30/60/90-day checkpoint they belong to. */
  checkpoint: Checkpoint | null;
  /** Goals: how the reviewer checks it was met. */
  measure: string | null;
};

export type OnboardingGoal = { checkpoint: Checkpoint; title: string; measure: string };

/** The part of a taxonomy skill the plan needs; the taxonomy's `getSkill` fits this shape. */
export type GoalSkillLookup = (id: string) => Pick<SkillInfo, 'name' | 'category'> | undefined;

export type OnboardingBlueprint = Pick<
  Blueprint,
  'seniority' | 'skills' | 'existingStack' | 'productStage' | 'technicalDirection' | 'location'
>;

export type OnboardingPlanInput = {
  blueprint: OnboardingBlueprint;
  /** The agreed start date, YYYY-MM-DD; on a weekend or holiday the plan starts the next business day. */
  startDate: string;
  engagementModel: OfferEngagement;
  managerId: string;
  buddyId: string;
  newHireId?: string | null;
  itOwnerId?: string | null;
  /** Public holidays and company closures, YYYY-MM-DD: never a due date, never counted as a business day. */
  holidays?: readonly string[];
  /** Contracts and trials: the last working day. Contract items due after it are left out. */
  endDate?: string | null;
  /** Contract-to-hire: the planned conversion, which gets a review two weeks before. */
  conversionDate?: string | null;
  /** Paid trials: the written success criteria become the trial's goals. */
  successCriteria?: readonly string[];
  lookup?: GoalSkillLookup;
};

export type OnboardingPlan = {
  engagementModel: OfferEngagement;
  startDate: string;
  /** The first business day on or after the start date. */
  firstDay: string;
  startDateMoved: boolean;
  items: OnboardingItem[];
};

// ─── Due dates ───────────────────────────────────────────────────────────────────────────────────────

/**
 * `before`: business days before the first day (2 → the Thursday before a Monday start);
 * `day`: the n-th business day, the first day being 1 (5 → the end of week one);
 * `calendar`: calendar days after the first day, moved to the next business day (the 30/60/90 reviews).
 */
type Due = { before: number } | { day: number } | { calendar: number };

function dueDate(due: Due, firstDay: string, calendar: BusinessCalendar): string {
  if ('before' in due) return addBusinessDays(firstDay, -due.before, calendar);
  if ('day' in due) return nthBusinessDay(firstDay, due.day, calendar);
  return nextBusinessDay(addCalendarDays(firstDay, due.calendar), calendar);
}

/** The phase a computed date falls in; anything after week four belongs to the last phase. */
function phaseOf(date: string, firstDay: string, calendar: BusinessCalendar): OnboardingPhase {
  if (date < firstDay) return 'before_day_one';
  if (date <= nthBusinessDay(firstDay, 5, calendar)) return 'week_one';
  if (date <= nthBusinessDay(firstDay, 20, calendar)) return 'weeks_two_to_four';
  return 'weeks_five_to_twelve';
}

// ─── Items ───────────────────────────────────────────────────────────────────────────────────────────

type ItemTemplate = {
  key: string;
  phase: OnboardingPhase;
  kind?: 'task' | 'review';
  title: string;
  description: string;
  ownerRole: OwnerRole;
  due: Due;
  checkpoint?: Checkpoint;
};

type PlanContext = { remote: boolean; engagement: OfferEngagement };

function beforeDayOne({ remote, engagement }: PlanContext): ItemTemplate[] {
  return [
    {
      key: 'buddy_named',
      phase: 'before_day_one',
      title: 'Onboarding buddy briefed',
      description:
        'The buddy knows they are the first person to ask about the code, the tools and the team, and has time set aside for it in the first two weeks.',
      ownerRole: 'manager',
      due: { before: 5 },
    },
    {
      key: 'equipment_ready',
      phase: 'before_day_one',
      title: remote ? 'Laptop and equipment delivered' : 'Laptop and desk ready',
      description: remote
        ? 'Shipped early enough to arrive before day one, with the disk encrypted and the basics installed.'
        : 'The laptop is set up with the disk encrypted and the basics installed, and a desk is ready.',
      ownerRole: 'it',
      due: { before: remote ? 5 : 2 },
    },
    {
      key: 'first_task_picked',
      phase: 'before_day_one',
      title: 'First task picked',
      description:
        'A small, well-defined task with a clear definition of done that can ship in the first week: a bug fix or a small improvement, not a feature.',
      ownerRole: 'manager',
      due: { before: 3 },
    },
    {
      key: 'first_weeks_planned',
      phase: 'before_day_one',
      title: 'First two weeks planned',
      description:
        'Meet-and-greets, pairing sessions with the buddy and check-ins are in the calendar, so day one starts with a plan rather than a search for things to do.',
      ownerRole: 'manager',
      due: { before: 3 },
    },
    {
      key: 'accounts_ready',
      phase: 'before_day_one',
      title: 'Accounts ready',
      description:
        engagement === 'full_time'
          ? 'E-mail, chat, the code host, the issue tracker, CI and the cloud console, each with only the access the role needs.'
          : 'E-mail, chat, the code host, the issue tracker and CI, scoped to the work agreed and set to expire with the engagement.',
      ownerRole: 'it',
      due: { before: 2 },
    },
    {
      key: 'welcome_note_sent',
      phase: 'before_day_one',
      title: 'Welcome note sent',
      description:
        'What day one looks like: when to log in or arrive, who they will meet, and who to call if something does not work.',
      ownerRole: 'manager',
      due: { before: 2 },
    },
    {
      key: 'access_checked',
      phase: 'before_day_one',
      title: 'Access to code, docs and environment checked',
      description:
        'The buddy follows the setup guide with the new accounts and fixes whatever is broken or out of date, so day one is not spent waiting for access.',
      ownerRole: 'buddy',
      due: { before: 1 },
    },
  ];
}

function weekOne({ engagement }: PlanContext): ItemTemplate[] {
  const paperwork: ItemTemplate =
    engagement === 'full_time'
      ? {
          key: 'paperwork_done',
          phase: 'week_one',
          title: 'Employment paperwork and benefits enrolment',
          description:
            'Tax forms, payroll details and benefits chosen, so nothing is pending at the first payday.',
          ownerRole: 'new_hire',
          due: { day: 3 },
        }
      : {
          key: 'scope_agreed',
          phase: 'week_one',
          title: 'Scope, deliverables and invoicing agreed',
          description:
            'What the engagement should deliver, how progress is shown, and how and when invoices are sent, written down and shared.',
          ownerRole: 'manager',
          due: { day: 1 },
        };
  return [
    {
      key: 'welcome_meeting',
      phase: 'week_one',
      title: 'Welcome and first-week plan',
      description:
        'The manager walks through the first weeks, how the team works and the goals, and answers questions.',
      ownerRole: 'manager',
      due: { day: 1 },
    },
    paperwork,
    {
      key: 'environment_running',
      phase: 'week_one',
      title: 'Development environment running',
      description:
        'The service runs locally, the tests pass, and a trivial change goes through CI. Anything missing from the setup guide is added to it.',
      ownerRole: 'new_hire',
      due: { day: 2 },
    },
    {
      key: 'codebase_tour',
      phase: 'week_one',
      title: 'Codebase and architecture tour',
      description:
        'An hour with the buddy on how the system fits together, where the tricky parts are, and how changes reach production.',
      ownerRole: 'buddy',
      due: { day: 2 },
    },
    {
      key: 'meet_and_greets',
      phase: 'week_one',
      title: 'Meet-and-greets',
      description:
        'Short one-to-ones with the team and with the people they will work with most: product, frontend and support.',
      ownerRole: 'manager',
      due: { day: 3 },
    },
    {
      key: 'first_task_shipped',
      phase: 'week_one',
      title: 'First small task shipped',
      description: 'The task picked before day one is reviewed, merged and released (or ready to release).',
      ownerRole: 'new_hire',
      due: { day: 5 },
    },
    {
      key: 'week_one_check_in',
      phase: 'week_one',
      title: 'End-of-week check-in',
      description:
        'What went well, what got in the way, and what to fix in the onboarding for the next person.',
      ownerRole: 'manager',
      due: { day: 5 },
    },
  ];
}

function review(checkpoint: Checkpoint): ItemTemplate {
  const next =
    checkpoint === 90 ? 'agree goals for the next quarter' : `adjust the goals for day ${checkpoint + 30}`;
  return {
    key: `review_${checkpoint}`,
    phase: checkpoint === 30 ? 'weeks_two_to_four' : 'weeks_five_to_twelve',
    kind: 'review',
    title: `${checkpoint}-day review`,
    description: `Go through the ${checkpoint}-day goals together, record a rating and notes, and ${next}.`,
    ownerRole: 'manager',
    due: { calendar: checkpoint },
    checkpoint,
  };
}

const weeksTwoToFour: ItemTemplate[] = [
  {
    key: 'first_contributions',
    phase: 'weeks_two_to_four',
    title: 'First contributions',
    description:
      'Two or more small, safe changes merged, each with tests and a clear pull-request description.',
    ownerRole: 'new_hire',
    due: { day: 10 },
  },
  {
    key: 'pairing_on_feature',
    phase: 'weeks_two_to_four',
    title: 'Pairing on a first feature',
    description: 'At least two pairing sessions on a real feature, the new hire driving.',
    ownerRole: 'buddy',
    due: { day: 10 },
  },
  ...[2, 3, 4].map(
    (week): ItemTemplate => ({
      key: `check_in_week_${week}`,
      phase: 'weeks_two_to_four',
      title: `Week ${week} check-in`,
      description: 'A regular one-to-one: progress, blockers, and whether the pace feels right.',
      ownerRole: 'manager',
      due: { day: week * 5 },
    }),
  ),
  {
    key: 'first_code_reviews',
    phase: 'weeks_two_to_four',
    title: 'First code reviews given',
    description: 'Reviews teammates’ pull requests alongside the buddy, to learn the team’s standards.',
    ownerRole: 'new_hire',
    due: { day: 15 },
  },
  review(30),
];

const weeksFiveToTwelve: ItemTemplate[] = [
  {
    key: 'area_named',
    phase: 'weeks_five_to_twelve',
    title: 'An area to grow into named',
    description: 'A feature area or service the new hire will gradually own, agreed with them.',
    ownerRole: 'manager',
    due: { day: 25 },
  },
  {
    key: 'regular_code_reviews',
    phase: 'weeks_five_to_twelve',
    title: 'Reviewing code regularly',
    description: 'In the review rotation for their area, reviewing on their own rather than with the buddy.',
    ownerRole: 'new_hire',
    due: { day: 35 },
  },
  {
    key: 'architecture_discussion',
    phase: 'weeks_five_to_twelve',
    title: 'Architecture discussion',
    description:
      'Takes part in (or leads) a design discussion about a real change, and writes down the decision and its trade-offs.',
    ownerRole: 'manager',
    due: { day: 45 },
  },
  review(60),
  {
    key: 'onboarding_feedback',
    phase: 'weeks_five_to_twelve',
    title: 'Onboarding feedback collected',
    description: 'Ask what to change in the onboarding, and change it before the next hire starts.',
    ownerRole: 'manager',
    due: { day: 50 },
  },
  review(90),
];

// ─── Goals ───────────────────────────────────────────────────────────────────────────────────────────

type Stack = {
  /** "Django (Python)", "Node.js", or a neutral phrase when the blueprint names no language. */
  primary: string;
  database: string | null;
  deploys: boolean;
};

function stackOf(blueprint: OnboardingBlueprint, lookup: GoalSkillLookup): Stack {
  const known = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const skill = lookup(id);
      return skill ? [{ id, ...skill }] : [];
    });
  const must = known(
    blueprint.skills.filter((skill) => skill.requirement === 'must').map((skill) => skill.skill),
  );
  const stack = known(blueprint.existingStack);
  const first = (categories: readonly SkillCategory[]) =>
    [...must, ...stack].find((skill) => categories.includes(skill.category));
  const framework = first(['frameworks']);
  const language = first(['languages']);
  const primary = framework
    ? language && !framework.name.includes(language.name)
      ? `${framework.name} (${language.name})`
      : framework.name
    : (language?.name ?? 'the main codebase');
  return {
    primary,
    database: first(['databases'])?.name ?? null,
    deploys: must.some((skill) => skill.category === 'cloud' || skill.category === 'devops'),
  };
}

/**
 * Measurable 30/60/90-day goals for the role: shipping in the team's primary language or framework first,
 * then performance (or, before launch, a customer-facing feature end to end), independent code reviews,
 * and ownership that grows with seniority: a feature area for mid-level, an area of the architecture for
 * seniors.
 */
export function onboardingGoals(
  blueprint: OnboardingBlueprint,
  lookup: GoalSkillLookup = getSkill,
): OnboardingGoal[] {
  const { primary, database, deploys } = stackOf(blueprint, lookup);
  const goal = (checkpoint: Checkpoint, title: string, measure: string) => ({ checkpoint, title, measure });
  const deployGoal = (checkpoint: Checkpoint) =>
    goal(
      checkpoint,
      'Deploys a change to production on their own',
      'Takes one change from merge to production through the pipeline without help, and checks it is healthy afterwards.',
    );
  const performanceGoal =
    blueprint.productStage === 'scaling'
      ? goal(
          60,
          'Reduces the latency of an API endpoint',
          `The p95 latency of one agreed endpoint is measured before and after, and is lower by the agreed target (for example 20%)${database ? `, for instance through a query or index change in ${database}` : ''}.`,
        )
      : goal(
          60,
          'Ships a customer-facing feature end to end',
          `One feature live for customers, covering the API, the ${database ?? 'database'} change, tests and the release, with little help.`,
        );

  switch (blueprint.seniority) {
    case 'junior':
      return [
        goal(
          30,
          `Ships a small, well-defined change in ${primary}`,
          'At least one change merged and released, with tests, after code review.',
        ),
        goal(
          60,
          `Ships a feature in ${primary} with guidance`,
          'One small feature live in production, with tests, built with help from the buddy.',
        ),
        goal(
          60,
          'Fixes a production bug end to end',
          'One real bug reproduced, fixed with a regression test, and released.',
        ),
        goal(
          90,
          'Ships a medium feature with little hand-holding',
          'One medium feature live, planned and built with regular check-ins rather than step-by-step help.',
        ),
        goal(
          90,
          'Reviews teammates’ code',
          'Reviews at least two pull requests a week, with comments the authors act on.',
        ),
        ...(deploys ? [deployGoal(90)] : []),
      ];
    case 'mid':
      return [
        goal(
          30,
          `Ships a feature in ${primary}`,
          'A small feature live in production, with tests, merged after review.',
        ),
        performanceGoal,
        goal(
          60,
          'Does independent code reviews',
          'Reviews teammates’ pull requests without the buddy, at least two a week.',
        ),
        ...(deploys ? [deployGoal(60)] : []),
        goal(
          90,
          'Owns a feature area end to end',
          'Named owner of one feature area or service: triages its bugs, reviews its changes and plans its next improvements.',
        ),
      ];
    case 'senior':
      return [
        goal(
          30,
          `Ships a feature in ${primary}`,
          'A feature live in production, with tests, merged after review.',
        ),
        goal(
          30,
          'Does independent code reviews',
          'Reviews at least three pull requests a week, with comments on design and risk, not only style.',
        ),
        ...(deploys ? [deployGoal(30)] : []),
        performanceGoal,
        goal(
          60,
          'Leads a design discussion',
          'Writes a short design note for a real change and leads the team’s review of it to a decision.',
        ),
        goal(
          90,
          'Owns an area of the architecture',
          'Named owner of one area (for example the data model, the API layer or deployment), with its current state, risks and a plan for the next quarter written down.',
        ),
        blueprint.technicalDirection === 'none'
          ? goal(
              90,
              'Sets the technical direction',
              'The stack and architecture decisions for the next six months are written down and explained to the founders in plain words.',
            )
          : goal(
              90,
              'Mentors a teammate',
              'Pairs at least weekly with a less experienced engineer, who can name something they learned from it.',
            ),
      ];
  }
}

// ─── The plan ────────────────────────────────────────────────────────────────────────────────────────

const phaseOrder = new Map(onboardingPhases.map((phase, index) => [phase, index]));

function trialItems(): ItemTemplate[] {
  return [
    {
      key: 'success_criteria_walkthrough',
      phase: 'week_one',
      title: 'Success criteria walked through',
      description:
        'The manager and the new person read the written success criteria together and agree how each will be judged.',
      ownerRole: 'manager',
      due: { day: 1 },
    },
    {
      key: 'mid_trial_check_in',
      phase: 'week_one',
      title: 'Mid-trial check-in',
      description: 'An honest look at progress against the criteria, so there are no surprises at the end.',
      ownerRole: 'manager',
      due: { day: 5 },
    },
  ];
}

/**
 * The plan for a new hire: items with owners and due dates in business days (weekends and `holidays`
 * skipped). A paid trial gets a short plan ending in a trial review; a contract drops what falls after its
 * end and adds a handover; a contract-to-hire adds a conversion review two weeks before the conversion.
 */
export function generateOnboardingPlan(input: OnboardingPlanInput): OnboardingPlan {
  const calendar = businessCalendar(input.holidays ?? []);
  const firstDay = nextBusinessDay(input.startDate, calendar);
  const engagement = input.engagementModel;
  const context: PlanContext = { remote: input.blueprint.location.workplace !== 'onsite', engagement };
  const owners: Record<OwnerRole, string | null> = {
    manager: input.managerId,
    buddy: input.buddyId,
    new_hire: input.newHireId ?? null,
    it: input.itOwnerId ?? null,
  };
  const items: OnboardingItem[] = [];
  const add = (template: ItemTemplate, date = dueDate(template.due, firstDay, calendar)) => {
    items.push({
      key: template.key,
      phase: template.phase,
      kind: template.kind ?? 'task',
      title: template.title,
      description: template.description,
      ownerRole: template.ownerRole,
      ownerId: owners[template.ownerRole],
      dueDate: date,
      checkpoint: template.checkpoint ?? null,
      measure: null,
    });
  };
  // Regular goals sit in the phase their review closes (like the reviews); trial goals where their date falls.
  const addGoals = (
    goals: readonly OnboardingGoal[],
    dateFor: (goal: OnboardingGoal) => string,
    phaseFor: (goal: OnboardingGoal, date: string) => OnboardingPhase,
  ) => {
    const counts = new Map<Checkpoint, number>();
    for (const goal of goals) {
      const number = (counts.get(goal.checkpoint) ?? 0) + 1;
      counts.set(goal.checkpoint, number);
      const date = dateFor(goal);
      items.push({
        key: `goal_${goal.checkpoint}_${number}`,
        phase: phaseFor(goal, date),
        kind: 'goal',
        title: goal.title,
        description: `A ${goal.checkpoint}-day goal, checked at the ${goal.checkpoint}-day review.`,
        ownerRole: 'new_hire',
        ownerId: owners.new_hire,
        dueDate: date,
        checkpoint: goal.checkpoint,
        measure: goal.measure,
      });
    }
  };

  if (engagement === 'paid_trial') {
    // A trial is short: get the person productive at once, and end with a decision on the written criteria.
    const trialEnd = input.endDate
      ? previousBusinessDay(input.endDate, calendar)
      : nthBusinessDay(firstDay, 10, calendar);
    const keep = new Set([
      'buddy_named',
      'first_task_picked',
      'accounts_ready',
      'welcome_note_sent',
      'access_checked',
    ]);
    for (const template of beforeDayOne(context)) if (keep.has(template.key)) add(template);
    for (const template of [...weekOne(context), ...trialItems()]) {
      if (template.key !== 'week_one_check_in') add(template);
    }
    add(
      {
        key: 'trial_review',
        phase: phaseOf(trialEnd, firstDay, calendar),
        kind: 'review',
        title: 'Trial review and decision',
        description:
          'Go through each success criterion with the evidence, decide (hire, extend or end), and tell the person the decision and the reasons.',
        ownerRole: 'manager',
        due: { day: 1 },
      },
      trialEnd,
    );
    const criteria = input.successCriteria ?? [];
    addGoals(
      criteria.length > 0
        ? criteria.map((criterion) => ({ checkpoint: 30, title: criterion, measure: criterion }))
        : onboardingGoals(input.blueprint, input.lookup).filter((goal) => goal.checkpoint === 30),
      () => trialEnd,
      (_goal, date) => phaseOf(date, firstDay, calendar),
    );
    // Trial goals are judged at the trial review, not at a 30-day review.
    for (const item of items) if (item.kind === 'goal') item.checkpoint = null;
  } else {
    for (const template of [
      ...beforeDayOne(context),
      ...weekOne(context),
      ...weeksTwoToFour,
      ...weeksFiveToTwelve,
    ]) {
      add(template);
    }
    const reviewDate = (checkpoint: Checkpoint) => dueDate({ calendar: checkpoint }, firstDay, calendar);
    addGoals(
      onboardingGoals(input.blueprint, input.lookup),
      (goal) => reviewDate(goal.checkpoint),
      (goal) => (goal.checkpoint === 30 ? 'weeks_two_to_four' : 'weeks_five_to_twelve'),
    );

    if (engagement === 'contract_to_hire' && input.conversionDate) {
      const date = addBusinessDays(nextBusinessDay(input.conversionDate, calendar), -10, calendar);
      add(
        {
          key: 'conversion_review',
          phase: phaseOf(date, firstDay, calendar),
          kind: 'review',
          title: 'Conversion review',
          description:
            'Two weeks before the planned conversion: decide whether to convert, extend the contract or end it, with the reasons written down, and tell the person.',
          ownerRole: 'manager',
          due: { day: 1 },
        },
        date,
      );
    }
    if (engagement === 'contract' && input.endDate) {
      const end = input.endDate;
      const handover = addBusinessDays(previousBusinessDay(end, calendar), -5, calendar);
      // Nothing is due after the contract ends: those items belong to a longer engagement.
      for (let index = items.length - 1; index >= 0; index--)
        if (items[index]!.dueDate > end) items.splice(index, 1);
      if (handover >= firstDay) {
        add(
          {
            key: 'handover',
            phase: phaseOf(handover, firstDay, calendar),
            title: 'Handover written',
            description:
              'What was built, where it lives, what is unfinished and what to watch, written down and walked through with the team.',
            ownerRole: 'new_hire',
            due: { day: 1 },
          },
          handover,
        );
      }
    }
  }

  const order = new Map(items.map((item, index) => [item, index]));
  items.sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      phaseOrder.get(a.phase)! - phaseOrder.get(b.phase)! ||
      order.get(a)! - order.get(b)!,
  );
  return {
    engagementModel: engagement,
    startDate: input.startDate,
    firstDay,
    startDateMoved: firstDay !== input.startDate,
    items,
  };
}
