import { z } from 'zod';
import type { SkillInfo } from '../roles/advisor.ts';
import {
  type Blueprint,
  type Seniority,
  type SkillCategory,
  type SkillRequirement,
  seniorities,
  skillCategories,
  skillLevels,
} from '../roles/blueprint.ts';

/**
 * The interview plan: which interviews a candidate goes through, how long each takes, what each one is
 * for and which attributes it must produce evidence on (PRODUCT.md §5). Generated from the blueprint as a
 * starting point, then edited by the team and validated with `interviewPlanSchema`. Pure: the taxonomy
 * comes in as a lookup, like the advisor's.
 */

// ---------------------------------------------------------------------------------------------------------
// Attributes: what interviewers rate

export const attributeKinds = ['skill', 'soft', 'design'] as const;
export type AttributeKind = (typeof attributeKinds)[number];

/** Behaviours every backend hire is judged on, whatever the stack. */
export const softAttributeIds = [
  'communication',
  'problem-solving',
  'ownership',
  'collaboration',
  'ambiguity',
  'testing-discipline',
  'production-experience',
  'security-judgement',
] as const;
export type SoftAttributeId = (typeof softAttributeIds)[number];

/** What the system design interview probes beyond the skill list. */
export const designAttributeIds = ['architecture', 'scale', 'trade-offs'] as const;
export type DesignAttributeId = (typeof designAttributeIds)[number];

export type CoreAttributeId = SoftAttributeId | DesignAttributeId;

/** Built-in attributes; their ids are reserved and never collide with taxonomy skill ids (a test checks). */
export const coreAttributes: Record<
  CoreAttributeId,
  { name: string; kind: AttributeKind; description: string }
> = {
  communication: {
    name: 'Communication',
    kind: 'soft',
    description: 'Explains clearly, listens, and adapts to the audience — including non-technical people.',
  },
  'problem-solving': {
    name: 'Problem solving',
    kind: 'soft',
    description: 'Breaks a problem down, forms hypotheses, checks them and gets to a working answer.',
  },
  ownership: {
    name: 'Ownership',
    kind: 'soft',
    description: 'Takes responsibility for outcomes, follows through and flags problems early.',
  },
  collaboration: {
    name: 'Collaboration',
    kind: 'soft',
    description: 'Works well with others, gives and takes feedback, disagrees constructively.',
  },
  ambiguity: {
    name: 'Handling ambiguity',
    kind: 'soft',
    description: 'Asks clarifying questions and makes progress when the brief is unclear.',
  },
  'testing-discipline': {
    name: 'Testing discipline',
    kind: 'soft',
    description: 'Writes tests as a matter of course and knows what is worth testing and how.',
  },
  'production-experience': {
    name: 'Production experience',
    kind: 'soft',
    description:
      'Has run real systems under load: incidents, monitoring, deployments and their failure modes.',
  },
  'security-judgement': {
    name: 'Security judgement',
    kind: 'soft',
    description: 'Spots security risks (auth, input, secrets, data) and makes sensible decisions about them.',
  },
  architecture: {
    name: 'Architecture',
    kind: 'design',
    description: 'Structures a system into sensible parts with clear responsibilities and interfaces.',
  },
  scale: {
    name: 'Designing for scale',
    kind: 'design',
    description: 'Reasons about load, storage, caching and failure as usage grows.',
  },
  'trade-offs': {
    name: 'Trade-offs',
    kind: 'design',
    description: 'Weighs options openly and explains why one fits this situation better.',
  },
};

export const coreAttributeIds = [...softAttributeIds, ...designAttributeIds] as const;

export function isCoreAttribute(id: string): id is CoreAttributeId {
  return Object.hasOwn(coreAttributes, id);
}

// ---------------------------------------------------------------------------------------------------------
// Interviews

export const interviewStages = ['screen', 'practical', 'system_design', 'behavioural', 'references'] as const;
export type InterviewStage = (typeof interviewStages)[number];

/** Who should run an interview — panel roles, not account roles. */
export const interviewerRoles = [
  'hiring_manager',
  'recruiter',
  'tech_lead',
  'engineer',
  'teammate',
  'technical_advisor',
] as const;
export type InterviewerRole = (typeof interviewerRoles)[number];

