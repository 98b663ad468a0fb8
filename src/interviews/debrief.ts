import type { Severity } from '../roles/advisor.ts';
import type { SkillCategory } from '../roles/blueprint.ts';
import {
  type AttributeKind,
  coreAttributes,
  type InterviewPlan,
  type InterviewStage,
  isCoreAttribute,
  listWords,
} from './interview-plan.ts';
import { type Rating, type Recommendation, type RedFlagId, recommendations, redFlags } from './scorecard.ts';

/**
 * The debrief: everything the panel submitted about one candidate, laid out so the decision rests on
 * evidence — the attribute × interviewer matrix, must-have coverage, red flags, the recommendation tally —
 * and the debrief advisor, which warns about the classic mistakes (PRODUCT.md §5) before anyone decides.
 * Pure: takes the plan and submitted scorecards, returns data.
 */

/** One submitted scorecard as the debrief reads it. */
export type PanelScorecard = {
  authorId: string;
  /** Shown in the matrix; the id when absent. */
  authorName?: string;
  interviewKey: string;
  ratings: Readonly<Partial<Record<string, Rating>>>;
  notes?: Readonly<Partial<Record<string, string>>>;
  redFlags?: readonly RedFlagId[];
  recommendation: Recommendation;
};

export const exerciseVerdicts = ['pass', 'borderline', 'fail'] as const;
export type ExerciseVerdict = (typeof exerciseVerdicts)[number];

export type ExerciseResult = {
  exerciseId: string;
  title?: string;
  score: number;
  maxScore: number;
  verdict: ExerciseVerdict;
  /** Set for an exercise reviewers scored on a rubric: their mean rating on the scorecards' 1–4 scale. */
  review?: { averageRating: number; reviewers: number };
};

export const decisions = ['hire', 'no_hire'] as const;
export type Decision = (typeof decisions)[number];

export type DebriefInput = {
  plan: InterviewPlan;
  /** The blueprint's must-have skill ids (see `mustHaveSkills`), including any the plan left out. */
  mustHaves: readonly string[];
  scorecards: readonly PanelScorecard[];
  exercises?: readonly ExerciseResult[];
  /** The decision being proposed, if any; checked against the panel's majority. */
  proposedDecision?: Decision | null;
};

export type MatrixEntry = { interviewKey: string; rating: Rating | null; note: string };
export type MatrixCell = {
  /** Mean of this interviewer's ratings on the attribute (several interviews may rate it); null if none. */
  rating: number | null;
  entries: MatrixEntry[];
};
export type MatrixRow = {
  attributeId: string;
  name: string;
  kind: AttributeKind;
  /** Aligned with `matrix.interviewers`; null where the interviewer gave no evidence. */
  cells: (MatrixCell | null)[];
  average: number | null;
};
export type DebriefMatrix = { interviewers: { id: string; name: string }[]; rows: MatrixRow[] };

export type CoverageRow = {
  skill: string;
  name: string;
  status: 'evidence' | 'no_evidence';
  /** Interviewers who rated it or wrote evidence on it. */
  interviewers: string[];
  ratingCount: number;
  averageRating: number | null;
  /** The plan left it out to keep its focus areas within six attributes. */
  droppedFromPlan: boolean;
};

export type RedFlagSummary = { id: RedFlagId; label: string; seenBy: string[] };

export type RecommendationTally = Record<Recommendation, number> & {
  total: number;
  inFavour: number;
  against: number;
  majority: Decision | 'split' | 'none';
};

export type ExerciseSummary = ExerciseResult & { percent: number | null };

export const debriefWarningIds = [
  'single_interviewer',
  'no_system_design_evidence',
  'must_have_without_evidence',
  'testing_not_discussed',
  'communication_not_assessed',
  'decision_against_panel',
] as const;
export type DebriefWarningId = (typeof debriefWarningIds)[number];

export type DebriefWarning = {
  id: DebriefWarningId;
  severity: Extract<Severity, 'error' | 'warning'>;
  /** Plain English for a non-technical founder. */
  message: string;
  /** The evidence behind the warning and what to do about it. */
  detail: string;
  /** The attribute or skill the warning is about, when it is about one. */
  subject?: string;
};

export type Debrief = {
  matrix: DebriefMatrix;
  coverage: CoverageRow[];
  redFlags: RedFlagSummary[];
  tally: RecommendationTally;
  exercises: ExerciseSummary[];
  warnings: DebriefWarning[];
};

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

