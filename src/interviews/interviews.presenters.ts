import type { z } from 'zod';
import type {
  decisionSchema,
  hiddenScorecardSchema,
  interviewSchema,
  planEnvelopeSchema,
  scorecardSchema,
} from './interviews.contract.ts';
import type { InterviewRow, PlanRow, ScorecardRow } from './interviews.store.ts';
import type { hiringDecisions } from './interviews.tables.ts';

/** What leaves the server about interviews: never token hashes, never others' drafts. */

export const presentPlan = (row: PlanRow): z.infer<typeof planEnvelopeSchema> => ({
  jobId: row.jobId,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
  updatedBy: row.updatedBy,
  plan: row.plan,
});

export type InterviewView = {
  interview: InterviewRow;
  candidate: { id: string; name: string };
  job: { id: string; title: string };
  interviewers: { id: string; name: string; role: string }[];
  myScorecard: 'none' | 'draft' | 'submitted' | null;
};

export const presentInterview = (view: InterviewView): z.infer<typeof interviewSchema> => {
  const { interview } = view;
  return {
    id: interview.id,
    applicationId: interview.applicationId,
    candidate: view.candidate,
    job: view.job,
    planKey: interview.planKey,
    kind: interview.kind,
    title: interview.title,
    startsAt: interview.startsAt.toISOString(),
    endsAt: interview.endsAt.toISOString(),
    durationMinutes: Math.round((interview.endsAt.getTime() - interview.startsAt.getTime()) / 60_000),
    timeZone: interview.timeZone,
    location: interview.location,
    videoUrl: interview.videoUrl,
    status: interview.status,
    sequence: interview.icalSequence,
    interviewers: view.interviewers,
    myScorecard: view.myScorecard,
    createdAt: interview.createdAt.toISOString(),
  };
};

type ScorecardWithContext = { scorecard: ScorecardRow; interview: InterviewRow; authorName: string };

const interviewSummary = (interview: InterviewRow) => ({
  key: interview.planKey,
  title: interview.title,
  startsAt: interview.startsAt.toISOString(),
});

export const presentScorecard = ({
  scorecard,
  interview,
  authorName,
}: ScorecardWithContext): z.infer<typeof scorecardSchema> => ({
  id: scorecard.id,
  interviewId: scorecard.interviewId,
  interview: interviewSummary(interview),
  author: { id: scorecard.authorId, name: authorName },
  status: scorecard.submittedAt ? 'submitted' : 'draft',
  submittedAt: scorecard.submittedAt?.toISOString() ?? null,
  revision: scorecard.revision,
  ratings: scorecard.data.ratings,
  notes: scorecard.data.notes,
  redFlags: scorecard.data.redFlags,
  recommendation: scorecard.data.recommendation,
  summary: scorecard.data.summary,
  updatedAt: scorecard.updatedAt.toISOString(),
});

/** A scorecard the caller may not read: who wrote it and whether it is in, nothing of what it says. */
export const presentHiddenScorecard = (
  row: ScorecardWithContext & { reason: string },
): z.infer<typeof hiddenScorecardSchema> => ({
  interviewId: row.scorecard.interviewId,
  interview: interviewSummary(row.interview),
  author: { id: row.scorecard.authorId, name: row.authorName },
  submitted: row.scorecard.submittedAt !== null,
  reason: row.reason === 'draft_of_other' ? 'draft_of_other' : 'submit_yours_first',
});

export const presentDecision = (
  row: typeof hiringDecisions.$inferSelect,
  decidedByName: string | null,
): z.infer<typeof decisionSchema> => ({
  id: row.id,
  decision: row.decision,
  rationale: row.rationale,
  decidedBy: row.decidedBy && decidedByName ? { id: row.decidedBy, name: decidedByName } : null,
  decidedAt: row.decidedAt.toISOString(),
});
