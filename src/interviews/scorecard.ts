import { z } from 'zod';
import type { UserRole } from '../accounts/accounts.tables.ts';
import type { SkillCategory } from '../roles/blueprint.ts';
import {
  type CoreAttributeId,
  coreAttributes,
  isCoreAttribute,
  type PlanAttribute,
} from './interview-plan.ts';

/**
 * The interview scorecard: a four-point rating per focus attribute with the evidence behind it, red flags
 * from a fixed checklist, and one overall recommendation. Also who may read whose scorecard, and which
 * ones are overdue. Pure: no I/O, dates come in as arguments.
 */

// ---------------------------------------------------------------------------------------------------------
// Rating scale: four points, no neutral middle, so every rating leans one way

export const ratings = [1, 2, 3, 4] as const;
export type Rating = (typeof ratings)[number];

export type RatingLevel = { rating: Rating; label: string; description: string };

export const ratingScale: readonly RatingLevel[] = [
  {
    rating: 1,
    label: 'Poor',
    description:
      "Clear evidence they can't do this at the level the role needs, or they couldn't give one concrete example.",
  },
  {
    rating: 2,
    label: 'Weak',
    description:
      'Some evidence, but with real gaps; they would need a lot of support to do this in the role.',
  },
  {
    rating: 3,
    label: 'Solid',
    description:
      'Clear, specific evidence they do this well at the level the role needs, without hand-holding.',
  },
  {
    rating: 4,
    label: 'Exceptional',
    description:
      'Well above what the role needs: they raised things the interviewer had not thought of and could teach the team.',
  },
];

export const ratingLabels: Record<Rating, string> = { 1: 'Poor', 2: 'Weak', 3: 'Solid', 4: 'Exceptional' };

/** 3 and 4 meet the bar for the role; 1 and 2 do not. */
export const meetsBar = (rating: Rating) => rating >= 3;

export const ratingSchema = z.literal(ratings);

// ---------------------------------------------------------------------------------------------------------
// Recommendation

export const recommendations = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export type Recommendation = (typeof recommendations)[number];

export const recommendationLabels: Record<Recommendation, { label: string; description: string }> = {
  strong_no: { label: 'Strong no', description: 'I would argue against hiring this person.' },
  no: { label: 'No', description: 'Not enough evidence they meet the bar.' },
  yes: { label: 'Yes', description: 'They meet the bar; I would be glad to work with them.' },
  strong_yes: { label: 'Strong yes', description: 'They raise the bar; I would argue for hiring them.' },
};

export const isPositive = (recommendation: Recommendation) =>
  recommendation === 'yes' || recommendation === 'strong_yes';

// ---------------------------------------------------------------------------------------------------------
// Red flags (PRODUCT.md §5)

export const redFlagIds = [
  'no-code-sample',
  'yes-to-every-timeline',
  'cannot-explain-stack',
  'slow-communication',
  'keyword-answers',
  'dismisses-testing',
  'blames-others',
  'careless-with-security',
] as const;
export type RedFlagId = (typeof redFlagIds)[number];

export const redFlags: Record<RedFlagId, { label: string; description: string }> = {
  'no-code-sample': {
    label: 'No code to show',
    description: 'Could not show any code they wrote: no public repository, sample or exercise.',
  },
  'yes-to-every-timeline': {
    label: 'Yes to every timeline',
    description: 'Agreed to every deadline without asking what was in scope.',
  },
  'cannot-explain-stack': {
    label: "Can't explain their choices",
    description: 'Could not explain why their stack or design was chosen.',
  },
  'slow-communication': {
    label: 'Slow or patchy communication',
    description: 'Replies during the process were slow or inconsistent.',
  },
  'keyword-answers': {
    label: 'Buzzwords, no story',
    description: 'Answered with technology names but no story of what they actually built.',
  },
  'dismisses-testing': {
    label: 'Dismisses testing',
    description: "Treats tests as optional or someone else's job.",
  },
  'blames-others': {
    label: 'Blames others',
    description: 'Put failures down to other people and took no ownership.',
  },
  'careless-with-security': {
    label: 'Careless with security',
    description: 'Treated secrets, user input or personal data carelessly.',
  },
};

