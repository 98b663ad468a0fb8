import { z } from 'zod';
import { blueprintSchema } from './blueprint.ts';
import { jobStatuses } from './roles.tables.ts';

const timestamp = z.iso.datetime();

export const findingSchema = z
  .object({
    severity: z.enum(['error', 'warning', 'tip']),
    code: z.string(),
    message: z.string(),
    suggestion: z.string(),
    path: z.string().optional(),
  })
  .meta({ id: 'AdvisorFinding' });

export const blueprintDocumentSchema = blueprintSchema.meta({ id: 'Blueprint' });

export const blueprintSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    seniority: z.string(),
    productStage: z.string(),
    version: z.number().int(),
    templateId: z.string().nullable(),
    archived: z.boolean(),
    errors: z.number().int(),
    warnings: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'BlueprintSummary' });

export const blueprintDetailSchema = blueprintSummarySchema
  .extend({ blueprint: blueprintDocumentSchema, findings: z.array(findingSchema) })
  .meta({ id: 'BlueprintDetail' });

export const saveBlueprintBody = z.object({
  blueprint: blueprintSchema,
  templateId: z.string().max(80).nullable().optional(),
  expectedVersion: z.number().int().min(1).optional(),
});

export const screeningQuestionSchema = z.object({
  id: z.string().min(1).max(40),
  question: z.string().trim().min(3).max(300),
  kind: z.enum(['text', 'yes_no']),
  required: z.boolean(),
});

export const jobSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    slug: z.string(),
    status: z.enum(jobStatuses),
    blueprintId: z.uuid().nullable(),
    blueprintVersion: z.number().int().nullable(),
    blueprintLatestVersion: z.number().int().nullable(),
    postingEdited: z.boolean(),
    applicationCount: z.number().int(),
    ownerId: z.uuid().nullable(),
    validThrough: z.string().nullable(),
    openedAt: timestamp.nullable(),
    closedAt: timestamp.nullable(),
    careersUrl: z.string(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Job' });

export const jobDetailSchema = jobSchema
  .extend({
    blueprint: blueprintDocumentSchema,
    postingMarkdown: z.string(),
    postingHtml: z.string(),
    screeningQuestions: z.array(screeningQuestionSchema),
    findings: z.array(findingSchema),
  })
  .meta({ id: 'JobDetail' });

export const updateJobBody = z.object({
  title: z.string().trim().min(3).max(120).optional(),
  postingMarkdown: z.string().min(20).max(20_000).optional(),
  screeningQuestions: z.array(screeningQuestionSchema).max(10).optional(),
  validThrough: z.iso.date().nullable().optional(),
  ownerId: z.uuid().nullable().optional(),
});
