import { z } from 'zod';
import { idParams } from '../accounts/accounts.contract.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { maxInterviewMinutes, minInterviewMinutes } from './interview-plan.ts';
import { timeZoneSchema } from './interviews.contract.ts';
import {
  addWindow,
  bookPublicSlot,
  createSchedulingLink,
  deleteWindow,
  listWindows,
  publicSlots,
  type WindowRow,
} from './self-scheduling.service.ts';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use HH:mm, e.g. 09:30.');
const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

const windowBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('weekly'),
    weekday: z.number().int().min(1).max(7).describe('ISO weekday: 1 = Monday … 7 = Sunday'),
    startTime: hhmm,
    endTime: hhmm.describe('At or before startTime means the next day'),
    timeZone: timeZoneSchema,
  }),
  z.object({ kind: z.literal('once'), startsAt: instant, endsAt: instant, timeZone: timeZoneSchema }),
]);

const windowSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['weekly', 'once']),
    weekday: z.number().int().nullable(),
    startTime: z.string().nullable(),
    endTime: z.string().nullable(),
    startsAt: z.iso.datetime().nullable(),
    endsAt: z.iso.datetime().nullable(),
    timeZone: z.string(),
  })
  .meta({ id: 'AvailabilityWindow' });

const presentWindow = (row: WindowRow): z.infer<typeof windowSchema> => ({
  id: row.id,
  kind: row.kind,
  weekday: row.weekday,
  startTime: row.startTime,
  endTime: row.endTime,
  startsAt: row.startsAt?.toISOString() ?? null,
  endsAt: row.endsAt?.toISOString() ?? null,
  timeZone: row.timeZone,
});

const tokenParams = z.object({ token: z.string().min(10).max(200) });
const slotSchema = z.object({
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  localStartIso: z.string(),
  localStart: z.string(),
  localEnd: z.string(),
  offsetLabel: z.string(),
});

export function selfSchedulingRoutes(app: App, services: Services) {
  const tags = ['self-scheduling'];

  app.get(
    '/account/availability',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Your availability windows for interviews (weekly in your zone, or one-off)',
        response: { 200: z.object({ items: z.array(windowSchema) }) },
      },
    },
    async (request) => ({ items: (await listWindows(services.db, authOf(request))).map(presentWindow) }),
  );

  app.post(
    '/account/availability',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Publish a window in which candidates may book interviews with you',
        body: windowBody,
        response: { 201: z.object({ window: windowSchema }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ window: presentWindow(await addWindow(services.db, authOf(request), request.body)) }),
  );

  app.delete(
    '/account/availability/:id',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Remove one of your availability windows', params: idParams },
    },
    async (request, reply) => {
      await deleteWindow(services.db, authOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/applications/:id/scheduling-links',
    {
      config: { access: ['admin', 'recruiter', 'hiring_manager'] },
      schema: {
        tags,
        summary:
          "E-mail the candidate a single-use, expiring link to pick an interview slot from the interviewers' availability",
        params: idParams,
        body: z.object({
          planKey: z.string().min(1).max(60),
          interviewerIds: z.array(z.uuid()).min(1).max(8),
          durationMinutes: z.number().int().min(minInterviewMinutes).max(maxInterviewMinutes).optional(),
          mode: z
            .enum(['all', 'any'])
            .default('all')
            .describe('all: the whole panel at once; any: one of them'),
          timeZone: timeZoneSchema.describe("The zone the interviewers' invitations show"),
          location: z.string().trim().max(300).nullable().optional(),
          videoUrl: z
            .url({ protocol: /^https?$/ })
            .max(500)
            .nullable()
            .optional(),
          expiresInDays: z.number().int().min(1).max(30).default(7),
        }),
        response: {
          201: z.object({
            link: z.object({ id: z.uuid(), expiresAt: z.iso.datetime(), durationMinutes: z.number().int() }),
            url: z.string().describe('Shown once: only its hash is stored'),
          }),
        },
      },
    },
    async (request, reply) => {
      const { link, url } = await createSchedulingLink(
        services,
        authOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send({
        link: { id: link.id, expiresAt: link.expiresAt.toISOString(), durationMinutes: link.durationMinutes },
        url,
      });
    },
  );

  app.get(
    '/public/scheduling/:token',
    {
      config: { access: 'public', rateLimit: { max: 60, timeWindow: '10 minutes' } },
      schema: {
        tags,
        summary: 'For the candidate: the free slots, grouped by day in the time zone asked for',
        params: tokenParams,
        querystring: z.object({ tz: timeZoneSchema.default('UTC') }),
        response: {
          200: z.object({
            organisation: z.string(),
            job: z.string(),
            candidateFirstName: z.string(),
            title: z.string(),
            durationMinutes: z.number().int(),
            expiresAt: z.iso.datetime(),
            timeZone: z.string(),
            days: z.array(z.object({ date: z.string(), label: z.string(), slots: z.array(slotSchema) })),
          }),
        },
      },
    },
    async (request, reply) => {
      const result = await publicSlots(services, request.params.token, request.query.tz);
      reply.header('cache-control', 'no-store');
      return {
        ...result,
        expiresAt: result.expiresAt.toISOString(),
        days: result.days.map((day) => ({
          date: day.date,
          label: day.label,
          slots: day.slots.map((slot) => ({
            start: slot.start.toISOString(),
            end: slot.end.toISOString(),
            localStartIso: slot.localStartIso,
            localStart: slot.localStart,
            localEnd: slot.localEnd,
            offsetLabel: slot.offsetLabel,
          })),
        })),
      };
    },
  );

  app.post(
    '/public/scheduling/:token',
    {
      // The token in the path is the only credential and no session is involved, so there is nothing for
      // CSRF to protect; the tight rate limit is the guard, as on the careers apply form.
      config: { access: 'public', csrf: false, rateLimit: { max: 10, timeWindow: '10 minutes' } },
      schema: {
        tags,
        summary:
          'For the candidate: book a slot (409 when it was taken meanwhile); everyone gets the invitation',
        params: tokenParams,
        body: z.object({ start: instant, timeZone: timeZoneSchema }),
        response: {
          201: z.object({
            interview: z.object({ title: z.string(), startsAt: z.iso.datetime(), endsAt: z.iso.datetime() }),
          }),
        },
      },
    },
    async (request, reply) => {
      const { interview } = await bookPublicSlot(services, request.params.token, request.body);
      return reply.status(201).send({
        interview: {
          title: interview.title,
          startsAt: interview.startsAt.toISOString(),
          endsAt: interview.endsAt.toISOString(),
        },
      });
    },
  );
}
