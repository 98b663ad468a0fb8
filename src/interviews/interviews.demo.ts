import { and, asc, eq } from 'drizzle-orm';
import { users } from '../accounts/accounts.tables.ts';
import { applications } from '../candidates/candidates.tables.ts';
import type { DemoSeeder } from '../demo/demo-seed.ts';
import { recordEvents } from '../pipeline/pipeline.store.ts';
import { jobs } from '../roles/roles.tables.ts';
import { interviewFocus } from './interview-plan.ts';
import { hiringDecisions, interviewParticipants, interviews, scorecards } from './interviews.tables.ts';
import { ensurePlan } from './plans.service.ts';
import type { Rating, Recommendation, ScorecardDraft } from './scorecard.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const evidence: Record<Rating, string> = {
  1: 'Could not give a concrete example even when prompted.',
  2: 'Some relevant experience, but the answer stayed general and missed the edge cases.',
  3: 'Walked through a real example with specifics and sensible trade-offs.',
  4: 'Went beyond the question: raised failure modes we had not asked about, with numbers.',
};

/**
 * Interviews for the demo organisation: a plan per open job, a decided candidate with a full panel of
 * submitted scorecards, one mid-process (one scorecard in, one interview upcoming) and one about to start.
 * Written directly, without invitations: demo data must not send e-mail.
 */
export const interviewsDemoSeeder: DemoSeeder = {
  name: 'interviews',
  async seed({ tx, orgId, actorUserId, random }) {
    const openJobs = await tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.orgId, orgId), eq(jobs.status, 'open')))
      .orderBy(asc(jobs.createdAt));
    const team = await tx.select().from(users).where(eq(users.orgId, orgId)).orderBy(asc(users.createdAt));
    const interviewers = team.filter((user) => user.role === 'interviewer');
    const manager = team.find((user) => user.role === 'hiring_manager') ?? team[0];
    if (openJobs.length === 0 || interviewers.length < 2 || !manager) return;

    for (const job of openJobs) await ensurePlan(tx, orgId, job);
    const job = openJobs[0]!;
    const plan = (await ensurePlan(tx, orgId, job)).plan;
    const candidates = await tx
      .select()
      .from(applications)
      .where(
        and(eq(applications.orgId, orgId), eq(applications.jobId, job.id), eq(applications.status, 'active')),
      )
      .orderBy(asc(applications.createdAt))
      .limit(3);
    const hasKey = (key: string) => plan.interviews.some((entry) => entry.key === key && entry.included);
    const designKey = hasKey('system-design') ? 'system-design' : 'practical-review';
    const today = Math.floor(Date.now() / HOUR) * HOUR;

    const book = async (
      application: (typeof candidates)[number],
      key: string,
      startsAt: number,
      panel: string[],
      ratingBias: number,
    ) => {
      const planned = plan.interviews.find((entry) => entry.key === key)!;
      const [interview] = await tx
        .insert(interviews)
        .values({
          orgId,
          applicationId: application.id,
          candidateId: application.candidateId,
          jobId: job.id,
          planKey: key,
          kind: planned.stage,
          title: planned.title,
          startsAt: new Date(startsAt),
          endsAt: new Date(startsAt + planned.durationMinutes * 60_000),
          timeZone: 'Europe/London',
          videoUrl: 'https://meet.example.com/hirebench-demo',
          status: startsAt + planned.durationMinutes * 60_000 < Date.now() ? 'completed' : 'scheduled',
          createdBy: actorUserId,
        })
        .returning();
      await tx
        .insert(interviewParticipants)
        .values(panel.map((userId) => ({ orgId, interviewId: interview!.id, userId })));
      await recordEvents(tx, [
        {
          orgId,
          candidateId: application.candidateId,
          applicationId: application.id,
          jobId: job.id,
          type: 'interview_scheduled',
          actorUserId,
          data: {
            interviewId: interview!.id,
            title: planned.title,
            startsAt: interview!.startsAt.toISOString(),
          },
          createdAt: new Date(startsAt - 3 * DAY),
        },
      ]);
      if (ratingBias < 0) return interview!;
      // Everyone on a past interview submitted a scorecard.
      for (const authorId of panel) {
        const focus = interviewFocus(plan, key);
        const ratings: Record<string, Rating> = {};
        const notes: Record<string, string> = {};
        for (const attribute of focus) {
          const rating = Math.max(1, Math.min(4, Math.round(ratingBias + (random() - 0.5) * 1.6))) as Rating;
          ratings[attribute.id] = rating;
          notes[attribute.id] = evidence[rating];
        }
        const values = Object.values(ratings);
        const average = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
        const recommendation: Recommendation =
          average >= 3.4 ? 'strong_yes' : average >= 2.6 ? 'yes' : average >= 1.8 ? 'no' : 'strong_no';
        const data: ScorecardDraft = {
          ratings,
          notes,
          redFlags: average < 2.2 ? ['keyword-answers'] : [],
          recommendation,
          summary: evidence[Math.round(average) as Rating],
        };
        const submittedAt = new Date(interview!.endsAt.getTime() + (2 + random() * 10) * HOUR);
        const [card] = await tx
          .insert(scorecards)
          .values({
            orgId,
            interviewId: interview!.id,
            applicationId: application.id,
            authorId,
            data,
            recommendation,
            submittedAt,
            createdAt: submittedAt,
            updatedAt: submittedAt,
          })
          .returning();
        await recordEvents(tx, [
          {
            orgId,
            candidateId: application.candidateId,
            applicationId: application.id,
            jobId: job.id,
            type: 'scorecard_submitted',
            actorUserId: authorId,
            data: { interviewId: interview!.id, scorecardId: card!.id, title: planned.title },
            createdAt: submittedAt,
          },
        ]);
      }
      return interview!;
    };

    const [decided, midway, upcoming] = candidates;
    const [first, second, third] = [
      interviewers[0]!.id,
      interviewers[1]!.id,
      (interviewers[2] ?? interviewers[0]!).id,
    ];
    if (decided) {
      await book(decided, 'screen', today - 9 * DAY, [manager.id], 3.2);
      await book(decided, designKey, today - 6 * DAY, [first, second], 3.4);
      if (hasKey('behavioural'))
        await book(decided, 'behavioural', today - 5 * DAY, [manager.id, third], 3.1);
      const decidedAt = new Date(today - 4 * DAY);
      const rationale =
        'Strong evidence on every must-have; the system design interview showed sound reasoning about scale and failure. The panel was unanimous.';
      await tx.insert(hiringDecisions).values({
        orgId,
        applicationId: decided.id,
        decision: 'hire',
        rationale,
        decidedBy: actorUserId ?? manager.id,
        decidedAt,
      });
      await recordEvents(tx, [
        {
          orgId,
          candidateId: decided.candidateId,
          applicationId: decided.id,
          jobId: job.id,
          type: 'hiring_decision',
          actorUserId: actorUserId ?? manager.id,
          data: { decision: 'hire', rationale },
          createdAt: decidedAt,
        },
      ]);
    }
    if (midway) {
      await book(midway, 'screen', today - 3 * DAY, [manager.id], 2.8);
      await book(midway, designKey, today + 2 * DAY + 10 * HOUR, [first, second], -1);
    }
    if (upcoming) await book(upcoming, 'screen', today + DAY + 14 * HOUR, [manager.id, third], -1);
  },
};
