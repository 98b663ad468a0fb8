// Demo exercises: one graded well, one graded weak, one with the clock running and one not opened yet. The
// reports are written directly from the real checks — demo seeding never runs the sandbox and sends no e-mail.
import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { applications } from '../candidates/candidates.tables.ts';
import type { DemoSeeder } from '../demo/demo-seed.ts';
import { recordEvents } from '../pipeline/pipeline.store.ts';
import { hashSecret, newSecret } from '../platform/security/secrets.ts';
import { jobs } from '../roles/roles.tables.ts';
import { ratingFor } from './assessments.service.ts';
import { exerciseInvitations, exerciseSubmissions } from './assessments.tables.ts';
import { tasksApiExercise } from './exercises/tasks-api/index.ts';
import type { CheckResult } from './grader/checks.ts';
import { type GradeReport, scoreChecks, verdictFor } from './grader/report.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Which checks the weak demo submission fails: no persistence, no concurrency safety, loose validation. */
const weakFails = (check: { id: string; category: string }, index: number) =>
  check.category === 'persistence' ||
  check.category === 'concurrency' ||
  (check.category === 'validation' && index % 2 === 0);

export function demoReport(kind: 'good' | 'weak', gradedAt: Date): GradeReport {
  const checks: CheckResult[] = tasksApiExercise.checks.map((check, index) => {
    const passed = kind === 'good' || !weakFails(check, index);
    const step = check.steps[0];
    return {
      id: check.id,
      category: check.category,
      description: check.description,
      points: check.points,
      passed,
      message: passed ? 'passed' : `expected status ${JSON.stringify(step?.expect.status ?? 200)}, got 500`,
      evidence: passed
        ? null
        : {
            request: { method: step?.request.method ?? 'GET', path: step?.request.path ?? '/' },
            expected: { status: step?.expect.status ?? 200 },
            received: {
              status: 500,
              contentType: 'text/html',
              body: 'Internal Server Error',
              truncated: false,
            },
          },
      durationMs: 4 + (index % 7),
    };
  });
  const { score, maxScore, categories } = scoreChecks(checks);
  const ownTests = {
    ran: true,
    command: 'npm test',
    passed: kind === 'good' ? 7 : 1,
    failed: 0,
    skipped: 0,
    framework: 'node:test',
    exitCode: 0,
    summary: 'exited with status 0',
    durationMs: 900,
    output: '',
  };
  const signals = {
    files: kind === 'good' ? 8 : 3,
    sourceFiles: kind === 'good' ? 6 : 2,
    sourceLines: kind === 'good' ? 410 : 120,
    testLines: kind === 'good' ? 140 : 15,
    languages: ['JavaScript'],
    tests: { files: 1, paths: ['test/tasks.test.js'], approximateCases: kind === 'good' ? 7 : 1 },
    designNote: {
      present: kind === 'good',
      file: kind === 'good' ? 'README.md' : null,
      words: kind === 'good' ? 320 : 0,
    },
    dependencies: { nodeModulesIncluded: false, declared: 0 },
    git: null,
  };
  const serviceEnd = { reason: 'stopped', report: 'stopped by the grader' };
  return {
    exercise: tasksApiExercise.id,
    outcome: 'checked',
    score,
    maxScore,
    verdict: verdictFor({
      outcome: 'checked',
      problem: null,
      score,
      maxScore,
      checks,
      categories,
      ownTests,
      signals,
      serviceEnd,
    }),
    problem: null,
    categories,
    checks,
    ownTests,
    signals,
    resources: { peakMemoryBytes: 48 * 1024 * 1024, cpuTimeMs: 1400, wallMs: 5200 },
    service: {
      command: 'npm start',
      commandSource: 'package.json',
      launches: 5,
      listenedAfterMs: 180,
      end: serviceEnd,
    },
    submission: {
      format: 'zip',
      files: signals.files,
      totalBytes: 24_000,
      sha256: sha(kind),
      strippedFolder: 'solution',
    },
    stdout: 'listening on 8080\n',
    stderr: '',
    gradedAt: gradedAt.toISOString(),
    durationMs: 5200,
  };
}

