import { z } from 'zod';
import { idParams } from '../accounts/accounts.contract.ts';
import { notFound } from '../platform/errors.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { applicationDebrief, recordDecision } from './debrief.service.ts';
import { decisions } from './debrief.ts';
import { interviewFocus } from './interview-plan.ts';
import {
  cancelBody,
  decisionBody,
  decisionSchema,
  hiddenScorecardSchema,
  interviewQuery,
  interviewSchema,
  myScorecardResponse,
  planEnvelopeSchema,
  rescheduleBody,
  savePlanBody,
  scheduleBody,
  scorecardBody,
  scorecardSchema,
} from './interviews.contract.ts';
import {
  presentDecision,
  presentHiddenScorecard,
  presentInterview,
  presentPlan,
  presentScorecard,
} from './interviews.presenters.ts';
import { interviewViews, listInterviews } from './interviews.service.ts';
import { getApplicationContext } from './interviews.store.ts';
import { interviewKit } from './kit.service.ts';
import { ensurePlan, getPlanForJob, savePlan } from './plans.service.ts';
import { cancelInterview, rescheduleInterview, scheduleInterview } from './scheduling.service.ts';
import { ratingAnchorsFor } from './scorecard.ts';
import {
  getMyScorecard,
  requireInterviewAccess,
  saveScorecard,
  scorecardHistory,
  scorecardsForViewer,
} from './scorecards.service.ts';

const hiringTeam = ['admin', 'recruiter', 'hiring_manager'] as const;

