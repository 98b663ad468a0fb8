import { z } from 'zod';
import bankData from '../../data/question-bank.json' with { type: 'json' };
import { type Seniority, type SkillCategory, seniorities, skillCategories } from '../roles/blueprint.ts';
import { expandImplications, getSkill } from '../skills/taxonomy.ts';

/**
 * The interview question bank (data/question-bank.json): questions and system-design prompts that ask for
 * stories of real work — what they built, trade-offs, incidents, tests — rather than trivia, each with what
 * a strong and a weak answer sound like (PRODUCT.md §5). Pure: the shipped file is imported like the skill
 * taxonomy, so the browser can use this module too.
 */

/** What an answer can give evidence of. The technical ones are the blueprint's skill categories. */
export const technicalAttributes = skillCategories;
export const softAttributes = [
  'communication',
  'problem-solving',
  'ownership',
  'collaboration',
  'ambiguity',
  'testing-discipline',
  'production-experience',
  'security-judgement',
] as const;
export type SoftAttribute = (typeof softAttributes)[number];

export const attributeIds = [...technicalAttributes, ...softAttributes] as const;
export type AttributeId = SkillCategory | SoftAttribute;

export type InterviewAttribute = {
  id: AttributeId;
  kind: 'technical' | 'soft';
  label: string;
  description: string;
};

const attributeText: Record<AttributeId, { label: string; description: string }> = {
  languages: {
    label: 'Programming languages',
    description: 'Depth in the language the codebase uses, and knowing why it suits the job.',
  },
  frameworks: {
    label: 'Frameworks and libraries',
    description:
      'Working knowledge of the frameworks and ORMs they used, including where those get in the way.',
  },
  databases: {
    label: 'Databases',
    description: 'Schemas, queries, indexes, transactions and migrations on real data.',
  },
  apis: {
    label: 'API design',
    description: 'APIs other people can rely on: contracts, errors, paging, retries, versioning.',
  },
  cloud: {
    label: 'Cloud',
    description:
      'Running software on a cloud provider: compute, storage, managed databases, permissions, cost.',
  },
  architecture: {
    label: 'Architecture and system design',
    description: 'Splitting a system into parts and deciding how they talk, store data and fail.',
  },
  devops: {
    label: 'DevOps and delivery',
    description: 'Getting code to production safely: CI/CD, containers, infrastructure as code, monitoring.',
  },
  security: {
    label: 'Security',
    description: 'Login, permissions, secrets, common attacks and how to defend against them.',
  },
  data: {
    label: 'Data engineering',
    description: 'Moving and shaping data in bulk: pipelines, imports, event streams, reporting stores.',
  },
  ai: {
    label: 'AI and LLM integration',
    description: 'Using language models in production reliably, safely and at a known cost.',
  },
  testing: {
    label: 'Testing',
    description: 'Knowing which tests to write, at which level, and how to make them trustworthy.',
  },
  communication: {
    label: 'Communication',
    description: 'Explaining clearly to engineers and non-engineers, in writing and out loud.',
  },
  'problem-solving': {
    label: 'Problem solving',
    description: 'Working from evidence to a cause or a design step by step, instead of guessing.',
  },
  ownership: {
    label: 'Ownership',
    description: 'Taking responsibility for outcomes: following through, owning mistakes, fixing what broke.',
  },
  collaboration: {
    label: 'Collaboration',
    description: 'Disagreeing productively, giving and taking feedback, helping colleagues get better.',
  },
  ambiguity: {
    label: 'Handling ambiguity',
    description: 'Turning a vague request into a scoped, checked plan instead of waiting or guessing.',
  },
  'testing-discipline': {
    label: 'Testing discipline',
    description: 'Testing their own work out of habit — not just knowing how to.',
  },
  'production-experience': {
    label: 'Production experience',
    description: 'Having run real systems for real users: incidents, monitoring, capacity, recovery.',
  },
  'security-judgement': {
    label: 'Security judgement',
    description: 'Spotting the risk in everyday decisions and weighing it sensibly against the cost.',
  },
};

const technicalSet = new Set<AttributeId>(technicalAttributes);

export const interviewAttributes: readonly InterviewAttribute[] = Object.freeze(
  attributeIds.map((id) =>
    Object.freeze({ id, kind: technicalSet.has(id) ? 'technical' : 'soft', ...attributeText[id] }),
  ),
);