// ---------------------------------------------------------------------------------------------------------
// Anchored descriptions: what each rating sounds like for one attribute

type Anchors = readonly [string, string, string, string];

const coreAnchors: Record<CoreAttributeId, Anchors> = {
  communication: [
    'Hard to follow even on their own work; talks past questions or cannot explain it to a non-expert.',
    'Gets the point across with effort; rambles or stays in jargon when asked to simplify.',
    'Clear and structured; checks understanding and explains trade-offs in plain words.',
    'Makes complex things simple for any audience; you understood more after talking to them.',
  ],
  'problem-solving': [
    'Stuck without heavy hints; guesses instead of reasoning.',
    'Reaches an answer with hints, but jumps to solutions without checking them.',
    'Breaks the problem down, forms and tests hypotheses, gets to a working answer.',
    'Finds the crux quickly, weighs several approaches and spots edge cases before being asked.',
  ],
  ownership: [
    'Describes work as something that happened to them; no follow-through.',
    'Does their part, but problems outside their task are "not mine".',
    'Owns outcomes end to end, follows up and flags problems early.',
    'Takes on the hard, unowned problems and leaves things better than they found them.',
  ],
  collaboration: [
    'Dismissive of others or of feedback; conflicts escalate.',
    'Works alongside others, but avoids disagreement or takes feedback defensively.',
    'Seeks input, gives and takes feedback well, disagrees constructively and commits.',
    'Makes the people around them better: mentors, resolves conflict, builds shared understanding.',
  ],
  ambiguity: [
    'Freezes or charges ahead on assumptions without asking anything.',
    'Asks some questions but needs the problem fully specified to progress.',
    'Asks the right clarifying questions, states assumptions and makes steady progress.',
    'Turns a vague brief into a clear plan, and revisits it as new information arrives.',
  ],
  'testing-discipline': [
    "No tests, or sees testing as optional or someone else's job.",
    'Writes some tests when prompted; happy-path only, unclear on what to test.',
    'Tests as a habit: unit and integration tests for the important paths and edge cases.',
    'Has a clear testing strategy for a new service and explains what not to test, and why.',
  ],
  'production-experience': [
    'Has not run anything real; no sense of deployments, monitoring or incidents.',
    'Has shipped to production, but someone else handled incidents and monitoring.',
    'Has debugged real incidents, uses logs and metrics, knows common failure modes.',
    'Has led incident response at scale and changed systems so the failure could not recur.',
  ],
  'security-judgement': [
    'Misses obvious risks (secrets in code, unchecked input, plain-text passwords).',
    'Knows the vocabulary (OWASP, JWT) but misses risks in their own design.',
    'Spots the main risks in auth, input, secrets and data, and handles them sensibly.',
    'Thinks like an attacker; has made and explained security decisions on a real system.',
  ],
  architecture: [
    'No clear structure; cannot explain how the parts fit together.',
    'A workable structure, but with unclear responsibilities or copied patterns.',
    'Sensible components with clear responsibilities and interfaces, fitting the problem.',
    'Elegant and evolvable: simple now, with clear paths for the ways it will need to grow.',
  ],
  scale: [
    'No sense of load, storage or where the system would break.',
    'Mentions caching or more servers, but without numbers or a reason.',
    'Estimates load, finds the bottlenecks, and uses caching, queues and indexes where they help.',
    'Reasons from numbers to design, plans for failure and knows when not to scale yet.',
  ],
  'trade-offs': [
    'Presents one option as the only way; cannot say what it costs.',
    'Names alternatives but cannot say when each would be better.',
    'Weighs options against the situation and explains the choice and its costs.',
    'Makes trade-offs explicit and reversible where possible; adapts the design when the constraints change.',
  ],
};