const hasNote = (scorecard: PanelScorecard, id: string) => (scorecard.notes?.[id]?.trim() ?? '') !== '';
const hasEvidence = (scorecard: PanelScorecard, id: string) =>
  scorecard.ratings[id] !== undefined || hasNote(scorecard, id);

// ---------------------------------------------------------------------------------------------------------
// The parts

function interviewersOf(plan: InterviewPlan, scorecards: readonly PanelScorecard[]) {
  // Columns follow the plan: whoever ran the earliest interview comes first.
  const position = (key: string) => {
    const index = plan.interviews.findIndex((interview) => interview.key === key);
    return index === -1 ? plan.interviews.length : index;
  };
  const firstSeen = new Map<string, { id: string; name: string; position: number }>();
  for (const scorecard of scorecards) {
    const seen = firstSeen.get(scorecard.authorId);
    const at = position(scorecard.interviewKey);
    if (!seen || at < seen.position) {
      firstSeen.set(scorecard.authorId, {
        id: scorecard.authorId,
        name: scorecard.authorName ?? seen?.name ?? scorecard.authorId,
        position: at,
      });
    }
  }
  return [...firstSeen.values()]
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
    .map(({ id, name }) => ({ id, name }));
}

/** Attribute × interviewer: every plan attribute (gaps show), then anything rated outside the plan. */
export function buildMatrix(plan: InterviewPlan, scorecards: readonly PanelScorecard[]): DebriefMatrix {
  const interviewers = interviewersOf(plan, scorecards);
  const attributes = plan.attributes.map(({ id, name, kind }) => ({ id, name, kind }));
  const known = new Set(attributes.map((attribute) => attribute.id));
  for (const scorecard of scorecards) {
    for (const id of [...Object.keys(scorecard.ratings), ...Object.keys(scorecard.notes ?? {})]) {
      if (known.has(id) || !hasEvidence(scorecard, id)) continue;
      known.add(id);
      attributes.push({
        id,
        name: droppedName(plan, id) ?? id,
        kind: isCoreAttribute(id) ? coreAttributes[id].kind : 'skill',
      });
    }
  }

  const rows = attributes.map(({ id, name, kind }): MatrixRow => {
    const cells = interviewers.map(({ id: authorId }): MatrixCell | null => {
      const entries = scorecards
        .filter((scorecard) => scorecard.authorId === authorId && hasEvidence(scorecard, id))
        .map((scorecard) => ({
          interviewKey: scorecard.interviewKey,
          rating: scorecard.ratings[id] ?? null,
          note: scorecard.notes?.[id]?.trim() ?? '',
        }));
      if (entries.length === 0) return null;
      return { rating: mean(entries.flatMap((entry) => entry.rating ?? [])), entries };
    });
    const all = cells.flatMap((cell) => cell?.entries.flatMap((entry) => entry.rating ?? []) ?? []);
    return { attributeId: id, name, kind, cells, average: mean(all) };
  });
  return { interviewers, rows };
}

function droppedName(plan: InterviewPlan, id: string): string | undefined {
  return plan.focusGroups.flatMap((group) => group.dropped).find((skill) => skill.id === id)?.name;
}

function nameOf(plan: InterviewPlan, id: string): string {
  return plan.attributes.find((attribute) => attribute.id === id)?.name ?? droppedName(plan, id) ?? id;
}

/** For each must-have: who gave evidence on it and the average rating, or "no evidence". */
export function mustHaveCoverage(
  plan: InterviewPlan,
  mustHaves: readonly string[],
  scorecards: readonly PanelScorecard[],
): CoverageRow[] {
  return [...new Set(mustHaves)].map((skill) => {
    const withEvidence = scorecards.filter((scorecard) => hasEvidence(scorecard, skill));
    const ratings = withEvidence.flatMap((scorecard) => scorecard.ratings[skill] ?? []);
    return {
      skill,
      name: nameOf(plan, skill),
      status: withEvidence.length > 0 ? 'evidence' : 'no_evidence',
      interviewers: [...new Set(withEvidence.map((scorecard) => scorecard.authorId))],
      ratingCount: ratings.length,
      averageRating: mean(ratings),
      droppedFromPlan: droppedName(plan, skill) !== undefined,
    };
  });
}