export const interviewerRoleLabels: Record<InterviewerRole, string> = {
  hiring_manager: 'Hiring manager',
  recruiter: 'Recruiter',
  tech_lead: 'Tech lead',
  engineer: 'Engineer on the team',
  teammate: 'Future teammate',
  technical_advisor: 'Outside technical advisor',
};

export const minInterviewMinutes = 15;
export const maxInterviewMinutes = 240;
export const maxFocusGroups = 4;
export const maxAttributesPerGroup = 6;

const kebabId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// ---------------------------------------------------------------------------------------------------------
// Schema of a plan (also what an edited plan is validated against)

const attributeIdSchema = z.string().trim().min(1).max(80);

export const planAttributeSchema = z.object({
  id: attributeIdSchema,
  name: z.string().trim().min(1).max(120),
  kind: z.enum(attributeKinds),
  /** Taxonomy category of a skill attribute; null for built-in attributes and unknown skills. */
  category: z.enum(skillCategories).nullable().default(null),
});
export type PlanAttribute = z.infer<typeof planAttributeSchema>;

export const focusGroupSchema = z.object({
  id: z.string().regex(kebabId, 'Use lowercase letters, digits and dashes.').max(120),
  label: z.string().trim().min(1).max(120),
  categories: z.array(z.enum(skillCategories)).max(skillCategories.length),
  attributes: z
    .array(attributeIdSchema)
    .min(1)
    .max(maxAttributesPerGroup, `Keep a focus area to at most ${maxAttributesPerGroup} attributes.`),
  /** Must-haves left out to keep the area focused; the debrief reports them as having no evidence. */
  dropped: z
    .array(
      z.object({
        id: attributeIdSchema,
        name: z.string().min(1).max(120),
        category: z.enum(skillCategories).nullable().default(null),
      }),
    )
    .default([]),
});
export type FocusGroup = z.infer<typeof focusGroupSchema>;

export const plannedInterviewSchema = z.object({
  key: z.string().regex(kebabId, 'Use lowercase letters, digits and dashes, e.g. "system-design".').max(60),
  stage: z.enum(interviewStages),
  title: z.string().trim().min(1).max(120),
  purpose: z.string().trim().min(1).max(1000),
  durationMinutes: z
    .number()
    .int()
    .min(minInterviewMinutes, `An interview needs at least ${minInterviewMinutes} minutes.`)
    .max(maxInterviewMinutes, `Keep an interview to at most ${maxInterviewMinutes} minutes.`),
  focus: z.array(attributeIdSchema).min(1, 'Pick at least one attribute this interview assesses.').max(30),
  interviewerRoles: z.array(z.enum(interviewerRoles)).min(1, 'Suggest at least one interviewer.').max(6),
  /** The seniority can reasonably skip it (system design for a junior). */
  optional: z.boolean().default(false),
  /** Whether the interview is run; an optional one starts excluded and can be switched on. */
  included: z.boolean().default(true),
});
export type PlannedInterview = z.infer<typeof plannedInterviewSchema>;