const skillAnchors: Record<SkillCategory, (name: string) => Anchors> = {
  languages: (name) => [
    `Cannot write or read basic ${name} without help.`,
    `Writes working ${name} for simple cases; unidiomatic, weak on errors and edge cases.`,
    `Writes clean, idiomatic ${name} with sound error handling; knows its common pitfalls.`,
    `Deep command of ${name}: its runtime, performance and ecosystem; could set the team's conventions.`,
  ],
  frameworks: (name) => [
    `Has not really used ${name}, or only by copying examples.`,
    `Builds simple features with ${name}, but fights it when things go off the beaten path.`,
    `Productive in ${name}: structures an app well and knows its conventions and limits.`,
    `Knows ${name} inside out, including when not to use parts of it.`,
  ],
  databases: (name) => [
    `Cannot write or explain a basic query or schema in ${name}.`,
    `Simple queries work, but misses indexes, constraints or transactions in ${name}.`,
    `Designs a sensible ${name} schema, uses indexes and transactions correctly, reads a query plan.`,
    `Optimises ${name} from evidence and explains the trade-offs of schema choices as data grows.`,
  ],
  apis: (name) => [
    `Cannot design a simple endpoint or explain basic ${name} conventions.`,
    `Designs endpoints that work, but with inconsistent naming, errors or versioning in ${name}.`,
    `Designs a consistent ${name} interface: resources, errors, pagination, versioning and auth.`,
    `Designs ${name} for clients with very different needs and explains the trade-offs.`,
  ],
  cloud: (name) => [
    `Has not deployed anything on ${name}.`,
    `Has deployed on ${name} by following guides; unsure about networking, permissions or cost.`,
    `Deploys and runs services on ${name} confidently: compute, storage, managed databases, permissions.`,
    `Makes ${name} architecture decisions, including cost, reliability and security trade-offs.`,
  ],
  architecture: (name) => [
    `Cannot explain ${name} or when it applies.`,
    `Knows the idea of ${name} but applies it by rote.`,
    `Applies ${name} where it fits and can say when it does not.`,
    `Has used ${name} on real systems and explains the costs and failure modes from experience.`,
  ],
  devops: (name) => [
    `No hands-on experience with ${name}.`,
    `Uses ${name} with existing set-ups but cannot change or debug them.`,
    `Sets up and maintains ${name} for a service and debugs it when it breaks.`,
    `Owns ${name} across systems and makes it simpler and safer for the whole team.`,
  ],
  security: (name) => [
    `Cannot explain what ${name} protects against.`,
    `Knows the terms of ${name} but would implement it with gaps.`,
    `Implements ${name} correctly and knows the common mistakes.`,
    `Designs with ${name} in mind from the start and reviews others' work for it.`,
  ],
  data: (name) => [
    `No hands-on experience with ${name}.`,
    `Has used ${name} in simple pipelines; unsure about failure handling or delivery guarantees.`,
    `Builds reliable pipelines with ${name}: retries, ordering, idempotency and monitoring.`,
    `Designs data flows with ${name} at scale and explains consistency and cost trade-offs.`,
  ],
  ai: (name) => [
    `No hands-on experience with ${name}.`,
    `Has called ${name} in a prototype; no handling of failures, cost or bad output.`,
    `Uses ${name} reliably in production: timeouts, retries, cost limits and output checks.`,
    `Designs ${name} features that stay reliable and measurable, including evaluation and fallbacks.`,
  ],
  testing: (name) => [
    `Has not used ${name}, or cannot explain what it is for.`,
    `Writes basic tests with ${name}; happy paths only.`,
    `Uses ${name} well: meaningful cases, edge cases, fast and reliable tests.`,
    `Shapes the team's testing with ${name}: strategy, what to test at which level, flaky-test hygiene.`,
  ],
};

