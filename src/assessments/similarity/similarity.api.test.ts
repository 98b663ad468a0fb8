// Similarity between submissions, through the real portal and background jobs: a disguised copy of another
// candidate's code is flagged on both sides, an independent solution is not, a candidate is never compared with
// their own earlier upload, another organisation's submissions are never looked at, and written answers are
// compared too. The grader is stubbed out (as when the sandbox is unavailable): similarity does not depend on it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/test-services.ts';
import { addApplicant, hiringTeam } from '../../interviews/test-fixtures.ts';
import { registerAssessmentJobs } from '../assessments.service.ts';
import { GraderUnavailableError } from '../grader/grade.ts';
import { sendAndStart, uploadToPortal } from '../portal-test-fixtures.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
let team: Awaited<ReturnType<typeof hiringTeam>>;
let otherTeam: Awaited<ReturnType<typeof hiringTeam>>;

beforeAll(async () => {
  env = await createTestApp();
  registerAssessmentJobs(env.services, async () => {
    throw new GraderUnavailableError('not needed to compare submissions');
  });
  team = await hiringTeam(env, 'Similar Co');
  otherTeam = await hiringTeam(env, 'Elsewhere Ltd');
}, 90_000);
afterAll(() => env.close());

const fixtures = join(import.meta.dirname, '__fixtures__');
/** A fixture folder as the zip a candidate would upload, with a README of their own. */
function zipOf(folder: string, readme: string): Buffer {
  const files: Record<string, Uint8Array> = {
    'solution/README.md': new TextEncoder().encode(readme),
  };
  for (const name of readdirSync(join(fixtures, folder))) {
    files[`solution/src/${name}`] = new Uint8Array(readFileSync(join(fixtures, folder, name)));
  }
  return Buffer.from(zipSync(files));
}

async function handIn(
  owner: typeof team,
  applicationId: string,
  exerciseId: string,
  file: { filename: string; content: Buffer },
) {
  const { invitationId, token } = await sendAndStart(env, owner.recruiter.client, applicationId, exerciseId);
  const upload = async () => {
    const uploaded = await uploadToPortal(env, token, file);
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    return uploaded.body.submission.id as string;
  };
  const submissionId = await upload();
  return { invitationId, submissionId, upload };
}

async function similarityOf(owner: typeof team, invitationId: string) {
  await env.services.queue.drain();
  const invitation = (await owner.hiringManager.client.get(`/api/v1/exercise-invitations/${invitationId}`))
    .body.invitation;
  return invitation.submission.similarity;
}