export const interviewPlanSchema = z
  .object({
    version: z.literal(1),
    seniority: z.enum(seniorities),
    attributes: z.array(planAttributeSchema).min(1).max(60),
    focusGroups: z
      .array(focusGroupSchema)
      .max(maxFocusGroups, `Keep the plan to at most ${maxFocusGroups} focus areas.`),
    interviews: z.array(plannedInterviewSchema).min(1).max(12),
    /** Plain-English notes on how the plan was shaped (merged areas, dropped must-haves). */
    notes: z.array(z.string().max(1000)).max(30).default([]),
  })
  .superRefine((plan, ctx) => {
    const known = new Set<string>();
    plan.attributes.forEach((attribute, index) => {
      if (known.has(attribute.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `The attribute "${attribute.id}" is listed twice.`,
          path: ['attributes', index, 'id'],
        });
      }
      known.add(attribute.id);
    });

    const grouped = new Set<string>();
    plan.focusGroups.forEach((group, groupIndex) => {
      group.attributes.forEach((id, index) => {
        const path = ['focusGroups', groupIndex, 'attributes', index];
        if (!known.has(id)) ctx.addIssue({ code: 'custom', message: `Unknown attribute "${id}".`, path });
        if (grouped.has(id)) {
          ctx.addIssue({ code: 'custom', message: `"${id}" belongs to more than one focus area.`, path });
        }
        grouped.add(id);
      });
    });

    const keys = new Set<string>();
    plan.interviews.forEach((interview, interviewIndex) => {
      if (keys.has(interview.key)) {
        ctx.addIssue({
          code: 'custom',
          message: `Two interviews use the key "${interview.key}"; each needs its own.`,
          path: ['interviews', interviewIndex, 'key'],
        });
      }
      keys.add(interview.key);
      const seen = new Set<string>();
      interview.focus.forEach((id, index) => {
        const path = ['interviews', interviewIndex, 'focus', index];
        if (!known.has(id)) ctx.addIssue({ code: 'custom', message: `Unknown attribute "${id}".`, path });
        if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `"${id}" is listed twice.`, path });
        seen.add(id);
      });
      if (new Set(interview.interviewerRoles).size !== interview.interviewerRoles.length) {
        ctx.addIssue({
          code: 'custom',
          message: 'An interviewer role is listed twice.',
          path: ['interviews', interviewIndex, 'interviewerRoles'],
        });
      }
    });

    if (!plan.interviews.some((interview) => interview.included)) {
      ctx.addIssue({ code: 'custom', message: 'Include at least one interview.', path: ['interviews'] });
    }
  });

export type InterviewPlan = z.infer<typeof interviewPlanSchema>;
export type InterviewPlanInput = z.input<typeof interviewPlanSchema>;

// ---------------------------------------------------------------------------------------------------------
// Generating a plan from a blueprint

/** The part of a taxonomy skill the plan needs; the taxonomy's `getSkill` fits this shape. */
export type PlanSkillLookup = (id: string) => Pick<SkillInfo, 'name' | 'category'> | undefined;

export type PlanOptions = {
  lookup: PlanSkillLookup;
  /** Overrides the default: system design is included for mid and senior, optional for junior. */
  includeSystemDesign?: boolean;
};

type Template = Omit<PlannedInterview, 'focus' | 'interviewerRoles' | 'optional' | 'included'> & {
  coreFocus: readonly CoreAttributeId[];
};

const screen: Template = {
  key: 'screen',
  stage: 'screen',
  title: 'Screening call',
  purpose:
    'Ask them to walk you through a system they built: how it fits together, why they chose those technologies and what they would change now. It shows how clearly they explain and how they think about architecture.',
  durationMinutes: 30,
  coreFocus: ['communication', 'architecture', 'production-experience'],
};

const practical: Template = {
  key: 'practical-review',
  stage: 'practical',
  title: 'Practical exercise review',
  purpose:
    'Go through the exercise they did — real work such as a small API with a database and tests, or fixing a broken endpoint. Does it work, is it well organised, are edge cases and tests covered, and how do they take feedback?',
  durationMinutes: 60,
  coreFocus: ['problem-solving', 'testing-discipline', 'security-judgement'],
};

const systemDesign: Template = {
  key: 'system-design',
  stage: 'system_design',
  title: 'System design',
  purpose:
    'Ask them to design a realistic backend — a URL shortener, a messaging backend for 10,000 users at once, or a payments service at 50,000 requests a minute that is falling over ("where do you look first?"). Look for reasoning about scale, storage, caching, failures and trade-offs; thinking aloud and clarifying questions beat a memorised answer.',
  durationMinutes: 60,
  coreFocus: [
    'architecture',
    'scale',
    'trade-offs',
    'communication',
    'ambiguity',
    'production-experience',
    'security-judgement',
  ],
};

const behavioural: Template = {
  key: 'behavioural',
  stage: 'behavioural',
  title: 'Behavioural interview',
  purpose:
    'Ask about real situations: a conflict, feedback they gave or received, working with others, and an unclear brief they had to make progress on. Listen for specific stories of what they did, not general statements.',
  durationMinutes: 45,
  coreFocus: ['collaboration', 'ownership', 'ambiguity', 'communication'],
};

const references: Template = {
  key: 'references',
  stage: 'references',
  title: 'Reference checks',
  purpose:
    'Speak to people who worked with them and ask specific questions: did they meet deadlines, how did they handle a disagreement about technical direction, and did they flag problems early?',
  durationMinutes: 30,
  coreFocus: ['ownership', 'collaboration', 'communication'],
};