const genericAnchors = (name: string): Anchors => [
  `No real evidence on ${name}, or clear evidence of not meeting the bar.`,
  `Some evidence on ${name}, with real gaps.`,
  `Clear, specific evidence of solid ${name} at the level the role needs.`,
  `${name} well above what the role needs; could teach the team.`,
];

export type AnchoredLevel = RatingLevel & { anchor: string };
export type AnchorSubject =
  | string
  | (Pick<PlanAttribute, 'id'> & Partial<Pick<PlanAttribute, 'name' | 'category'>>);

/**
 * What a 1, 2, 3 and 4 sound like for one attribute: built-in attributes have their own anchors, skills get
 * anchors by taxonomy category, anything else the generic ones with its name.
 */
export function ratingAnchorsFor(subject: AnchorSubject): AnchoredLevel[] {
  const attribute = typeof subject === 'string' ? { id: subject } : subject;
  const name =
    attribute.name ?? (isCoreAttribute(attribute.id) ? coreAttributes[attribute.id].name : attribute.id);
  const anchors = isCoreAttribute(attribute.id)
    ? coreAnchors[attribute.id]
    : attribute.category
      ? skillAnchors[attribute.category](name)
      : genericAnchors(name);
  return ratingScale.map((level, index) => ({ ...level, anchor: anchors[index]! }));
}

// ---------------------------------------------------------------------------------------------------------
// Scorecard schemas

const attributeKeySchema = z.string().min(1).max(80);
const noteSchema = z.string().trim().max(4000);

export const scorecardDraftSchema = z.object({
  /** Attribute id → rating; a draft may be partial. */
  ratings: z.record(attributeKeySchema, ratingSchema).default({}),
  /** Attribute id → what the candidate said or did that justifies the rating. */
  notes: z.record(attributeKeySchema, noteSchema).default({}),
  redFlags: z
    .array(z.enum(redFlagIds))
    .max(redFlagIds.length)
    .refine((flags) => new Set(flags).size === flags.length, 'A red flag is ticked twice.')
    .default([]),
  recommendation: z.enum(recommendations).nullable().default(null),
  summary: z.string().trim().max(8000).default(''),
});
export type ScorecardDraft = z.infer<typeof scorecardDraftSchema>;
export type ScorecardDraftInput = z.input<typeof scorecardDraftSchema>;

/** Ratings at the ends of the scale carry the most weight in a debrief, so they need a line of evidence. */
export const ratingsNeedingEvidence: readonly Rating[] = [1, 4];

/**
 * A submitted scorecard for an interview with this focus: every focus attribute rated, nothing rated
 * outside it, evidence for every 1 and 4, and an overall recommendation.
 */
export function submittedScorecardSchema(focus: readonly (string | Pick<PlanAttribute, 'id' | 'name'>)[]) {
  const attributes = focus.map((entry) => (typeof entry === 'string' ? { id: entry, name: entry } : entry));
  const ids = new Set(attributes.map((attribute) => attribute.id));
  return scorecardDraftSchema
    .extend({
      recommendation: z.enum(recommendations, { error: 'Choose an overall recommendation.' }),
    })
    .superRefine((scorecard, ctx) => {
      for (const attribute of attributes) {
        if (scorecard.ratings[attribute.id] === undefined) {
          ctx.addIssue({
            code: 'custom',
            message: `Rate ${attribute.name}.`,
            path: ['ratings', attribute.id],
          });
        }
      }
      for (const [field, values] of [
        ['ratings', scorecard.ratings],
        ['notes', scorecard.notes],
      ] as const) {
        for (const id of Object.keys(values)) {
          if (!ids.has(id)) {
            ctx.addIssue({
              code: 'custom',
              message: `"${id}" is not assessed in this interview.`,
              path: [field, id],
            });
          }
        }
      }
      for (const [id, rating] of Object.entries(scorecard.ratings)) {
        if (ratingsNeedingEvidence.includes(rating) && !scorecard.notes[id]?.trim()) {
          ctx.addIssue({
            code: 'custom',
            message: `A rating of ${rating} (${ratingLabels[rating]}) needs a line of evidence: what did they say or do?`,
            path: ['notes', id],
          });
        }
      }
    });
}
export type SubmittedScorecard = z.infer<ReturnType<typeof submittedScorecardSchema>>;