export type RedFlag = { id: string; label: string; listenFor: string };

/**
 * What interviewers listen for: the first five come from PRODUCT.md §5, the rest are ours. Ids match the
 * scorecard's red flags where the meaning is the same.
 */
export const redFlagChecklist: readonly RedFlag[] = Object.freeze(
  [
    {
      id: 'no-code-sample',
      label: 'No code sample',
      listenFor:
        'Cannot show any code they wrote — no public repository, open-source contribution or shareable sample — and does not offer a take-home or a walkthrough instead.',
    },
    {
      id: 'yes-to-every-timeline',
      label: 'Says yes to every timeline',
      listenFor:
        'Agrees to any date without asking about scope, dependencies or risk; never offers a smaller first version or says what would have to give.',
    },
    {
      id: 'cannot-explain-stack',
      label: 'Cannot explain why their stack was chosen',
      listenFor:
        'Names the technologies they used but not why they were chosen, what the alternatives were, or what the choice made harder.',
    },
    {
      id: 'slow-communication',
      label: 'Slow or inconsistent communication',
      listenFor:
        'Replies late or not at all during the process, misses calls without notice, or tells a different story at different stages.',
    },
    {
      id: 'keyword-answers',
      label: 'Keyword answers without a story',
      listenFor:
        'Answers with buzzwords and definitions ("microservices, Kafka, Kubernetes") but no account of what they built, what their part was and how it turned out.',
    },
    {
      id: 'we-never-i',
      label: 'Cannot separate their part from the team’s',
      listenFor: 'Only ever says "we"; when asked what they personally did, the answer stays vague.',
    },
    {
      id: 'story-dissolves-under-follow-ups',
      label: 'Story falls apart under follow-up questions',
      listenFor:
        'The first answer sounds fine, but one level deeper — what did the query plan show, what did the error say — the details run out.',
    },
    {
      id: 'dismisses-testing',
      label: 'No testing habit',
      listenFor: 'Cannot describe how they tested recent work, or says testing is the QA team’s job.',
    },
    {
      id: 'blames-others',
      label: 'Incidents are always someone else’s fault',
      listenFor:
        'Every failure was caused by another team, a vendor or a manager; no mistakes of their own and nothing learned.',
    },
    {
      id: 'no-trade-offs',
      label: 'Every choice is the only right one',
      listenFor:
        'Cannot name a downside of any decision they made, or what would have made them choose differently.',
    },
    {
      id: 'no-clarifying-questions',
      label: 'Designs without asking questions',
      listenFor:
        'Starts drawing a system-design answer straight away without asking about users, scale or what matters most.',
    },
    {
      id: 'careless-with-security',
      label: 'Careless with security',
      listenFor:
        'Mentions secrets pasted into code or chat, user input trusted as-is, or production data copied to laptops — without seeing a problem.',
    },
    {
      id: 'jargon-with-non-technical-people',
      label: 'Cannot explain things plainly',
      listenFor:
        'Falls back on jargon with a non-technical interviewer, or becomes dismissive when asked to explain more simply.',
    },
  ].map((flag) => Object.freeze(flag)),
);