/** Categories whose skills are best judged on real work; the rest are judged in system design. */
const judgedOnPracticalWork: ReadonlySet<SkillCategory> = new Set([
  'languages',
  'frameworks',
  'databases',
  'apis',
  'testing',
  'ai',
]);

/** Which areas sit naturally together when there are too many to interview on separately. */
const mergeAffinity: Record<SkillCategory, readonly SkillCategory[]> = {
  languages: ['frameworks', 'testing', 'apis', 'ai'],
  frameworks: ['languages', 'apis', 'testing'],
  databases: ['data', 'architecture', 'languages'],
  apis: ['frameworks', 'languages', 'architecture', 'security'],
  cloud: ['devops', 'architecture', 'security'],
  architecture: ['cloud', 'apis', 'databases', 'data'],
  devops: ['cloud', 'testing', 'security'],
  security: ['apis', 'devops', 'cloud', 'architecture'],
  data: ['databases', 'architecture', 'cloud'],
  ai: ['apis', 'data', 'languages'],
  testing: ['languages', 'frameworks', 'devops'],
};

const categoryLabels: Record<SkillCategory, { title: string; inline: string }> = {
  languages: { title: 'Languages', inline: 'languages' },
  frameworks: { title: 'Frameworks', inline: 'frameworks' },
  databases: { title: 'Databases', inline: 'databases' },
  apis: { title: 'APIs', inline: 'APIs' },
  cloud: { title: 'Cloud', inline: 'cloud' },
  architecture: { title: 'Architecture', inline: 'architecture' },
  devops: { title: 'DevOps', inline: 'DevOps' },
  security: { title: 'Security', inline: 'security' },
  data: { title: 'Data engineering', inline: 'data engineering' },
  ai: { title: 'AI/LLM', inline: 'AI/LLM' },
  testing: { title: 'Testing', inline: 'testing' },
};

const categoryIndex = (category: SkillCategory) => skillCategories.indexOf(category);
const levelRank = (requirement: SkillRequirement) => skillLevels.indexOf(requirement.level);

type Draft = {
  /** Empty for skills the taxonomy does not know. */
  categories: SkillCategory[];
  skills: { requirement: SkillRequirement; order: number; name: string; category: SkillCategory | null }[];
};

/** "A", "A and B", "A, B and C". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function groupLabel(categories: readonly SkillCategory[]): string {
  if (categories.length === 0) return 'Other skills';
  const [first, ...rest] = categories.map((category, index) =>
    index === 0 ? categoryLabels[category].title : categoryLabels[category].inline,
  );
  if (rest.length === 0) return first!;
  return `${[first, ...rest.slice(0, -1)].join(', ')} & ${rest.at(-1)}`;
}

/** The category most of the group's skills come from; it decides which interview judges the group. */
function primaryCategory(group: FocusGroup, lookup: PlanSkillLookup): SkillCategory | null {
  let best: SkillCategory | null = null;
  let bestCount = 0;
  for (const category of group.categories) {
    const count = group.attributes.filter((id) => lookup(id)?.category === category).length;
    if (count > bestCount) [best, bestCount] = [category, count];
  }
  return best;
}

const sortCategories = (categories: SkillCategory[]) =>
  categories.sort((a, b) => categoryIndex(a) - categoryIndex(b));

/** Deep before working before basic, then more years, then the order the blueprint lists them in. */
function byImportance(a: Draft['skills'][number], b: Draft['skills'][number]): number {
  return (
    levelRank(b.requirement) - levelRank(a.requirement) ||
    (b.requirement.minYears ?? 0) - (a.requirement.minYears ?? 0) ||
    a.order - b.order
  );
}

/** The blueprint's must-have skills, each once, in blueprint order. */
export function mustHaveSkills(blueprint: Pick<Blueprint, 'skills'>): SkillRequirement[] {
  const seen = new Set<string>();
  return blueprint.skills.filter((skill) => {
    if (skill.requirement !== 'must' || seen.has(skill.skill)) return false;
    seen.add(skill.skill);
    return true;
  });
}