describe('similarity between submissions of the same exercise', () => {
  let first: Awaited<ReturnType<typeof handIn>>;
  let firstApplicationId: string;
  let copy: Awaited<ReturnType<typeof handIn>>;
  let copyApplication: { id: string; candidateId: string };

  it('flags a disguised copy of another candidate’s code, on both sides, and names the matching files', async () => {
    firstApplicationId = team.application.id;
    first = await handIn(team, firstApplicationId, 'tasks-api', {
      filename: 'tasks.zip',
      content: zipOf(
        'original',
        '# Tasks\n\nA JSON file under DATA_DIR, written through a temporary file.\n',
      ),
    });
    expect(await similarityOf(team, first.invitationId)).toMatchObject({
      status: 'done',
      flagged: false,
      score: null,
      match: null,
    });

    copyApplication = await addApplicant(team.admin.client, team.job.id, 'Colin Copy');
    copy = await handIn(team, copyApplication.id, 'tasks-api', {
      filename: 'my-solution.zip',
      content: zipOf('disguised', '# My solution\n\nItems are kept in memory and saved as JSON.\n'),
    });
    const flagged = await similarityOf(team, copy.invitationId);
    expect(flagged).toMatchObject({
      status: 'done',
      flagged: true,
      match: {
        submissionId: first.submissionId,
        applicationId: firstApplicationId,
        candidateId: team.application.candidateId,
        candidateName: 'Dana Candidate',
      },
    });
    expect(flagged.score).toBeGreaterThanOrEqual(0.6);
    expect(flagged.matchingFiles).toEqual([
      { path: 'src/repository.js', otherPath: 'src/store.js', share: expect.any(Number) },
    ]);

    // The first candidate's result now points at the copy too: whoever was first, both deserve a look.
    expect(await similarityOf(team, first.invitationId)).toMatchObject({
      flagged: true,
      score: flagged.score,
      match: { submissionId: copy.submissionId, candidateName: 'Colin Copy' },
    });
  });

  it('does not flag an independent solution, nor a candidate’s resubmission against their own upload', async () => {
    const other = await addApplicant(team.admin.client, team.job.id, 'Ivy Independent');
    const independent = await handIn(team, other.id, 'tasks-api', {
      filename: 'work.zip',
      content: zipOf('independent', '# Notes\n\nAn append-only log replayed at start.\n'),
    });
    const result = await similarityOf(team, independent.invitationId);
    expect(result.flagged).toBe(false);
    expect(result.score ?? 0).toBeLessThan(0.3);

    // The first candidate uploads the same work again: compared with the others, never with their first upload.
    const again = await first.upload();
    await env.services.queue.drain();
    const resubmitted = await similarityOf(team, first.invitationId);
    expect(resubmitted.match.submissionId).not.toBe(first.submissionId);
    expect(resubmitted.match.submissionId).toBe(copy.submissionId);
    expect(again).not.toBe(first.submissionId);
  });

  it('never compares with another organisation’s submissions', async () => {
    const elsewhere = await handIn(otherTeam, otherTeam.application.id, 'tasks-api', {
      filename: 'tasks.zip',
      content: zipOf(
        'original',
        '# Tasks\n\nA JSON file under DATA_DIR, written through a temporary file.\n',
      ),
    });
    expect(await similarityOf(otherTeam, elsewhere.invitationId)).toMatchObject({
      flagged: false,
      match: null,
    });
    const asA = await team.hiringManager.client.get(`/api/v1/exercise-invitations/${elsewhere.invitationId}`);
    expect(asA.status).toBe(404);
  });

  it('compares written answers too, leaving out the template we handed out', async () => {
    const template = readFileSync(
      join(import.meta.dirname, '../exercises/design-the-data-model/starter/MODEL.md'),
      'utf8',
    );
    const answer = `${template}
Copies belong to one library and carry a unique barcode. A reservation asks for a tool at a library for a date
range, and staff choose the copy at pick-up, which turns the reservation into a loan of that copy. An exclusion
constraint over the copy and the reserved days stops two reservations from promising the same copy, and a
partial unique index on loans that are still open keeps a copy on one loan at a time. Fees are rows of their own,
paid by payments that can cover several fees, and a waiver is a row too, so the balance is always explained.
For partner libraries every table gains a tenant key, part of every unique key, and every query filters on it.
`;
    const writer = await handIn(team, team.application.id, 'design-the-data-model', {
      filename: 'MODEL.md',
      content: Buffer.from(answer),
    });
    const lookalike = await handIn(team, copyApplication.id, 'design-the-data-model', {
      filename: 'answer.md',
      content: Buffer.from(
        answer.replace('Copies belong', 'In my model copies belong').replace('stops', 'prevents'),
      ),
    });
    const onlyTemplate = await addApplicant(team.admin.client, team.job.id, 'Tom Template');
    const blank = await handIn(team, onlyTemplate.id, 'design-the-data-model', {
      filename: 'MODEL.md',
      content: Buffer.from(template),
    });
    expect(await similarityOf(team, lookalike.invitationId)).toMatchObject({
      flagged: true,
      match: { submissionId: writer.submissionId },
      matchingFiles: [{ path: 'answer.md', otherPath: 'MODEL.md', share: expect.any(Number) }],
    });
    // An untouched template has nothing of its own to compare.
    expect(await similarityOf(team, blank.invitationId)).toMatchObject({ flagged: false, match: null });
  });

  it('forgets an erased candidate’s fingerprints and the flags that point at them', async () => {
    const erased = await team.admin.client.post(`/api/v1/candidates/${copyApplication.candidateId}/erase`, {
      confirm: 'Colin Copy',
    });
    expect(erased.status).toBe(200);
    expect(await similarityOf(team, first.invitationId)).toMatchObject({ flagged: false, match: null });
  });
});
