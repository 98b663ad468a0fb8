// The HTTP shape of the home page's "What needs you today": the signed-in person's own to-dos, by section.
import { z } from 'zod';
import { timeZoneSchema } from '../interviews/interviews.contract.ts';

const timestamp = z.iso.datetime();
const day = z.iso.date();
const ref = z.object({ id: z.uuid(), name: z.string() });
const jobRef = z.object({ id: z.uuid(), title: z.string() });

export const todayQuery = z.object({
  timeZone: timeZoneSchema
    .default('UTC')
    .describe('Your IANA time zone: it decides which interviews are today and which items are overdue'),
});

const section = <K extends string, T extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(
  kind: K,
  item: T,
  extra?: E,
) =>
  z.object({
    kind: z.literal(kind),
    count: z.number().int().describe('How many there are in all; `items` holds the first few'),
    items: z.array(item),
    ...(extra as E),
  });

export const todaySectionSchema = z
  .discriminatedUnion('kind', [
    section(
      'offer_approvals',
      z.object({
        offerId: z.uuid(),
        candidate: ref,
        job: jobRef,
        step: z.string().describe('The approval step waiting for you'),
        waitingSince: timestamp.describe('When the step became yours to decide'),
      }),
    ),
    section(
      'scorecards',
      z.object({
        interviewId: z.uuid(),
        title: z.string(),
        candidate: ref,
        job: jobRef,
        endedAt: timestamp,
        overdue: z.boolean().describe('More than a day since the interview ended'),
        draft: z.boolean().describe('You started the scorecard but have not submitted it'),
      }),
      { overdue: z.number().int().describe('How many of them are overdue') },
    ),
    section(
      'interviews_today',
      z.object({
        interviewId: z.uuid(),
        title: z.string(),
        candidate: ref,
        job: jobRef,
        startsAt: timestamp,
        endsAt: timestamp,
      }),
    ),
    section(
      'exercise_reviews',
      z.object({
        submissionId: z.uuid(),
        applicationId: z.uuid(),
        exercise: z.object({ id: z.string(), title: z.string() }),
        candidate: ref,
        job: jobRef,
        submittedAt: timestamp,
      }),
    ),
    section(
      'onboarding_items',
      z.object({
        itemId: z.uuid(),
        planId: z.uuid(),
        title: z.string(),
        newHire: ref,
        dueDate: day,
        overdue: z.boolean(),
      }),
      { overdue: z.number().int().describe('How many of them are overdue') },
    ),
    section(
      'stalled_candidates',
      z.object({
        applicationId: z.uuid(),
        candidate: ref,
        job: jobRef,
        stage: z.string(),
        daysInStage: z.number().int(),
        targetDays: z.number().int(),
      }),
    ),
    section(
      'new_applications',
      z.object({
        job: jobRef,
        count: z.number().int().describe('Active applications in the intake stage, not yet waiting too long'),
      }),
      { jobs: z.number().int().describe('How many jobs have new applications') },
    ),
  ])
  .meta({ id: 'TodaySection' });

export const todaySchema = z
  .object({
    date: day.describe('Today in the time zone asked for'),
    timeZone: z.string(),
    sections: z
      .array(todaySectionSchema)
      .describe('Only sections with something in them, most pressing first; empty when all is clear'),
  })
  .meta({ id: 'Today' });

export type Today = z.infer<typeof todaySchema>;
export type TodaySection = z.infer<typeof todaySectionSchema>;