const sha = (text: string) => createHash('sha256').update(`demo ${text}`).digest('hex');

export const assessmentsDemoSeeder: DemoSeeder = {
  name: 'assessments',
  async seed({ tx, orgId, actorUserId }) {
    const [job] = await tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.orgId, orgId), eq(jobs.status, 'open')))
      .orderBy(asc(jobs.createdAt))
      .limit(1);
    if (!job) return;
    const picked = await tx
      .select()
      .from(applications)
      .where(
        and(eq(applications.orgId, orgId), eq(applications.jobId, job.id), eq(applications.status, 'active')),
      )
      .orderBy(asc(applications.createdAt))
      .limit(4);
    const now = Date.now();
    const plans: { state: 'good' | 'weak' | 'started' | 'sent'; sentDaysAgo: number }[] = [
      { state: 'good', sentDaysAgo: 6 },
      { state: 'weak', sentDaysAgo: 5 },
      { state: 'started', sentDaysAgo: 1 },
      { state: 'sent', sentDaysAgo: 0.2 },
    ];
    for (const [index, application] of picked.entries()) {
      const plan = plans[index]!;
      const sentAt = new Date(now - plan.sentDaysAgo * DAY);
      const startedAt = plan.state === 'sent' ? null : new Date(sentAt.getTime() + 3 * HOUR);
      const timeLimitMinutes = tasksApiExercise.timeLimitMinutes;
      const graded = plan.state === 'good' || plan.state === 'weak';
      const [invitation] = await tx
        .insert(exerciseInvitations)
        .values({
          orgId,
          applicationId: application.id,
          candidateId: application.candidateId,
          exerciseId: tasksApiExercise.id,
          // Nobody holds a demo link: the token is thrown away.
          tokenHash: hashSecret(newSecret('hbx_')),
          expiresAt: new Date(sentAt.getTime() + 7 * DAY),
          timeLimitMinutes,
          startedAt,
          deadlineAt: startedAt ? new Date(startedAt.getTime() + timeLimitMinutes * 60_000) : null,
          status: plan.state === 'sent' ? 'sent' : graded ? 'graded' : 'started',
          createdBy: actorUserId,
          createdAt: sentAt,
          updatedAt: sentAt,
        })
        .returning();
      const events: Parameters<typeof recordEvents>[1] = [
        {
          orgId,
          candidateId: application.candidateId,
          applicationId: application.id,
          jobId: job.id,
          type: 'exercise_sent',
          actorUserId,
          data: { invitationId: invitation!.id, title: tasksApiExercise.title },
          createdAt: sentAt,
        },
      ];
      if (graded && startedAt) {
        const submittedAt = new Date(
          startedAt.getTime() + (timeLimitMinutes - (plan.state === 'good' ? 30 : 10)) * 60_000,
        );
        const gradedAt = new Date(submittedAt.getTime() + 40_000);
        const report = demoReport(plan.state as 'good' | 'weak', gradedAt);
        const [submission] = await tx
          .insert(exerciseSubmissions)
          .values({
            orgId,
            invitationId: invitation!.id,
            fileId: null,
            filename: plan.state === 'good' ? 'tasks-api.zip' : 'solution.zip',
            format: 'zip',
            sizeBytes: report.submission!.totalBytes,
            sha256: report.submission!.sha256,
            submittedAt,
            gradingStatus: 'done',
            progressStep: 'done',
            progressFraction: 1,
            report,
            score: report.score,
            maxScore: report.maxScore,
            verdict: report.verdict,
            rating: ratingFor(report.score, report.maxScore),
            gradedAt,
          })
          .returning();
        events.push({
          orgId,
          candidateId: application.candidateId,
          applicationId: application.id,
          jobId: job.id,
          type: 'exercise_graded',
          data: {
            invitationId: invitation!.id,
            submissionId: submission!.id,
            title: tasksApiExercise.title,
            score: report.score,
            maxScore: report.maxScore,
            rating: ratingFor(report.score, report.maxScore),
            summary: `exercise graded: ${report.score}/${report.maxScore}`,
          },
          createdAt: gradedAt,
        });
      }
      await recordEvents(tx, events);
    }
  },
};
