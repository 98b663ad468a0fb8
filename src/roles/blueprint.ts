import { z } from 'zod';

/**
 * The role blueprint: who exactly we want, before anyone searches. Everything later (the posting, the
 * interview plan, scorecards, matching) reads it. Pure types and schema, no I/O.
 */

export const seniorities = ['junior', 'mid', 'senior'] as const;
export type Seniority = (typeof seniorities)[number];

/** Two published views of experience bands; we show both and default to the first. */
export const seniorityYears: Record<
  Seniority,
  { common: [number, number | null]; strict: [number, number | null] }
> = {
  junior: { common: [0, 2], strict: [0, 3] },
  mid: { common: [2, 5], strict: [4, 6] },
  senior: { common: [5, null], strict: [7, null] },
};

export const productStages = ['mvp', 'scaling'] as const;
export type ProductStage = (typeof productStages)[number];

/** How much technical direction the existing team can give the new hire. */
export const technicalDirections = ['none', 'some', 'strong'] as const;
export type TechnicalDirection = (typeof technicalDirections)[number];

export const engagementModels = [
  'full_time',
  'contract',
  'contract_to_hire',
  'freelance',
  'managed',
] as const;
export type EngagementModel = (typeof engagementModels)[number];

export const workplaceTypes = ['remote', 'hybrid', 'onsite'] as const;

export const skillCategories = [
  'languages',
  'frameworks',
  'databases',
  'apis',
  'cloud',
  'architecture',
  'devops',
  'security',
  'data',
  'ai',
  'testing',
] as const;
export type SkillCategory = (typeof skillCategories)[number];

/** basic → working → deep: what "knows X" means at this level (see the level-by-area table in the advisor). */
export const skillLevels = ['basic', 'working', 'deep'] as const;
export type SkillLevel = (typeof skillLevels)[number];

export const skillRequirementSchema = z.object({
  skill: z.string().min(1).max(80).describe('Canonical skill id from the taxonomy, e.g. "nodejs"'),
  requirement: z.enum(['must', 'nice']),
  level: z.enum(skillLevels).default('working'),
  minYears: z.number().min(0).max(40).nullable().default(null),
});
export type SkillRequirement = z.infer<typeof skillRequirementSchema>;

export const responsibilitySchema = z.object({
  id: z.string().max(80).nullable().default(null).describe('Library id when picked from the library'),
  text: z.string().trim().min(3).max(400),
});

export const salaryRangeSchema = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD.'),
    min: z.number().int().min(0),
    max: z.number().int().min(0),
    period: z.enum(['year', 'month', 'week', 'hour']).default('year'),
  })
  .refine((salary) => salary.max >= salary.min, {
    message: 'The maximum must be at least the minimum.',
    path: ['max'],
  });

export const locationSchema = z.object({
  workplace: z.enum(workplaceTypes).default('remote'),
  city: z.string().trim().max(120).nullable().default(null),
  region: z.string().trim().max(120).nullable().default(null),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as US.')
    .nullable()
    .default(null),
  /** For remote roles: where applicants may live (countries as ISO codes, or names of regions). */
  remoteEligibility: z.array(z.string().trim().min(2).max(80)).max(30).default([]),
  /** Time zones the person must overlap with, e.g. "UTC-5 to UTC+1" or IANA names. */
  timeZones: z.array(z.string().trim().min(1).max(60)).max(10).default([]),
});

export const blueprintSchema = z.object({
  title: z.string().trim().min(3).max(120),
  productStage: z.enum(productStages),
  existingStack: z
    .array(z.string().min(1).max(80))
    .max(30)
    .default([])
    .describe('Canonical skill ids of the codebase'),
  seniority: z.enum(seniorities),
  experienceYears: z
    .object({ min: z.number().min(0).max(40), max: z.number().min(0).max(50).nullable() })
    .refine((years) => years.max === null || years.max >= years.min, {
      message: 'The maximum must be at least the minimum.',
      path: ['max'],
    })
    .nullable()
    .default(null)
    .describe('Overrides the default years for the seniority'),
  technicalDirection: z.enum(technicalDirections),
  engagement: z.enum(engagementModels).default('full_time'),
  location: locationSchema.default({
    workplace: 'remote',
    city: null,
    region: null,
    country: null,
    remoteEligibility: [],
    timeZones: [],
  }),
  teamContext: z.string().trim().max(2000).default(''),
  responsibilities: z.array(responsibilitySchema).max(20).default([]),
  skills: z.array(skillRequirementSchema).max(60).default([]),
  softSkills: z.array(z.string().trim().min(2).max(80)).max(12).default([]),
  salary: salaryRangeSchema.nullable().default(null),
  offer: z
    .object({
      equity: z.string().trim().max(200).nullable().default(null),
      bonus: z.string().trim().max(200).nullable().default(null),
      benefits: z.array(z.string().trim().min(2).max(160)).max(20).default([]),
    })
    .default({ equity: null, bonus: null, benefits: [] }),
  headcount: z.number().int().min(1).max(100).default(1),
});

export type Blueprint = z.infer<typeof blueprintSchema>;
export type BlueprintInput = z.input<typeof blueprintSchema>;

export function experienceFor(blueprint: Pick<Blueprint, 'seniority' | 'experienceYears'>) {
  if (blueprint.experienceYears) return blueprint.experienceYears;
  const [min, max] = seniorityYears[blueprint.seniority].common;
  return { min, max };
}