export function interviewsRoutes(app: App, services: Services) {
  const tags = ['interviews'];

  // ---------------------------------------------------------------------------------------------------
  // Plans

  app.get(
    '/jobs/:id/interview-plan',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: "The job's interview plan; generated from its blueprint the first time it is read",
        params: idParams,
        response: { 200: z.object({ plan: planEnvelopeSchema }) },
      },
    },
    async (request) => ({
      plan: presentPlan(await getPlanForJob(services, authOf(request), request.params.id)),
    }),
  );

  app.put(
    '/jobs/:id/interview-plan',
    {
      config: { access: hiringTeam },
      schema: {
        tags,
        summary: 'Save an edited interview plan (send the version you edited; 409 if someone saved since)',
        params: idParams,
        body: savePlanBody,
        response: { 200: z.object({ plan: planEnvelopeSchema }) },
      },
    },
    async (request) => ({
      plan: presentPlan(await savePlan(services, authOf(request), request.params.id, request.body)),
    }),
  );

  // ---------------------------------------------------------------------------------------------------
  // Interviews

  app.post(
    '/applications/:id/interviews',
    {
      config: { access: hiringTeam },
      schema: {
        tags,
        summary:
          'Schedule an interview: books the interviewers (409 if one is already booked then) and e-mails calendar invitations to the candidate and each interviewer',
        params: idParams,
        body: scheduleBody,
        response: { 201: z.object({ interview: interviewSchema }) },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const body = request.body;
      let durationMinutes = body.durationMinutes;
      if (durationMinutes === undefined) {
        const context = await getApplicationContext(services.db, auth.orgId, request.params.id);
        if (!context) throw notFound('application');
        const plan = (await ensurePlan(services.db, auth.orgId, context.job)).plan;
        durationMinutes = plan.interviews.find((entry) => entry.key === body.planKey)?.durationMinutes ?? 60;
      }
      const interview = await scheduleInterview(
        services,
        { orgId: auth.orgId, userId: auth.user.id },
        {
          applicationId: request.params.id,
          planKey: body.planKey,
          interviewerIds: body.interviewerIds,
          startsAt: body.startsAt,
          durationMinutes,
          timeZone: body.timeZone,
          location: body.location ?? null,
          videoUrl: body.videoUrl ?? null,
        },
      );
      const [view] = await interviewViews(services.db, auth, [interview]);
      return reply.status(201).send({ interview: presentInterview(view!) });
    },
  );

  app.get(
    '/interviews',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          "Interviews by start time: yours (default) or everyone's, by job, candidate or application, in a date range",
        querystring: interviewQuery,
        response: { 200: z.object({ items: z.array(interviewSchema) }) },
      },
    },
    async (request) => {
      const views = await listInterviews(services.db, authOf(request), request.query);
      return { items: views.map(presentInterview) };
    },
  );

  app.get(
    '/interviews/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: "One interview (its panel, admins, recruiters and the job's hiring manager)",
        params: idParams,
        response: { 200: z.object({ interview: interviewSchema }) },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const { interview } = await requireInterviewAccess(services.db, auth, request.params.id);
      const [view] = await interviewViews(services.db, auth, [interview]);
      return { interview: presentInterview(view!) };
    },
  );

  app.patch(
    '/interviews/:id',
    {
      config: { access: hiringTeam },
      schema: {
        tags,
        summary:
          'Reschedule or change the panel: same calendar UID, SEQUENCE + 1, a new invitation to everyone (and a cancellation to anyone removed)',
        params: idParams,
        body: rescheduleBody,
        response: { 200: z.object({ interview: interviewSchema }) },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const interview = await rescheduleInterview(
        services,
        { orgId: auth.orgId, userId: auth.user.id },
        request.params.id,
        request.body,
      );
      const [view] = await interviewViews(services.db, auth, [interview]);
      return { interview: presentInterview(view!) };
    },
  );

  app.post(
    '/interviews/:id/cancel',
    {
      config: { access: hiringTeam },
      schema: {
        tags,
        summary: 'Cancel an interview: sends METHOD:CANCEL to the candidate and the panel',
        params: idParams,
        body: cancelBody,
        response: { 200: z.object({ interview: interviewSchema }) },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const interview = await cancelInterview(
        services,
        { orgId: auth.orgId, userId: auth.user.id },
        request.params.id,
        request.body.reason,
      );
      const [view] = await interviewViews(services.db, auth, [interview]);
      return { interview: presentInterview(view!) };
    },
  );

  // ---------------------------------------------------------------------------------------------------
  // Scorecards

  const myScorecard = async (auth: ReturnType<typeof authOf>, interviewId: string) => {
    const { access, focus, row } = await getMyScorecard(services, auth, interviewId);
    const history = row ? await scorecardHistory(services.db, auth.orgId, row.id) : [];
    return {
      scorecard: row
        ? presentScorecard({ scorecard: row, interview: access.interview, authorName: auth.user.name })
        : null,
      focus: focus.map((attribute) => ({ ...attribute, anchors: ratingAnchorsFor(attribute) })),
      revisions: history.map((revision) => ({
        revision: revision.revision,
        submittedAt: revision.submittedAt.toISOString(),
        replacedAt: revision.createdAt.toISOString(),
        data: revision.data,
      })),
    };
  };

  app.get(
    '/interviews/:id/scorecard',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          'Your own scorecard for this interview (null before you start one), its focus attributes with anchored ratings and its history',
        params: idParams,
        response: { 200: myScorecardResponse },
      },
    },
    async (request) => myScorecard(authOf(request), request.params.id),
  );

  app.put(
    '/interviews/:id/scorecard',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          'Save your scorecard (autosave: partial drafts are fine). After submission an edit must be complete, and the previous version is kept as a revision',
        params: idParams,
        body: scorecardBody,
        response: { 200: myScorecardResponse },
      },
    },
    async (request) => {
      const auth = authOf(request);
      await saveScorecard(services, auth, request.params.id, request.body, { submit: false });
      return myScorecard(auth, request.params.id);
    },
  );

  app.post(
    '/interviews/:id/scorecard',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          "Submit your scorecard: every focus attribute rated, evidence for each 1 and 4, an overall recommendation. Then you can read the panel's",
        params: idParams,
        body: scorecardBody,
        response: { 200: myScorecardResponse },
      },
    },
    async (request) => {
      const auth = authOf(request);
      await saveScorecard(services, auth, request.params.id, request.body, { submit: true });
      return myScorecard(auth, request.params.id);
    },
  );

  app.get(
    '/applications/:id/scorecards',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          "The application's scorecards you may read — others' stay hidden until you submit yours (admins and the job's hiring manager see every submitted one; nobody sees another's draft)",
        params: idParams,
        response: {
          200: z.object({
            items: z.array(scorecardSchema),
            hidden: z.array(hiddenScorecardSchema),
            youHaveSubmitted: z.boolean(),
          }),
        },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const result = await scorecardsForViewer(services.db, auth, request.params.id);
      return {
        items: result.visible.map(presentScorecard),
        hidden: result.hidden.map(presentHiddenScorecard),
        youHaveSubmitted: result.viewerHasSubmittedForCandidate,
      };
    },
  );

  // ---------------------------------------------------------------------------------------------------
  // Kit, debrief, decision

  app.get(
    '/interviews/:id/kit',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          'The interview kit: candidate summary, must-haves, focus attributes with anchored ratings, suggested questions, system-design prompts, red flags and your own notes',
        params: idParams,
      },
    },
    async (request) => {
      const auth = authOf(request);
      const kit = await interviewKit(services, auth, request.params.id);
      const [view] = await interviewViews(services.db, auth, [kit.interview]);
      return {
        kit: {
          interview: presentInterview(view!),
          purpose: kit.planned?.purpose ?? null,
          candidate: kit.candidate,
          job: kit.job,
          mustHaves: kit.mustHaves,
          focus: kit.focus,
          questions: kit.questions,
          systemDesignPrompts: kit.systemDesignPrompts,
          redFlags: kit.redFlags,
          notes: kit.notes
            ? presentScorecard({ scorecard: kit.notes, interview: kit.interview, authorName: auth.user.name })
            : null,
        },
      };
    },
  );

  app.get(
    '/applications/:id/debrief',
    {
      config: { access: hiringTeam },
      schema: {
        tags,
        summary:
          "The debrief: attribute × interviewer matrix, must-have coverage, red flags, recommendations and the advisor's warnings, over the submitted scorecards you may read",
        params: idParams,
        querystring: z.object({
          proposed: z
            .enum(decisions)
            .optional()
            .describe('Check a decision against the panel before recording it'),
        }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      const result = await applicationDebrief(
        services,
        auth,
        request.params.id,
        request.query.proposed ?? null,
      );
      const plan = (await ensurePlan(services.db, auth.orgId, result.context.job)).plan;
      return {
        application: {
          id: result.context.application.id,
          candidate: { id: result.context.candidate.id, name: result.context.candidate.name },
          job: { id: result.context.job.id, title: result.context.job.title },
        },
        interviews: plan.interviews
          .filter((entry) => entry.included)
          .map((entry) => ({ key: entry.key, title: entry.title, focus: interviewFocus(plan, entry.key) })),
        debrief: result.debrief,
        hiddenSubmitted: result.hiddenSubmitted,
        decision: result.decision
          ? presentDecision(result.decision.decision, result.decision.decidedByName)
          : null,
      };
    },
  );

  app.post(
    '/applications/:id/decision',
    {
      config: { access: hiringTeam },
      schema: {
        tags,
        summary: "Record the hiring decision with its rationale (the job's hiring manager or an admin)",
        params: idParams,
        body: decisionBody,
        response: { 201: z.object({ decision: decisionSchema }) },
      },
    },
    async (request, reply) => {
      const result = await recordDecision(services, authOf(request), request.params.id, request.body);
      return reply.status(201).send({ decision: presentDecision(result.decision, result.decidedByName) });
    },
  );
}
