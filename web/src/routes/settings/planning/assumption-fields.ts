import type { PlanningAssumptions } from '../../../api/planning';

/**
 * The assumptions an organisation usually changes, described once: where each number lives in the
 * assumptions object and how it is shown. Everything else keeps its shipped default (or an API edit).
 */

export type FieldUnit = 'money' | 'percent' | 'weeks';
export type AssumptionField = { key: string; label: string };
export type AssumptionRow = {
  /** Dot path of the object holding the fields, e.g. "salaryBands.levels.mid". */
  path: string;
  title: string;
  description: string;
  unit: FieldUnit;
  fields: AssumptionField[];
  /** Dot path of the group whose `source` explains the default. */
  sourcePath: string;
};
export type AssumptionSection = { title: string; description: string; rows: AssumptionRow[] };

const bandFields = [
  { key: 'low', label: 'Low' },
  { key: 'median', label: 'Median' },
  { key: 'high', label: 'High' },
];
const rangeFields = [
  { key: 'low', label: 'Low' },
  { key: 'expected', label: 'Typical' },
  { key: 'high', label: 'High' },
];

const band = (level: string, title: string): AssumptionRow => ({
  path: `salaryBands.levels.${level}`,
  title,
  description: 'Yearly salary in the national market, before the remote adjustment.',
  unit: 'money',
  fields: bandFields,
  sourcePath: 'salaryBands',
});

export const assumptionSections: AssumptionSection[] = [
  {
    title: 'Salary bands',
    description:
      'What backend engineers earn at each level. Cost estimates and the advisor’s salary checks use them.',
    rows: [band('junior', 'Junior'), band('mid', 'Mid-level'), band('senior', 'Senior')],
  },
  {
    title: 'Costs on top of salary',
    description: 'The typical figure is used in estimates; low and high give the range shown next to it.',
    rows: [
      {
        path: 'remoteAdjustment.reduction',
        title: 'Remote roles pay less by',
        description: 'Share of the salary band a remote role pays less.',
        unit: 'percent',
        fields: rangeFields,
        sourcePath: 'remoteAdjustment',
      },
      {
        path: 'employerOverhead.share',
        title: 'Benefits, payroll tax and overhead',
        description: 'Added to the salary, as a share of it.',
        unit: 'percent',
        fields: rangeFields,
        sourcePath: 'employerOverhead',
      },
      {
        path: 'fees.agency.shareOfFirstYearSalary',
        title: 'Staffing agency fee',
        description: 'Share of the first-year salary an agency charges for a direct hire.',
        unit: 'percent',
        fields: rangeFields,
        sourcePath: 'fees.agency',
      },
    ],
  },
  {
    title: 'Recruiting and timing',
    description: 'Used for the job-board channel and for the start date in hiring timelines.',
    rows: [
      {
        path: 'fees.jobBoard',
        title: 'Job-board posting price',
        description: 'What one posting on a job board costs.',
        unit: 'money',
        fields: [{ key: 'perPosting', label: 'Per posting' }],
        sourcePath: 'fees.jobBoard',
      },
      {
        path: 'noticePeriod',
        title: 'Notice period',
        description: 'Weeks between an accepted offer and the first working day.',
        unit: 'weeks',
        fields: [{ key: 'defaultWeeks', label: 'Weeks' }],
        sourcePath: 'noticePeriod',
      },
    ],
  },
];

export const allRows = assumptionSections.flatMap((section) => section.rows);

/** Form values keyed by the full dot path, in display units (dollars, percent, weeks). */
export type FieldValues = Record<string, number | ''>;

export const fieldPath = (row: AssumptionRow, field: AssumptionField) => `${row.path}.${field.key}`;

type Tree = Record<string, unknown>;

export function readPath(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

function writePath(tree: Tree, path: string, value: unknown) {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = tree;
  for (const key of keys) {
    node[key] = typeof node[key] === 'object' && node[key] !== null ? node[key] : {};
    node = node[key] as Tree;
  }
  node[last] = value;
}

/** Removes the value and any objects left empty above it. */
function deletePath(tree: Tree, path: string) {
  const [key, ...rest] = path.split('.');
  if (!key || !(key in tree)) return;
  if (rest.length === 0) {
    delete tree[key];
    return;
  }
  const child = tree[key];
  if (typeof child !== 'object' || child === null) return;
  deletePath(child as Tree, rest.join('.'));
  if (Object.keys(child).length === 0) delete tree[key];
}

// Shares are stored as 0.125 and shown as 12.5 (%).
const toDisplay = (value: number, unit: FieldUnit) =>
  unit === 'percent' ? Math.round(value * 10_000) / 100 : value;
const toStored = (value: number, unit: FieldUnit) =>
  unit === 'percent' ? Math.round(value * 100) / 10_000 : value;

export function valuesFrom(assumptions: PlanningAssumptions): FieldValues {
  const values: FieldValues = {};
  for (const row of allRows) {
    for (const field of row.fields) {
      const path = fieldPath(row, field);
      values[path] = toDisplay(readPath(assumptions, path) as number, row.unit);
    }
  }
  return values;
}

export const defaultValueOf = (defaults: PlanningAssumptions, row: AssumptionRow, field: AssumptionField) =>
  toDisplay(readPath(defaults, fieldPath(row, field)) as number, row.unit);

/**
 * The overrides to save: the organisation's other edits as they are, plus the fields on this page that
 * differ from the shipped defaults. A field set back to its default is dropped, not stored.
 */
export function buildOverrides(existing: unknown, values: FieldValues, defaults: PlanningAssumptions): Tree {
  const overrides = structuredClone((existing ?? {}) as Tree);
  for (const row of allRows) {
    for (const field of row.fields) {
      const path = fieldPath(row, field);
      const value = values[path];
      const stored = value === '' || value === undefined ? null : toStored(value, row.unit);
      if (stored === null || stored === readPath(defaults, path)) deletePath(overrides, path);
      else writePath(overrides, path, stored);
    }
  }
  return overrides;
}