// ---------------------------------------------------------------------------------------------------------
// Visibility: who may read whose scorecard

export type ScorecardViewer = {
  userId: string;
  role: UserRole;
  /** The viewer is the hiring manager of the job this candidate is being interviewed for. */
  isJobHiringManager: boolean;
};

export type ScorecardVisibilityInput = {
  viewer: ScorecardViewer;
  scorecard: { authorId: string; submittedAt: Date | string | null | undefined };
  /** The viewer has submitted their own scorecard for this candidate. */
  viewerHasSubmittedForCandidate: boolean;
};

export type ScorecardVisibilityReason =
  | 'own'
  | 'draft_of_other'
  | 'admin'
  | 'job_hiring_manager'
  | 'panelist_submitted'
  | 'submit_yours_first';

const isSubmitted = (submittedAt: Date | string | null | undefined) =>
  submittedAt !== null && submittedAt !== undefined && submittedAt !== '';

/**
 * Whether the viewer may read the scorecard, and why — the reason lets a UI say "submit yours first".
 *
 * 1. Your own scorecard, draft or submitted: always.
 * 2. Someone else's draft: never, not even for admins or the hiring manager — a draft is unfinished
 *    thinking, and showing it would let others anchor on (or pressure) an opinion not yet committed.
 * 3. Someone else's submitted scorecard: admins and the job's hiring manager always; everyone else
 *    (interviewers, recruiters, hiring managers of other jobs) only after submitting their own for the
 *    candidate, so that every panelist's judgement is formed independently.
 */
export function scorecardVisibility(input: ScorecardVisibilityInput): {
  visible: boolean;
  reason: ScorecardVisibilityReason;
} {
  const { viewer, scorecard } = input;
  if (viewer.userId !== '' && viewer.userId === scorecard.authorId) return { visible: true, reason: 'own' };
  if (!isSubmitted(scorecard.submittedAt)) return { visible: false, reason: 'draft_of_other' };
  if (viewer.role === 'admin') return { visible: true, reason: 'admin' };
  if (viewer.isJobHiringManager) return { visible: true, reason: 'job_hiring_manager' };
  if (input.viewerHasSubmittedForCandidate) return { visible: true, reason: 'panelist_submitted' };
  return { visible: false, reason: 'submit_yours_first' };
}

/** THE visibility rule (see `scorecardVisibility`). */
export function canSeeScorecard(input: ScorecardVisibilityInput): boolean {
  return scorecardVisibility(input).visible;
}

// ---------------------------------------------------------------------------------------------------------
// Overdue scorecards, for reminders

/** Guides agree feedback should be written within a day, while the interview is fresh. */
export const defaultScorecardDueHours = 24;

export type ScorecardDue = {
  interviewerId: string;
  /** When the interview ended. */
  endedAt: Date;
  /** When this interviewer submitted their scorecard; null while it is missing or a draft. */
  submittedAt: Date | null;
};

/**
 * The scorecards still missing more than `afterHours` after their interview ended, most overdue first,
 * with the hours since the interview ended.
 */
export function overdueScorecards<T extends ScorecardDue>(
  items: readonly T[],
  options: { now: Date; afterHours?: number },
): (T & { hoursSinceEnd: number })[] {
  const limit = options.afterHours ?? defaultScorecardDueHours;
  const now = options.now.getTime();
  return items
    .filter((item) => item.submittedAt === null)
    .map((item) => ({ ...item, hoursSinceEnd: (now - item.endedAt.getTime()) / 3_600_000 }))
    .filter((item) => item.hoursSinceEnd > limit)
    .sort((a, b) => b.hoursSinceEnd - a.hoursSinceEnd);
}