/** Red flags with who saw them, most-seen first, then in checklist order. */
export function aggregateRedFlags(scorecards: readonly PanelScorecard[]): RedFlagSummary[] {
  const seen = new Map<RedFlagId, Set<string>>();
  for (const scorecard of scorecards) {
    for (const flag of scorecard.redFlags ?? []) {
      const authors = seen.get(flag) ?? new Set<string>();
      authors.add(scorecard.authorId);
      seen.set(flag, authors);
    }
  }
  const checklist = Object.keys(redFlags);
  return [...seen.entries()]
    .map(([id, authors]) => ({ id, label: redFlags[id]?.label ?? id, seenBy: [...authors] }))
    .sort((a, b) => b.seenBy.length - a.seenBy.length || checklist.indexOf(a.id) - checklist.indexOf(b.id));
}

/** One vote per submitted scorecard; the majority is whichever side has more votes. */
export function tallyRecommendations(scorecards: readonly PanelScorecard[]): RecommendationTally {
  const counts = Object.fromEntries(recommendations.map((value) => [value, 0])) as Record<
    Recommendation,
    number
  >;
  for (const scorecard of scorecards) counts[scorecard.recommendation] += 1;
  const inFavour = counts.yes + counts.strong_yes;
  const against = counts.no + counts.strong_no;
  const majority =
    inFavour + against === 0
      ? 'none'
      : inFavour > against
        ? 'hire'
        : against > inFavour
          ? 'no_hire'
          : 'split';
  return { ...counts, total: inFavour + against, inFavour, against, majority };
}

function summariseExercises(exercises: readonly ExerciseResult[]): ExerciseSummary[] {
  return exercises.map((exercise) => ({
    ...exercise,
    percent: exercise.maxScore > 0 ? Math.round((exercise.score / exercise.maxScore) * 100) : null,
  }));
}

// ---------------------------------------------------------------------------------------------------------
// The debrief advisor

export type DebriefAdvisorContext = {
  plan: InterviewPlan;
  scorecards: readonly PanelScorecard[];
  coverage: readonly CoverageRow[];
  tally: RecommendationTally;
  proposedDecision: Decision | null;
};

const seniorityLabel = { junior: 'junior', mid: 'mid-level', senior: 'senior' } as const;

function stageOf(plan: InterviewPlan, key: string): InterviewStage | undefined {
  return plan.interviews.find((interview) => interview.key === key)?.stage;
}

