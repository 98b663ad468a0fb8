import type { BoardFilters } from '../../api/pipeline';

/** The board's URL: filters, "Show closed" and the open candidate (an application id) all live here. */
export type BoardSearch = {
  skill?: string;
  source?: string;
  tag?: string;
  /** In the stage for at least this many days. */
  minDays?: number;
  closed?: true;
  candidate?: string;
};

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function validateBoardSearch(search: Record<string, unknown>): BoardSearch {
  const minDays = Number(search.minDays);
  return {
    skill: text(search.skill),
    source: text(search.source),
    tag: text(search.tag),
    minDays: Number.isInteger(minDays) && minDays > 0 ? minDays : undefined,
    closed: search.closed === true || search.closed === 'true' ? true : undefined,
    candidate: text(search.candidate),
  };
}

export const boardFilters = (search: BoardSearch): BoardFilters => ({
  skill: search.skill,
  source: search.source,
  tag: search.tag,
  minDaysInStage: search.minDays,
});

export const hasFilters = (search: BoardSearch) =>
  Boolean(search.skill || search.source || search.tag || search.minDays);

export const noFilters = { skill: undefined, source: undefined, tag: undefined, minDays: undefined };
