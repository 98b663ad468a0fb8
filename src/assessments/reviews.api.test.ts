// Written exercises end to end: the candidate hands in a document through the portal, nothing runs, reviewers
// score it on the rubric (hidden from each other until they submit), and the rating reaches the debrief.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../test/support/documents.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { addApplicant, hiringTeam } from '../interviews/test-fixtures.ts';
import { sendAndStart as startExercise, uploadToPortal } from './portal-test-fixtures.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
let team: Awaited<ReturnType<typeof hiringTeam>>;

beforeAll(async () => {
  env = await createTestApp();
  team = await hiringTeam(env, 'Review Co');
}, 60_000);
afterAll(() => env.close());

const answer = `# Toolshed data model

## Entities and keys

| table | primary key |
| --- | --- |
| tools | id |
| copies | id, barcode unique |

Reservations ask for a tool at a library; a loan lends one copy. An exclusion constraint on
(copy_id, daterange) keeps two reservations from promising the same copy.
`;

const upload = (token: string, filename: string, content: Buffer, type = 'text/markdown') =>
  uploadToPortal(env, token, { filename, content, type });
const sendAndStart = (applicationId: string, exerciseId: string) =>
  startExercise(env, team.recruiter.client, applicationId, exerciseId);

const invitationOf = async (id: string) =>
  (await team.hiringManager.client.get(`/api/v1/exercise-invitations/${id}`)).body.invitation;

type Criterion = { id: string; title: string; levels: { score: number }[] };
const completeReview = (criteria: Criterion[], score: 1 | 2 | 3 | 4, comment = 'Clear and well argued.') => ({
  scores: criteria.map((criterion) => ({
    criterionId: criterion.id,
    score,
    evidence: `Seen in the section on ${criterion.title.toLowerCase()}.`,
  })),
  comment,
});