/**
 * Must-haves grouped by category into at most four focus areas of at most six attributes each. More
 * areas than four: the smallest merges into the one that loses the fewest skills to the six-limit, then
 * the most related (cloud with DevOps, frameworks with languages…), then the smallest. More than six in an
 * area: the six most important stay.
 */
export function buildFocusGroups(
  musts: readonly SkillRequirement[],
  lookup: PlanSkillLookup,
): { groups: FocusGroup[]; notes: string[] } {
  const notes: string[] = [];
  const byKey = new Map<string, Draft>();
  musts.forEach((requirement, order) => {
    const info = lookup(requirement.skill);
    const key = info?.category ?? 'other';
    const draft = byKey.get(key) ?? { categories: info ? [info.category] : [], skills: [] };
    draft.skills.push({
      requirement,
      order,
      name: info?.name ?? requirement.skill,
      category: info?.category ?? null,
    });
    byKey.set(key, draft);
  });
  let drafts = [...byKey.values()];

  while (drafts.length > maxFocusGroups) {
    // Smallest first; among equals the one latest in category order (the less central area) goes.
    const order = (draft: Draft) => (draft.categories[0] ? categoryIndex(draft.categories[0]) : 99);
    const smallest = [...drafts].sort((a, b) => a.skills.length - b.skills.length || order(b) - order(a))[0]!;
    const rest = drafts.filter((draft) => draft !== smallest);
    const affinity = (target: Draft) => {
      const ranks = smallest.categories.flatMap((from) =>
        target.categories.map((to) => {
          const rank = mergeAffinity[from].indexOf(to);
          return rank === -1 ? 99 : rank;
        }),
      );
      return Math.min(99, ...ranks);
    };
    const score = (target: Draft) => [
      Math.max(0, target.skills.length + smallest.skills.length - maxAttributesPerGroup),
      affinity(target),
      target.skills.length,
      order(target),
    ];
    const target = [...rest].sort((a, b) => {
      const [sa, sb] = [score(a), score(b)];
      return sa.reduce((result, value, index) => result || value - sb[index]!, 0);
    })[0]!;
    target.categories = sortCategories([...target.categories, ...smallest.categories]);
    target.skills.push(...smallest.skills);
    drafts = rest;
  }

  const groups = drafts
    .sort((a, b) => {
      const [pa, pb] = [a.categories[0], b.categories[0]];
      return (pa ? categoryIndex(pa) : 99) - (pb ? categoryIndex(pb) : 99);
    })
    .map((draft): FocusGroup => {
      const ranked = [...draft.skills].sort(byImportance);
      const kept = ranked.slice(0, maxAttributesPerGroup);
      const dropped = ranked.slice(maxAttributesPerGroup);
      const label = groupLabel(draft.categories);
      if (draft.categories.length > 1) {
        const [first, ...rest] = draft.categories;
        notes.push(
          `${listWords([categoryLabels[first!].title, ...rest.map((category) => categoryLabels[category].inline)])} are assessed together to keep the interviews to ${maxFocusGroups} focus areas.`,
        );
      }
      if (dropped.length > 0) {
        notes.push(
          `${label}: the ${maxAttributesPerGroup} most important must-haves are assessed; ${listWords(dropped.map((skill) => skill.name))} ${dropped.length === 1 ? 'is' : 'are'} left out. A role with this many must-haves narrows the pool — consider making ${dropped.length === 1 ? 'it a nice-to-have' : 'them nice-to-haves'}.`,
        );
      }
      return {
        id: draft.categories.length > 0 ? draft.categories.join('-') : 'other',
        label,
        categories: draft.categories,
        attributes: kept.map((skill) => skill.requirement.skill),
        dropped: dropped.map((skill) => ({
          id: skill.requirement.skill,
          name: skill.name,
          category: skill.category,
        })),
      };
    });
  return { groups, notes };
}

function isJudgedOnPracticalWork(group: FocusGroup, lookup: PlanSkillLookup): boolean {
  const primary = primaryCategory(group, lookup);
  return primary === null || judgedOnPracticalWork.has(primary);
}

