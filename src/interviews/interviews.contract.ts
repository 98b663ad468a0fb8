import { IANAZone } from 'luxon';
import { z } from 'zod';
import { decisions } from './debrief.ts';
import { interviewPlanSchema, maxInterviewMinutes, minInterviewMinutes } from './interview-plan.ts';
import { interviewStatuses } from './interviews.tables.ts';
import { recommendations, redFlagIds } from './scorecard.ts';

const timestamp = z.iso.datetime();
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => IANAZone.isValidZone(zone), 'Use an IANA time zone such as "Europe/Berlin".');
const instant = z.iso
  .datetime({
    offset: true,
    message: 'Use an ISO 8601 date and time with its offset, e.g. 2026-05-04T09:00:00Z.',
  })
  .transform((value) => new Date(value));
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const videoUrl = z
  .url({ protocol: /^https?$/, message: 'A video link must start with https:// or http://.' })
  .max(500)
  .nullable()
  .optional();
const person = z.object({ id: z.uuid(), name: z.string() });

// ---------------------------------------------------------------------------------------------------------
// Plans

export const planEnvelopeSchema = z
  .object({
    jobId: z.uuid(),
    version: z.number().int(),
    updatedAt: timestamp,
    updatedBy: z.uuid().nullable(),
    plan: interviewPlanSchema,
  })
  .meta({ id: 'InterviewPlanEnvelope' });

export const savePlanBody = z.object({
  version: z.number().int().min(1).describe('The version you edited; a newer saved version is a 409.'),
  plan: interviewPlanSchema,
});

// ---------------------------------------------------------------------------------------------------------
// Interviews

export const scheduleBody = z.object({
  planKey: z.string().min(1).max(60).describe("Which interview of the job's plan this is"),
  interviewerIds: z.array(z.uuid()).min(1, 'Choose at least one interviewer.').max(8),
  startsAt: instant,
  durationMinutes: z
    .number()
    .int()
    .min(minInterviewMinutes)
    .max(maxInterviewMinutes)
    .optional()
    .describe("Defaults to the plan's duration for this interview"),
  timeZone: timeZoneSchema.describe('The zone the invitation shows the time in'),
  location: optionalText(300),
  videoUrl,
});

export const rescheduleBody = z.object({
  startsAt: instant.optional(),
  durationMinutes: z.number().int().min(minInterviewMinutes).max(maxInterviewMinutes).optional(),
  timeZone: timeZoneSchema.optional(),
  location: optionalText(300),
  videoUrl,
  interviewerIds: z.array(z.uuid()).min(1).max(8).optional(),
});

export const cancelBody = z.object({ reason: z.string().trim().max(1000).default('') });

export const interviewQuery = z.object({
  scope: z
    .enum(['mine', 'all'])
    .default('mine')
    .describe("mine: interviews you are on; all: everyone's (not for the interviewer role)"),
  jobId: z.uuid().optional(),
  candidateId: z.uuid().optional(),
  applicationId: z.uuid().optional(),
  from: instant.optional(),
  to: instant.optional(),
  status: z.enum(interviewStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const interviewSchema = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    candidate: person,
    job: z.object({ id: z.uuid(), title: z.string() }),
    planKey: z.string(),
    kind: z.string(),
    title: z.string(),
    startsAt: timestamp,
    endsAt: timestamp,
    durationMinutes: z.number().int(),
    timeZone: z.string(),
    location: z.string().nullable(),
    videoUrl: z.string().nullable(),
    status: z.enum(interviewStatuses),
    sequence: z.number().int().describe('iCalendar SEQUENCE of the last invitation sent'),
    interviewers: z.array(person.extend({ role: z.string() })),
    myScorecard: z
      .enum(['none', 'draft', 'submitted'])
      .nullable()
      .describe("The caller's own scorecard; null when the caller is not on the panel"),
    createdAt: timestamp,
  })
  .meta({ id: 'Interview' });

// ---------------------------------------------------------------------------------------------------------
// Scorecards

const ratingValue = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const scorecardBody = z
  .object({
    ratings: z.record(z.string(), ratingValue).default({}),
    notes: z.record(z.string(), z.string()).default({}),
    redFlags: z.array(z.enum(redFlagIds)).default([]),
    recommendation: z.enum(recommendations).nullable().default(null),
    summary: z.string().default(''),
  })
  .describe('Validated in full by the scorecard rules for the interview (partial drafts are fine)');

export const scorecardSchema = z
  .object({
    id: z.uuid(),
    interviewId: z.uuid(),
    interview: z.object({ key: z.string(), title: z.string(), startsAt: timestamp }),
    author: person,
    status: z.enum(['draft', 'submitted']),
    submittedAt: timestamp.nullable(),
    revision: z.number().int(),
    ratings: z.record(z.string(), z.number().int()),
    notes: z.record(z.string(), z.string()),
    redFlags: z.array(z.string()),
    recommendation: z.enum(recommendations).nullable(),
    summary: z.string(),
    updatedAt: timestamp,
  })
  .meta({ id: 'Scorecard' });

export const hiddenScorecardSchema = z
  .object({
    interviewId: z.uuid(),
    interview: z.object({ key: z.string(), title: z.string(), startsAt: timestamp }),
    author: person,
    submitted: z.boolean(),
    reason: z
      .enum(['draft_of_other', 'submit_yours_first'])
      .describe('submit_yours_first: submit your own scorecard for this candidate to read it'),
  })
  .meta({ id: 'HiddenScorecard' });

export const focusAttributeSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  category: z.string().nullable(),
  anchors: z.array(
    z.object({ rating: z.number().int(), label: z.string(), description: z.string(), anchor: z.string() }),
  ),
});

export const myScorecardResponse = z.object({
  scorecard: scorecardSchema.nullable(),
  focus: z.array(focusAttributeSchema),
  revisions: z.array(
    z.object({
      revision: z.number().int(),
      submittedAt: timestamp,
      replacedAt: timestamp,
      data: scorecardBody,
    }),
  ),
});

export const decisionBody = z.object({
  decision: z.enum(decisions),
  rationale: z.string().trim().min(10, 'Write down why, in a sentence or two.').max(8000),
});

export const decisionSchema = z
  .object({
    id: z.uuid(),
    decision: z.enum(decisions),
    rationale: z.string(),
    decidedBy: person.nullable(),
    decidedAt: timestamp,
  })
  .meta({ id: 'HiringDecision' });
