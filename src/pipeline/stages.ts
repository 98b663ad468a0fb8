import type { Seniority } from '../roles/blueprint.ts';

/** Pure: a job's default pipeline, and when a candidate counts as stalled. */

export type StageKind = 'intake' | 'interview' | 'offer' | 'hired';
export type StageDefinition = { key: string; name: string; kind: StageKind; targetDays: number | null };

export const rejectionReasons = [
  { code: 'skills_gap', label: 'Missing must-have skills' },
  { code: 'experience_level', label: 'Experience level does not fit' },
  { code: 'exercise', label: 'Practical exercise below the bar' },
  { code: 'system_design', label: 'System design below the bar' },
  { code: 'communication', label: 'Communication concerns' },
  { code: 'compensation', label: 'Compensation expectations too far apart' },
  { code: 'location', label: 'Location or time zone does not work' },
  { code: 'position_filled', label: 'Position filled' },
  { code: 'unresponsive', label: 'Candidate stopped responding' },
  { code: 'other', label: 'Other' },
] as const;
export type RejectionReason = (typeof rejectionReasons)[number]['code'];
export const rejectionReasonCodes = rejectionReasons.map((reason) => reason.code) as [
  RejectionReason,
  ...RejectionReason[],
];

/** The stages of the structured process; system design is the key stage for mid and senior hires. */
export function defaultStages(seniority: Seniority): StageDefinition[] {
  return [
    { key: 'applied', name: 'Applied / Sourced', kind: 'intake', targetDays: 3 },
    { key: 'screen', name: 'Screen', kind: 'interview', targetDays: 5 },
    { key: 'practical', name: 'Practical exercise', kind: 'interview', targetDays: 7 },
    ...(seniority === 'junior'
      ? []
      : [{ key: 'system_design', name: 'System design', kind: 'interview' as const, targetDays: 5 }]),
    { key: 'behavioural', name: 'Behavioural', kind: 'interview', targetDays: 5 },
    { key: 'references', name: 'References', kind: 'interview', targetDays: 4 },
    { key: 'offer', name: 'Offer', kind: 'offer', targetDays: 3 },
    { key: 'hired', name: 'Hired', kind: 'hired', targetDays: null },
  ];
}

const DAY = 86_400_000;

export function daysInStage(stageEnteredAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - stageEnteredAt.getTime()) / DAY));
}

export function isStalled(
  application: { status: string; stageEnteredAt: Date },
  stage: { targetDays: number | null } | undefined,
  now: Date,
): boolean {
  if (application.status !== 'active' || !stage?.targetDays) return false;
  return daysInStage(application.stageEnteredAt, now) > stage.targetDays;
}

export function stageKeyFromName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'stage'
  );
}