function defaultInterviewerRoles(stage: InterviewStage, noTechnicalLead: boolean): InterviewerRole[] {
  // Without anyone technical in-house, someone outside must judge the technical work.
  const technical: InterviewerRole[] = noTechnicalLead ? ['technical_advisor'] : ['tech_lead', 'engineer'];
  switch (stage) {
    case 'screen':
      return noTechnicalLead ? ['hiring_manager', 'technical_advisor'] : ['hiring_manager', 'tech_lead'];
    case 'practical':
      return noTechnicalLead ? technical : ['engineer', 'tech_lead'];
    case 'system_design':
      return technical;
    case 'behavioural':
      return ['hiring_manager', 'teammate'];
    case 'references':
      return ['hiring_manager', 'recruiter'];
  }
}

/**
 * An editable interview plan from a blueprint: screen, practical exercise review, system design (included
 * for mid and senior, optional for junior), behavioural interview and references, each with its purpose,
 * duration, focus attributes and suggested interviewers.
 */
export function generateInterviewPlan(
  blueprint: Pick<Blueprint, 'seniority' | 'skills' | 'technicalDirection'>,
  options: PlanOptions,
): InterviewPlan {
  const { lookup } = options;
  const seniority: Seniority = blueprint.seniority;
  const designOptional = seniority === 'junior';
  const includeDesign = options.includeSystemDesign ?? !designOptional;
  const noTechnicalLead = blueprint.technicalDirection === 'none';

  const { groups, notes } = buildFocusGroups(mustHaveSkills(blueprint), lookup);
  const practicalSkills: string[] = [];
  const designSkills: string[] = [];
  for (const group of groups) {
    // A group normally judged in system design moves to the practical review when system design is skipped,
    // so no must-have is left without an interview.
    const target = isJudgedOnPracticalWork(group, lookup) || !includeDesign ? practicalSkills : designSkills;
    target.push(...group.attributes);
  }

  const skillAttributes = groups.flatMap((group) =>
    group.attributes.map((id): PlanAttribute => {
      const info = lookup(id);
      return { id, name: info?.name ?? id, kind: 'skill', category: info?.category ?? null };
    }),
  );
  const attributes: PlanAttribute[] = [
    ...skillAttributes,
    ...coreAttributeIds.map(
      (id): PlanAttribute => ({
        id,
        name: coreAttributes[id].name,
        kind: coreAttributes[id].kind,
        category: null,
      }),
    ),
  ];

  const interview = (
    template: Template,
    skills: readonly string[],
    overrides: Partial<PlannedInterview> = {},
  ): PlannedInterview => {
    const { coreFocus, ...rest } = template;
    return {
      ...rest,
      focus: [...skills, ...coreFocus],
      interviewerRoles: defaultInterviewerRoles(template.stage, noTechnicalLead),
      optional: false,
      included: true,
      ...overrides,
    };
  };

  const interviews = [
    interview(screen, []),
    interview(practical, practicalSkills),
    interview(systemDesign, designSkills, { optional: designOptional, included: includeDesign }),
    interview(behavioural, [], { durationMinutes: seniority === 'senior' ? 60 : 45 }),
    interview(references, []),
  ];

  if (designOptional) {
    notes.push(
      includeDesign
        ? 'System design is optional for a junior; it is included, so keep it to basic patterns.'
        : 'System design is optional for a junior and is left out; switch it on to see how they reason about basic patterns.',
    );
  }
  if (noTechnicalLead) {
    notes.push(
      'There is no technical lead on the team, so ask an experienced outside engineer (an advisor or a vetted freelancer) to judge the technical interviews — a non-technical interviewer cannot judge them reliably.',
    );
  }

  return interviewPlanSchema.parse({
    version: 1,
    seniority,
    attributes,
    focusGroups: groups,
    interviews,
    notes,
  } satisfies InterviewPlanInput);
}

/** The interviews that are actually run, in order. */
export function includedInterviews(plan: InterviewPlan): PlannedInterview[] {
  return plan.interviews.filter((interview) => interview.included);
}

/** The attributes one interview assesses, with their names; empty for an unknown key. */
export function interviewFocus(plan: InterviewPlan, interviewKey: string): PlanAttribute[] {
  const interview = plan.interviews.find((candidate) => candidate.key === interviewKey);
  if (!interview) return [];
  const byId = new Map(plan.attributes.map((attribute) => [attribute.id, attribute]));
  return interview.focus.flatMap((id) => {
    const attribute = byId.get(id);
    return attribute ? [attribute] : [];
  });
}