/** Skill ids in the testing category, whether the plan kept or dropped them. */
function testingSkills(plan: InterviewPlan): string[] {
  const isTesting = (entry: { category: SkillCategory | null }) => entry.category === 'testing';
  return [
    ...plan.attributes.filter(isTesting).map((attribute) => attribute.id),
    ...plan.focusGroups.flatMap((group) => group.dropped.filter(isTesting).map((skill) => skill.id)),
  ];
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const rules: readonly ((ctx: DebriefAdvisorContext) => DebriefWarning[])[] = [
  function singleInterviewer({ scorecards }) {
    // Distinct people, not scorecards: two interviews by one person are still one view.
    const people = new Set(scorecards.map((scorecard) => scorecard.authorId)).size;
    if (people >= 2) return [];
    return [
      {
        id: 'single_interviewer',
        severity: 'error',
        message:
          people === 0
            ? 'Nobody has submitted a scorecard yet, so there is no evidence to decide on.'
            : "Only one person's view is behind this decision. One interviewer can miss things or be swayed by a first impression.",
        detail:
          people === 0
            ? 'Wait for the interviewers to submit their scorecards before the debrief.'
            : `Only ${plural(scorecards.length, 'scorecard', 'scorecards')} from a single interviewer. Get at least one more interviewer's scorecard before deciding.`,
      },
    ];
  },

  function noSystemDesign({ plan, scorecards }) {
    if (plan.seniority === 'junior') return [];
    // A system-design interview, or ratings on scale/trade-offs wherever the edited plan put them.
    const evidence = scorecards.some(
      (scorecard) =>
        stageOf(plan, scorecard.interviewKey) === 'system_design' ||
        scorecard.ratings.scale !== undefined ||
        scorecard.ratings['trade-offs'] !== undefined,
    );
    if (evidence) return [];
    const who = seniorityLabel[plan.seniority];
    return [
      {
        id: 'no_system_design_evidence',
        severity: plan.seniority === 'senior' ? 'error' : 'warning',
        message: `Nobody checked how this person designs a system. For a ${who} hire that is the key question: will what they build hold up as the product grows?`,
        detail:
          'No scorecard comes from a system design interview and none rates scale or trade-offs. Run the 60-minute system design interview (for example, a payments service at 50,000 requests a minute that is falling over) before deciding.',
      },
    ];
  },

  function mustHaveWithoutEvidence({ coverage }) {
    return coverage
      .filter((row) => row.status === 'no_evidence')
      .map((row) => ({
        id: 'must_have_without_evidence',
        severity: 'error',
        message: `Nobody checked ${row.name}, which you marked as a must-have.`,
        detail: row.droppedFromPlan
          ? `${row.name} was left out of the interview plan to keep each focus area to six skills, and no scorecard rated it. Check it in a follow-up interview, or make it a nice-to-have if you can do without it.`
          : `No scorecard rated ${row.name} or wrote evidence about it. Ask about it in a follow-up interview, or make it a nice-to-have if you can do without it.`,
        subject: row.skill,
      }));
  },

  function testingNotDiscussed({ plan, scorecards }) {
    const ids = ['testing-discipline', ...testingSkills(plan)];
    if (scorecards.some((scorecard) => ids.some((id) => hasEvidence(scorecard, id)))) return [];
    const names = ids.map((id) => nameOf(plan, id));
    return [
      {
        id: 'testing_not_discussed',
        severity: 'warning',
        message:
          "Nobody asked about testing. Engineers who don't test ship bugs that your customers find first.",
        detail: `No scorecard rated or noted ${listWords(names)}. In the practical review, ask: "How would you test a new service like this one?" and look at the tests in their exercise.`,
        subject: 'testing-discipline',
      },
    ];
  },

  function communicationNotAssessed({ scorecards }) {
    if (scorecards.some((scorecard) => hasEvidence(scorecard, 'communication'))) return [];
    return [
      {
        id: 'communication_not_assessed',
        severity: 'warning',
        message:
          'Nobody assessed how well this person communicates. They will have to explain problems and trade-offs to you and the team, often to people who are not engineers.',
        detail:
          'No scorecard rated or noted communication. Ask them to explain a complex piece of their work as if to a non-technical product manager, and rate how clear it was.',
        subject: 'communication',
      },
    ];
  },

  function decisionAgainstPanel({ tally, proposedDecision }) {
    if (proposedDecision === null) return [];
    const against =
      (proposedDecision === 'hire' && tally.majority === 'no_hire') ||
      (proposedDecision === 'no_hire' && tally.majority === 'hire');
    if (!against) return [];
    const majoritySide = proposedDecision === 'hire' ? tally.against : tally.inFavour;
    return [
      {
        id: 'decision_against_panel',
        severity: 'warning',
        message:
          proposedDecision === 'hire'
            ? `You are proposing to hire, but most of the panel said no (${majoritySide} of ${tally.total}).`
            : `You are proposing not to hire, but most of the panel said yes (${majoritySide} of ${tally.total}).`,
        detail: `Recommendations: ${tally.strong_yes} strong yes, ${tally.yes} yes, ${tally.no} no, ${tally.strong_no} strong no. Going against the panel can be right, but write down the evidence that outweighs theirs and talk it through with them first.`,
      },
    ];
  },
];

const severityOrder = { error: 0, warning: 1 } as const;

/** Runs the debrief advisor; errors come before warnings. */
export function adviseDebrief(ctx: DebriefAdvisorContext): DebriefWarning[] {
  return rules
    .flatMap((rule) => rule(ctx))
    .sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}

/** Everything the debrief page shows for one candidate. */
export function buildDebrief(input: DebriefInput): Debrief {
  const { plan, scorecards } = input;
  const coverage = mustHaveCoverage(plan, input.mustHaves, scorecards);
  const tally = tallyRecommendations(scorecards);
  return {
    matrix: buildMatrix(plan, scorecards),
    coverage,
    redFlags: aggregateRedFlags(scorecards),
    tally,
    exercises: summariseExercises(input.exercises ?? []),
    warnings: adviseDebrief({
      plan,
      scorecards,
      coverage,
      tally,
      proposedDecision: input.proposedDecision ?? null,
    }),
  };
}