export const questionKinds = ['question', 'system-design'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const questionThemes = [
  'databases',
  'api-design',
  'architecture',
  'security',
  'testing',
  'performance',
  'production-incidents',
  'third-party-failures',
  'cloud-devops',
  'ai-llm',
  'behavioural',
  'communication',
] as const;
export type QuestionTheme = (typeof questionThemes)[number];

/** What a system-design interviewer should steer the conversation towards. */
export const probeAreas = [
  'requirements',
  'scale',
  'storage',
  'caching',
  'consistency',
  'failure-modes',
  'trade-offs',
  'security',
  'observability',
  'api',
] as const;
export type ProbeArea = (typeof probeAreas)[number];

function distinct(list: readonly string[]) {
  return new Set(list).size === list.length;
}
const distinctMessage = { message: 'List each value once.' };

const entryFields = {
  id: z
    .string()
    .max(80)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use a lowercase kebab-case id such as "db-slow-query".'),
  text: z.string().trim().min(20).max(600).describe('The question as the interviewer asks it'),
  seniority: z.array(z.enum(seniorities)).min(1).refine(distinct, distinctMessage),
  attributes: z.array(z.enum(attributeIds)).min(1).max(5).refine(distinct, distinctMessage),
  skills: z
    .array(z.string())
    .max(6)
    .refine(distinct, distinctMessage)
    .superRefine((ids, context) => {
      ids.forEach((id, index) => {
        if (!getSkill(id)) {
          context.addIssue({
            code: 'custom',
            path: [index],
            message: `"${id}" is not a skill id in data/skills.json.`,
          });
        }
      });
    })
    .optional()
    .describe('Canonical skill ids the question is specific to'),
  strongAnswer: z.string().trim().min(40).max(700),
  weakAnswer: z.string().trim().min(15).max(500),
  followUps: z.array(z.string().trim().min(10).max(300)).min(2).max(4),
};

export const interviewQuestionSchema = z.strictObject({
  kind: z.literal('question'),
  theme: z.enum(questionThemes),
  ...entryFields,
});

export const systemDesignPromptSchema = z.strictObject({
  kind: z.literal('system-design'),
  theme: z.literal('system-design'),
  ...entryFields,
  durationMinutes: z.number().int().min(15).max(120).default(60),
  probes: z
    .array(z.strictObject({ area: z.enum(probeAreas), text: z.string().trim().min(10).max(400) }))
    .min(3)
    .max(8),
});

export const questionBankEntrySchema = z.discriminatedUnion('kind', [
  interviewQuestionSchema,
  systemDesignPromptSchema,
]);

export type InterviewQuestion = z.infer<typeof interviewQuestionSchema>;
export type SystemDesignPrompt = z.infer<typeof systemDesignPromptSchema>;
export type QuestionBankEntry = z.infer<typeof questionBankEntrySchema>;
export type QuestionBankEntryInput = z.input<typeof questionBankEntrySchema>;
export type QuestionBank = readonly QuestionBankEntry[];

/** Every problem in a bank at once, each naming the entry (position and id) it belongs to. */
export class QuestionBankError extends Error {
  readonly problems: readonly string[];

  constructor(problems: string[]) {
    super(`The question bank is not valid:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'QuestionBankError';
    this.problems = problems;
  }
}

/** Validates a bank (the shipped file, or an organisation's own) and returns it frozen. */
export function parseQuestionBank(json: unknown): QuestionBank {
  if (!Array.isArray(json)) {
    throw new QuestionBankError(['Expected a JSON array of question bank entries.']);
  }
  const problems: string[] = [];
  const entries: QuestionBankEntry[] = [];
  const firstIndexById = new Map<string, number>();
  json.forEach((raw: unknown, index) => {
    const name = entryName(raw, index);
    const parsed = questionBankEntrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).join('.');
        problems.push(`${name}: ${path === '' ? '' : `${path} — `}${issue.message}`);
      }
      return;
    }
    const first = firstIndexById.get(parsed.data.id);
    if (first === undefined) firstIndexById.set(parsed.data.id, index);
    else problems.push(`${name}: the id is already used by entry #${first + 1}.`);
    entries.push(parsed.data);
  });
  if (problems.length > 0) throw new QuestionBankError(problems);
  return Object.freeze(entries.map(freezeEntry));
}

function entryName(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? `entry #${index + 1} "${id}"` : `entry #${index + 1}`;
}

function freezeEntry(entry: QuestionBankEntry): QuestionBankEntry {
  Object.freeze(entry.seniority);
  Object.freeze(entry.attributes);
  Object.freeze(entry.followUps);
  if (entry.skills) Object.freeze(entry.skills);
  if (entry.kind === 'system-design') {
    for (const probe of entry.probes) Object.freeze(probe);
    Object.freeze(entry.probes);
  }
  return Object.freeze(entry);
}

let shippedBank: QuestionBank | undefined;

/** The shipped bank, validated on first use; a broken data file fails loudly rather than thinning the kit. */
export function loadQuestionBank(): QuestionBank {
  shippedBank ??= parseQuestionBank(bankData);
  return shippedBank;
}

export function isInterviewQuestion(entry: QuestionBankEntry): entry is InterviewQuestion {
  return entry.kind === 'question';
}

export function isSystemDesignPrompt(entry: QuestionBankEntry): entry is SystemDesignPrompt {
  return entry.kind === 'system-design';
}

export type SuggestQuestionsOptions = {
  seniority: Seniority;
  /** What the interview must give evidence of; empty means any question for the seniority. */
  attributes: readonly AttributeId[];
  /** Skill ids of the role (its stack and skill matrix): questions specific to them rank higher. */
  skills?: readonly string[];
  limit: number;
  /** Ids already asked or already in the kit. */
  exclude?: readonly string[];
};

type Candidate = {
  question: InterviewQuestion;
  position: number;
  wanted: AttributeId[];
  skillMatches: number;
};

/**
 * A deterministic interview kit, best first (system-design prompts are a separate stage, see
 * systemDesignPrompts). Each pick is the question that, in this order:
 * 1. probes the most requested attributes no earlier pick has covered;
 * 2. is specific to more of the role's skills (implications count both ways: nestjs ⇒ nodejs);
 * 3. comes from a theme picked fewer times so far, so the kit does not turn into five database questions;
 * 4. probes requested attributes that are still thinly covered;
 * 5. comes first in the bank.
 */
export function suggestQuestions(bank: QuestionBank, options: SuggestQuestionsOptions): InterviewQuestion[] {
  const limit = Math.max(0, Math.floor(options.limit));
  const requested = new Set(options.attributes);
  const excluded = new Set(options.exclude ?? []);
  const roleSkills = new Set(options.skills ?? []);
  const roleSkillsExpanded = expandImplications(roleSkills);

  const pool: Candidate[] = [];
  bank.forEach((entry, position) => {
    if (!isInterviewQuestion(entry)) return;
    if (!entry.seniority.includes(options.seniority) || excluded.has(entry.id)) return;
    const wanted = entry.attributes.filter((attribute) => requested.has(attribute));
    if (requested.size > 0 && wanted.length === 0) return;
    const skillMatches = (entry.skills ?? []).filter(
      (skill) =>
        roleSkillsExpanded.has(skill) ||
        [...expandImplications([skill])].some((implied) => roleSkills.has(implied)),
    ).length;
    pool.push({ question: entry, position, wanted, skillMatches });
  });

  const coverage = new Map<AttributeId, number>();
  const themePicks = new Map<QuestionTheme, number>();
  const score = (candidate: Candidate): number[] => [
    candidate.wanted.filter((attribute) => !coverage.has(attribute)).length,
    candidate.skillMatches,
    -(themePicks.get(candidate.question.theme) ?? 0),
    candidate.wanted.reduce((sum, attribute) => sum + 1 / (1 + (coverage.get(attribute) ?? 0)), 0),
    -candidate.position,
  ];

  const picked: InterviewQuestion[] = [];
  while (picked.length < limit && pool.length > 0) {
    let bestIndex = 0;
    let bestScore = score(pool[0]!);
    for (let index = 1; index < pool.length; index++) {
      const candidateScore = score(pool[index]!);
      if (compareScores(candidateScore, bestScore) > 0) {
        bestIndex = index;
        bestScore = candidateScore;
      }
    }
    const [best] = pool.splice(bestIndex, 1);
    picked.push(best!.question);
    for (const attribute of best!.wanted) coverage.set(attribute, (coverage.get(attribute) ?? 0) + 1);
    themePicks.set(best!.question.theme, (themePicks.get(best!.question.theme) ?? 0) + 1);
  }
  return picked;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) {
    const difference = a[index]! - b[index]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Requested attributes none of the questions probes — for the kit to say "add a question about …". */
export function uncoveredAttributes(
  questions: readonly QuestionBankEntry[],
  attributes: readonly AttributeId[],
): AttributeId[] {
  const covered = new Set(questions.flatMap((question) => question.attributes));
  return [...new Set(attributes)].filter((attribute) => !covered.has(attribute));
}

/** The system-design prompts that suit a seniority, in bank order. */
export function systemDesignPrompts(bank: QuestionBank, seniority: Seniority): SystemDesignPrompt[] {
  return bank.filter(
    (entry): entry is SystemDesignPrompt =>
      isSystemDesignPrompt(entry) && entry.seniority.includes(seniority),
  );
}
