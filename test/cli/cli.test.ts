import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { roleTemplates } from '../../src/roles/templates.ts';
import { makePdf } from '../support/documents.ts';

const bin = path.resolve('bin/hirebench.mjs');
const folder = mkdtempSync(path.join(tmpdir(), 'hirebench-cli-'));

async function hirebench(...args: string[]) {
  return promisify(execFile)(process.execPath, [bin, ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe('command line', () => {
  it('advise: prints no errors for a template and exits 0', async () => {
    const file = path.join(folder, 'good.json');
    writeFileSync(file, JSON.stringify(roleTemplates[0]!.blueprint));
    const result = await hirebench('advise', file, '--json');
    expect(result.code).toBe(0);
    const findings = JSON.parse(result.stdout);
    expect(Array.isArray(findings)).toBe(true);
    expect(findings.filter((finding: { severity: string }) => finding.severity === 'error')).toEqual([]);
  });

  it('advise: reports the classic mistakes and exits 1', async () => {
    const file = path.join(folder, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...roleTemplates[0]!.blueprint,
        salary: null,
        seniority: 'junior',
        technicalDirection: 'none',
      }),
    );
    const result = await hirebench('advise', file, '--json');
    expect(result.code).toBe(1);
    const codes = JSON.parse(result.stdout).map((finding: { code: string }) => finding.code);
    expect(codes).toEqual(expect.arrayContaining(['no_salary_range', 'needs_senior_without_direction']));
  });

  it('advise: explains an invalid file instead of crashing', async () => {
    const file = path.join(folder, 'invalid.json');
    writeFileSync(file, JSON.stringify({ title: 'x' }));
    const result = await hirebench('advise', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a valid blueprint');
    expect(result.stderr).not.toContain('    at ');
  });

  it('cost: prints the breakdown with the total cost of employment', async () => {
    const result = await hirebench(
      'cost',
      '--level',
      'mid',
      '--salary',
      '110000',
      '--channel',
      'agency',
      '--json',
    );
    expect(result.code).toBe(0);
    const cost = JSON.parse(result.stdout);
    expect(cost.totalCostOfEmployment).toEqual({ low: 132_000, expected: 137_500, high: 143_000 });
    const fee = cost.breakdown.find((item: { key: string }) => item.key === 'recruiting_fee');
    expect(fee.amount).toBeGreaterThanOrEqual(110_000 * 0.2);
    expect(fee.amount).toBeLessThanOrEqual(110_000 * 0.25);
  });

  it('parse-resume: prints the documented JSON shape', async () => {
    const file = path.join(folder, 'cv.pdf');
    writeFileSync(
      file,
      await makePdf([
        'Marta Kowalczyk',
        'marta.k@example.com · +48 512 345 678 · github.com/martak',
        'EXPERIENCE',
        'Backend Engineer, Allegro — Jan 2020 – Present',
        'Java, Spring Boot, PostgreSQL, Kafka',
        'Junior Developer at Comarch, Sep 2017 – Dec 2019',
      ]),
    );
    const result = await hirebench('parse-resume', file, '--json');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(Object.keys(parsed)).toEqual([
      'name',
      'emails',
      'phones',
      'links',
      'skills',
      'totalYears',
      'experience',
    ]);
    expect(parsed).toMatchObject({
      name: 'Marta Kowalczyk',
      emails: ['marta.k@example.com'],
      phones: ['+48512345678'],
      links: { github: 'martak' },
    });
    expect(parsed.skills.map((skill: { skill: string }) => skill.skill)).toEqual(
      expect.arrayContaining(['Java', 'Spring Boot', 'PostgreSQL']),
    );
    expect(parsed.experience[0]).toEqual({
      company: 'Allegro',
      title: 'Backend Engineer',
      start: '2020-01',
      end: null,
    });
  });
});