describe('written exercises reviewed on a rubric', () => {
  let submissionId: string;
  let invitationId: string;
  let criteria: Criterion[];

  it('lists both rubric exercises in the library', async () => {
    const library = (await team.alice.client.get('/api/v1/exercises')).body.items as {
      id: string;
      kind: string;
      brief: string;
    }[];
    const written = library.filter((item) => item.kind === 'rubric').map((item) => item.id);
    expect(written).toEqual(expect.arrayContaining(['design-the-data-model', 'incident-triage']));
    expect(library.find((item) => item.id === 'incident-triage')!.brief).toMatch(/DB connections in use/);
  });

  it('takes a single Markdown, text or PDF document, stores it as awaiting review and never grades it', async () => {
    const sent = await sendAndStart(team.application.id, 'design-the-data-model');
    invitationId = sent.invitationId;
    expect(sent.portal.exercise.kind).toBe('rubric');

    // A document must really be text (or a PDF): a binary renamed .md is refused, as is an executable.
    const binary = await upload(sent.token, 'MODEL.md', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]));
    expect(binary.status).toBe(415);
    expect(binary.body.error.message).toMatch(/\.md, \.txt or \.pdf/);

    const pdf = await upload(sent.token, 'model.pdf', await makePdf(['Toolshed model', 'Loans and copies']));
    expect(pdf.status).toBe(201);
    const uploaded = await upload(sent.token, 'MODEL.md', Buffer.from(answer));
    expect(uploaded.status).toBe(201);
    submissionId = uploaded.body.submission.id;

    await env.services.queue.drain();
    const invitation = await invitationOf(invitationId);
    expect(invitation).toMatchObject({ exerciseKind: 'rubric', status: 'submitted' });
    expect(invitation.submission).toMatchObject({
      id: submissionId,
      format: 'markdown',
      gradingStatus: 'awaiting_review',
      score: null,
      report: null,
      error: null,
    });
    const jobs = (await team.admin.client.get('/api/v1/background-jobs?limit=100')).body.items as {
      type: string;
      status: string;
    }[];
    expect(jobs.filter((job) => job.type === 'assessments.grade')).toEqual([]);
  });

  it('refuses a lone document for an exercise that is run, not read', async () => {
    const other = await addApplicant(team.admin.client, team.job.id, 'Omar Service');
    const sent = await sendAndStart(other.id, 'tasks-api');
    const refused = await upload(sent.token, 'NOTES.md', Buffer.from('# My notes\n'));
    expect(refused.status).toBe(415);
    expect(refused.body.error.message).toMatch(/zip, a \.tar\.gz or a git bundle/);
  });

  it('shows the hand-in as text beside the rubric, and the original for download', async () => {
    const handIn = await team.alice.client.get(`/api/v1/exercise-submissions/${submissionId}/hand-in`);
    expect(handIn.status).toBe(200);
    expect(handIn.body).toMatchObject({ filename: 'MODEL.md', format: 'markdown', problem: null });
    expect(handIn.body.files).toEqual([
      expect.objectContaining({ path: 'MODEL.md', kind: 'markdown', text: answer, truncated: false }),
    ]);
    const download = await team.alice.client.raw('GET', `/api/v1/files/${handIn.body.fileId}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe(answer);

    const view = await team.alice.client.get(`/api/v1/exercise-submissions/${submissionId}/review`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      canReview: true,
      myReview: null,
      reviews: [],
      hiddenReviews: 0,
      summary: { reviews: 0, averageRating: null, verdict: null, maxScore: 24 },
      exercise: { id: 'design-the-data-model' },
    });
    criteria = view.body.exercise.rubric.criteria;
    expect(criteria).toHaveLength(6);
    expect(criteria[0]!.levels.map((level) => level.score)).toEqual([1, 2, 3, 4]);
  });

  it('lets admins, hiring managers and interviewers review; recruiters read', async () => {
    const byRecruiter = await team.recruiter.client.put(
      `/api/v1/exercise-submissions/${submissionId}/review`,
      completeReview(criteria, 3),
    );
    expect(byRecruiter.status).toBe(403);
    const recruiterView = await team.recruiter.client.get(
      `/api/v1/exercise-submissions/${submissionId}/review`,
    );
    expect(recruiterView.body.canReview).toBe(false);
  });

  it('refuses an incomplete review with every problem named', async () => {
    const partial = await team.alice.client.put(`/api/v1/exercise-submissions/${submissionId}/review`, {
      scores: [
        { criterionId: criteria[0]!.id, score: 3, evidence: '' },
        { criterionId: 'not-a-criterion', score: 2, evidence: 'x' },
      ],
      comment: ' ',
    });
    expect(partial.status).toBe(400);
    const paths = (partial.body.error.details as { path: string }[]).map((detail) => detail.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'scores.0.evidence',
        'scores.1.criterionId',
        `scores.${criteria[1]!.id}`,
        'comment',
      ]),
    );
    const outOfScale = await team.alice.client.put(`/api/v1/exercise-submissions/${submissionId}/review`, {
      ...completeReview(criteria, 3),
      scores: [{ criterionId: criteria[0]!.id, score: 5, evidence: 'Off the scale' }],
    });
    expect(outOfScale.status).toBe(400);
  });

  it("keeps each reviewer's scores hidden from the others until they submit their own", async () => {
    const first = await team.alice.client.put(
      `/api/v1/exercise-submissions/${submissionId}/review`,
      completeReview(criteria, 4, 'Strong model; the exclusion constraint is exactly right.'),
    );
    expect(first.status).toBe(201);
    expect(first.body.myReview).toMatchObject({ reviewer: { name: 'Alice Interviewer' } });
    expect(first.body.summary).toMatchObject({ reviews: 1, averageRating: 4, verdict: 'pass' });

    const bobBefore = await team.bob.client.get(`/api/v1/exercise-submissions/${submissionId}/review`);
    expect(bobBefore.body).toMatchObject({ reviews: [], hiddenReviews: 1, summary: { reviews: 0 } });
    expect(JSON.stringify(bobBefore.body)).not.toContain('exclusion constraint is exactly right');

    // The job's hiring manager, admins and recruiters read every submitted review.
    for (const reader of [team.hiringManager, team.admin, team.recruiter]) {
      const view = await reader.client.get(`/api/v1/exercise-submissions/${submissionId}/review`);
      expect(view.body, reader.name).toMatchObject({ hiddenReviews: 0, summary: { reviews: 1 } });
    }

    const second = await team.bob.client.put(
      `/api/v1/exercise-submissions/${submissionId}/review`,
      completeReview(criteria, 2, 'Integrity rules are left to the application.'),
    );
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({
      hiddenReviews: 0,
      summary: { reviews: 2, averageRating: 3, score: 18, maxScore: 24, verdict: 'pass' },
    });
    expect(second.body.reviews).toHaveLength(2);
  });

  it('replaces a reviewer’s own review when they save again', async () => {
    const revised = await team.alice.client.put(
      `/api/v1/exercise-submissions/${submissionId}/review`,
      completeReview(criteria, 3, 'On a second read: solid, not exceptional.'),
    );
    expect(revised.status).toBe(200);
    expect(revised.body.reviews).toHaveLength(2);
    expect(revised.body.myReview.comment).toBe('On a second read: solid, not exceptional.');
    expect(revised.body.summary).toMatchObject({ averageRating: 2.5, verdict: 'borderline' });
  });

  it('settles the invitation and puts the rating in the debrief and on the timeline', async () => {
    expect((await invitationOf(invitationId)).status).toBe('graded');
    const debrief = await team.hiringManager.client.get(
      `/api/v1/applications/${team.application.id}/debrief`,
    );
    expect(debrief.status).toBe(200);
    expect(debrief.body.debrief.exercises).toEqual([
      expect.objectContaining({
        exerciseId: 'design-the-data-model',
        score: 15,
        maxScore: 24,
        percent: 63,
        verdict: 'borderline',
        review: { averageRating: 2.5, reviewers: 2 },
      }),
    ]);
    const timeline = await team.recruiter.client.get(
      `/api/v1/candidates/${team.application.candidateId}/timeline`,
    );
    expect(JSON.stringify(timeline.body)).toContain('reviewed by Bob Interviewer: 2.0 of 4');
  });

  it('answers 404 for an unknown submission and 409 for one graded automatically', async () => {
    const unknown = await team.alice.client.get(
      '/api/v1/exercise-submissions/00000000-0000-4000-8000-000000000000/review',
    );
    expect(unknown.status).toBe(404);
    const other = await addApplicant(team.admin.client, team.job.id, 'Ines Zip');
    const sent = await sendAndStart(other.id, 'tasks-api');
    const { zipSync } = await import('fflate');
    const zip = Buffer.from(zipSync({ 'solution/index.js': new TextEncoder().encode('require("http")') }));
    const uploaded = await upload(sent.token, 'solution.zip', zip, 'application/zip');
    expect(uploaded.status).toBe(201);
    const refused = await team.alice.client.get(
      `/api/v1/exercise-submissions/${uploaded.body.submission.id}/review`,
    );
    expect(refused.status).toBe(409);
  });
});

describe('erasing the candidate', () => {
  it('keeps the scores but removes what reviewers wrote about the hand-in', async () => {
    const erased = await team.admin.client.post(`/api/v1/candidates/${team.application.candidateId}/erase`, {
      confirm: 'Dana Candidate',
    });
    expect(erased.status).toBe(200);
    const invitations = (
      await team.admin.client.get(`/api/v1/applications/${team.application.id}/exercise-invitations`)
    ).body.items as { exerciseKind: string; submission: { id: string } }[];
    const written = invitations.find((item) => item.exerciseKind === 'rubric')!;
    const view = await team.admin.client.get(`/api/v1/exercise-submissions/${written.submission.id}/review`);
    expect(view.body.reviews).toHaveLength(2);
    for (const review of view.body.reviews) {
      expect(review.comment).toBe('');
      expect(review.scores.every((entry: { evidence: string; score: number }) => entry.evidence === '')).toBe(
        true,
      );
      expect(review.scores[0].score).toBeGreaterThan(0);
    }
  });
});
