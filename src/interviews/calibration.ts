import { type Rating, type Recommendation, ratings } from './scorecard.ts';

/**
 * Interviewer calibration (PRODUCT.md §7): how each interviewer rates compared with the rest of the panel
 * on the same candidates, how often they give strong recommendations, and how many interviews they carry
 * each week. Pure: scorecards and interview dates come in, numbers come out (unrounded; the UI rounds).
 */

export type CalibrationScorecard = {
  authorId: string;
  candidateId: string;
  ratings: Readonly<Partial<Record<string, Rating>>>;
  recommendation: Recommendation | null;
};

export type InterviewLoadEntry = { interviewerId: string; startsAt: Date };

export type RatingTendency = 'harsher' | 'softer' | 'in_line' | 'unknown';

export type InterviewerCalibration = {
  interviewerId: string;
  scorecards: number;
  /** How many of their attribute ratings were 1, 2, 3 and 4. */
  distribution: Record<Rating, number>;
  averageRating: number | null;
  /** Candidates this interviewer rated that someone else rated too. */
  sharedCandidates: number;
  /** Their average on the shared candidates (each candidate weighs the same). */
  ownAverageOnShared: number | null;
  /** Everyone else's average on the same candidates (each candidate weighs the same). */
  panelAverage: number | null;
  /** ownAverageOnShared − panelAverage: below zero they rate harsher than the panel, above softer. */
  bias: number | null;
  tendency: RatingTendency;
  /** Share of their recommendations that were strong yes or strong no. */
  strongShare: number | null;
  /** Interviews per ISO week (UTC), oldest week first. */
  loadByWeek: { week: string; interviews: number }[];
};

export type CalibrationOptions = {
  /** How far from the panel, in rating points, counts as harsher or softer. */
  biasThreshold?: number;
};

export const defaultBiasThreshold = 0.5;

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

const ratingsOf = (scorecard: CalibrationScorecard) =>
  Object.values(scorecard.ratings).filter((rating): rating is Rating => rating !== undefined);

/** ISO 8601 week of a date in UTC, e.g. "2026-W01" (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const year = day.getUTCFullYear();
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Calibration per interviewer, busiest first (then by id). */
export function calibrate(
  scorecards: readonly CalibrationScorecard[],
  interviews: readonly InterviewLoadEntry[] = [],
  options: CalibrationOptions = {},
): InterviewerCalibration[] {
  const threshold = options.biasThreshold ?? defaultBiasThreshold;
  const ids = new Set([
    ...scorecards.map((scorecard) => scorecard.authorId),
    ...interviews.map((interview) => interview.interviewerId),
  ]);

  // candidate → author → that author's ratings of the candidate
  const byCandidate = new Map<string, Map<string, number[]>>();
  for (const scorecard of scorecards) {
    const authors = byCandidate.get(scorecard.candidateId) ?? new Map<string, number[]>();
    authors.set(scorecard.authorId, [...(authors.get(scorecard.authorId) ?? []), ...ratingsOf(scorecard)]);
    byCandidate.set(scorecard.candidateId, authors);
  }

  const result = [...ids].map((interviewerId): InterviewerCalibration => {
    const own = scorecards.filter((scorecard) => scorecard.authorId === interviewerId);
    const ownRatings = own.flatMap(ratingsOf);
    const distribution = Object.fromEntries(
      ratings.map((rating) => [rating, ownRatings.filter((value) => value === rating).length]),
    ) as Record<Rating, number>;

    const ownMeans: number[] = [];
    const panelMeans: number[] = [];
    for (const authors of byCandidate.values()) {
      const mine = mean(authors.get(interviewerId) ?? []);
      const others = mean(
        [...authors].flatMap(([author, values]) => (author === interviewerId ? [] : values)),
      );
      if (mine === null || others === null) continue;
      ownMeans.push(mine);
      panelMeans.push(others);
    }
    const ownAverageOnShared = mean(ownMeans);
    const panelAverage = mean(panelMeans);
    const bias =
      ownAverageOnShared === null || panelAverage === null ? null : ownAverageOnShared - panelAverage;

    const recommended = own.flatMap((scorecard) => scorecard.recommendation ?? []);
    const strong = recommended.filter((value) => value === 'strong_yes' || value === 'strong_no').length;

    const weeks = new Map<string, number>();
    for (const interview of interviews) {
      if (interview.interviewerId !== interviewerId) continue;
      const week = isoWeek(interview.startsAt);
      weeks.set(week, (weeks.get(week) ?? 0) + 1);
    }

    return {
      interviewerId,
      scorecards: own.length,
      distribution,
      averageRating: mean(ownRatings),
      sharedCandidates: ownMeans.length,
      ownAverageOnShared,
      panelAverage,
      bias,
      tendency:
        bias === null ? 'unknown' : bias <= -threshold ? 'harsher' : bias >= threshold ? 'softer' : 'in_line',
      strongShare: recommended.length === 0 ? null : strong / recommended.length,
      loadByWeek: [...weeks]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([week, count]) => ({ week, interviews: count })),
    };
  });

  return result.sort((a, b) => b.scorecards - a.scorecards || a.interviewerId.localeCompare(b.interviewerId));
}
