import { describe, expect, it } from 'vitest';
import { buildStalledDigest, DIGEST_LIMIT_PER_JOB, type DigestJob } from './stalled-digest.ts';

const now = new Date('2026-06-15T07:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const stages = [
  { key: 'applied', name: 'Applied / Sourced', targetDays: 3 },
  { key: 'screen', name: 'Screen', targetDays: 5 },
  { key: 'offer', name: 'Offer', targetDays: 3 },
  { key: 'hired', name: 'Hired', targetDays: null },
];
const application = (candidateName: string, stage: string, days: number, status = 'active') => ({
  candidateName,
  stage,
  status,
  stageEnteredAt: daysAgo(days),
});
const job = (id: string, title: string, applications: DigestJob['applications']): DigestJob => ({
  id,
  title,
  stages,
  applications,
});
const build = (jobs: DigestJob[]) =>
  buildStalledDigest({
    owner: { name: 'Dana Whitfield' },
    jobs,
    publicUrl: 'https://hire.example.com/',
    now,
  });

describe('buildStalledDigest', () => {
  it('is null when nobody waits longer than the stage target', () => {
    expect(build([])).toBeNull();
    expect(
      build([
        job('j1', 'Backend Engineer', [
          application('On Time', 'screen', 5), // exactly the target: not stalled yet
          application('Rejected Long Ago', 'screen', 40, 'rejected'),
          application('Hired Person', 'hired', 90, 'hired'),
          application('No Target', 'hired', 90),
          application('Unknown Stage', 'gone', 90),
        ]),
      ]),
    ).toBeNull();
  });

  it('lists the stalled candidates per job, most overdue first, with days against the target and a board link', () => {
    const digest = build([
      job('job-b', 'Staff Engineer', [application('Grace Hopper', 'offer', 4)]),
      job('job-a', 'Backend Engineer', [
        application('Alan Turing', 'screen', 9),
        application('Ada Lovelace', 'applied', 12),
        application('Fresh Face', 'applied', 1),
      ]),
      job('job-c', 'Quiet Job', [application('Fine Person', 'screen', 2)]),
    ])!;
    expect(digest.stalledCount).toBe(3);
    expect(digest.subject).toBe('3 candidates are waiting on you');
    expect(digest.jobs.map((entry) => [entry.title, entry.boardUrl])).toEqual([
      ['Backend Engineer', 'https://hire.example.com/roles/jobs/job-a/board'],
      ['Staff Engineer', 'https://hire.example.com/roles/jobs/job-b/board'],
    ]);
    expect(digest.jobs[0]!.stalled).toEqual([
      { candidateName: 'Ada Lovelace', stageName: 'Applied / Sourced', daysWaiting: 12, targetDays: 3 },
      { candidateName: 'Alan Turing', stageName: 'Screen', daysWaiting: 9, targetDays: 5 },
    ]);
    expect(digest.text).toContain(
      'Hi Dana, 3 candidates have waited longer than the stage target in 2 of your jobs.',
    );
    expect(digest.text).toContain('• Ada Lovelace — Applied / Sourced: 12 days waiting (target 3 days)');
    expect(digest.text).toContain('• Grace Hopper — Offer: 4 days waiting (target 3 days)');
    expect(digest.text).toContain('Open the board: https://hire.example.com/roles/jobs/job-a/board');
    expect(digest.text).not.toContain('Fresh Face');
    expect(digest.text).not.toContain('Quiet Job');
    expect(digest.html).toContain('Ada Lovelace');
    expect(digest.text.indexOf('Ada Lovelace')).toBeLessThan(digest.text.indexOf('Alan Turing'));
  });

  it('offers one button for a single job, and escapes names in HTML', () => {
    const digest = build([
      job('job-a', 'Backend Engineer', [application('<b>Bobby</b> Tables', 'screen', 6)]),
    ])!;
    expect(digest.subject).toBe('1 candidate is waiting on you');
    expect(digest.text).toContain('Open the board: https://hire.example.com/roles/jobs/job-a/board');
    expect(digest.html).toContain('&lt;b&gt;Bobby&lt;/b&gt; Tables');
    expect(digest.html).not.toContain('<b>Bobby</b>');
    expect(digest.html).toContain('href="https://hire.example.com/roles/jobs/job-a/board"');
  });

  it('lists a long pipeline up to the limit and counts the rest', () => {
    const many = Array.from({ length: DIGEST_LIMIT_PER_JOB + 7 }, (_, index) =>
      application(`Person ${String(index).padStart(2, '0')}`, 'screen', 10 + index),
    );
    const digest = build([job('job-a', 'Backend Engineer', many)])!;
    expect(digest.stalledCount).toBe(DIGEST_LIMIT_PER_JOB + 7);
    expect(digest.text.match(/^• /gm)).toHaveLength(DIGEST_LIMIT_PER_JOB);
    expect(digest.text).toContain('…and 7 more.');
  });
});
