import { z } from 'zod';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { engagementModels, seniorities, technicalDirections } from '../roles/blueprint.ts';
import { channels, defaultAssumptions } from './assumptions.ts';
import { recommendChannels } from './channels.ts';
import {
  badHireCost,
  costBreakdown,
  juniorVsSenior,
  rampUpCost,
  salaryBand,
  totalCostOfEmployment,
} from './cost.ts';
import { organisationAssumptions, organisationOverrides, saveOverrides } from './planning.service.ts';
import { hiringTimeline } from './timeline.ts';

const tags = ['planning'];
const isoDate = z.iso.date();
const parseDay = (value: string) => new Date(`${value}T00:00:00Z`);
const today = () => new Date().toISOString().slice(0, 10);

const costBody = z.object({
  level: z.enum(seniorities),
  salary: z.number().int().min(1000).max(10_000_000).optional(),
  channel: z.enum(channels),
  remote: z.boolean().default(false),
  location: z.string().max(60).optional(),
  months: z.number().int().min(1).max(60).default(12),
});

export function planningRoutes(app: App, services: Services) {
  app.get(
    '/planning/assumptions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The planning assumptions in force: shipped defaults with your organisation’s edits',
      },
    },
    async (request) => {
      const orgId = authOf(request).orgId;
      return {
        assumptions: await organisationAssumptions(services.db, orgId),
        overrides: await organisationOverrides(services.db, orgId),
        defaults: defaultAssumptions,
      };
    },
  );

  app.put(
    '/planning/assumptions',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary:
          'Replace your organisation’s edits to the planning assumptions (an empty object restores the defaults)',
        body: z.object({ overrides: z.record(z.string(), z.unknown()) }),
      },
    },
    async (request) => ({
      assumptions: await saveOverrides(services, authOf(request), request.body.overrides as never),
      overrides: request.body.overrides,
    }),
  );

  app.post(
    '/planning/cost',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'What a hire costs: salary band, total cost of employment, fees, ramp-up, bad-hire risk',
        body: costBody,
      },
    },
    async (request) => {
      const assumptions = await organisationAssumptions(services.db, authOf(request).orgId);
      const input = request.body;
      const band = salaryBand(
        input.level,
        { remote: input.remote, ...(input.location ? { location: input.location } : {}) },
        assumptions,
      );
      const salary = input.salary ?? band.median;
      return {
        salary,
        band,
        breakdown: costBreakdown({ ...input, salary }, assumptions),
        totalCostOfEmployment: totalCostOfEmployment(salary, assumptions),
        rampUp: rampUpCost(salary, input.level, assumptions),
        badHire: badHireCost(salary, assumptions),
      };
    },
  );

  app.post(
    '/planning/junior-vs-senior',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'A junior and a senior hire compared month by month: cost, delivered value and rewrite risk',
        body: z.object({
          juniorSalary: z.number().int().min(1000).optional(),
          seniorSalary: z.number().int().min(1000).optional(),
          months: z.number().int().min(3).max(60).default(24),
          technicalDirection: z.enum(technicalDirections).default('some'),
          remote: z.boolean().default(false),
          location: z.string().max(60).optional(),
        }),
      },
    },
    async (request) =>
      juniorVsSenior(request.body, await organisationAssumptions(services.db, authOf(request).orgId)),
  );

  app.post(
    '/planning/channels',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Which hiring channels fit, ranked with reasons',
        body: z.object({
          scopeBounded: z.boolean(),
          durationMonths: z.number().min(0.25).max(120).nullable(),
          neededBy: isoDate.nullable(),
          today: isoDate.optional(),
          budget: z.object({ amount: z.number().min(0), period: z.enum(['total', 'month']) }).nullable(),
          ownSourcingCapacity: z.enum(['none', 'some', 'strong']),
          seniority: z.enum(seniorities),
          engagement: z.enum(engagementModels).optional(),
        }),
      },
    },
    async (request) => {
      const body = request.body;
      const assumptions = await organisationAssumptions(services.db, authOf(request).orgId);
      return {
        items: recommendChannels(
          {
            ...body,
            neededBy: body.neededBy ? parseDay(body.neededBy) : null,
            today: parseDay(body.today ?? today()),
            ...(body.engagement ? { engagement: body.engagement } : {}),
          },
          assumptions,
        ),
      };
    },
  );

  app.post(
    '/planning/timeline',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'When you will realistically hire: dated milestones from today to the first day',
        body: z.object({
          seniority: z.enum(seniorities),
          channel: z.enum(channels),
          noticePeriodWeeks: z.number().min(0).max(26).optional(),
          today: isoDate.optional(),
        }),
      },
    },
    async (request) => {
      const body = request.body;
      return hiringTimeline({
        today: parseDay(body.today ?? today()),
        seniority: body.seniority,
        channel: body.channel,
        ...(body.noticePeriodWeeks === undefined ? {} : { noticePeriodWeeks: body.noticePeriodWeeks }),
        assumptions: await organisationAssumptions(services.db, authOf(request).orgId),
      });
    },
  );
}
