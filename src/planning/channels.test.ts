import { describe, expect, it } from 'vitest';
import { type ChannelRecommendationInput, recommendChannels } from './channels.ts';

const today = new Date(Date.UTC(2026, 5, 1));
const inDays = (days: number) => new Date(Date.UTC(2026, 5, 1 + days));
const keys = (input: ChannelRecommendationInput) => recommendChannels(input).map((option) => option.key);

describe('recommendChannels', () => {
  it('puts a freelancer or a managed subscription first for a bounded 3-week task needed in 5 days', () => {
    const input: ChannelRecommendationInput = {
      scopeBounded: true,
      durationMonths: 0.75,
      neededBy: inDays(5),
      today,
      budget: null,
      ownSourcingCapacity: 'some',
      seniority: 'mid',
    };
    const ranked = recommendChannels(input);
    expect(['freelance_marketplace', 'managed_subscription']).toContain(ranked[0]?.key);
    expect(ranked.at(-1)?.key).toBe('job_board');
    expect(ranked[0]?.fits).toBe(true);
    const jobBoard = ranked.find((option) => option.key === 'job_board')!;
    expect(jobBoard.fits).toBe(false);
    expect(jobBoard.reasons[0]).toBe(
      'Your work is blocked in 5 days; a job-board hire usually starts in 5–12 weeks.',
    );
    expect(jobBoard.timeToStartDays).toEqual({ min: 35, max: 84 });
  });

  it('puts a job board or referrals first for a permanent senior core hire with strong own sourcing and no rush', () => {
    const ranked = keys({
      scopeBounded: false,
      durationMonths: null,
      neededBy: null,
      today,
      budget: null,
      ownSourcingCapacity: 'strong',
      seniority: 'senior',
    });
    expect(ranked.slice(0, 2).sort()).toEqual(['job_board', 'referral']);
  });

  it('puts an agency or a vetted network first for a founder without sourcing capacity who needs a senior in 3 weeks', () => {
    const input: ChannelRecommendationInput = {
      scopeBounded: false,
      durationMonths: null,
      neededBy: inDays(21),
      today,
      budget: null,
      ownSourcingCapacity: 'none',
      seniority: 'senior',
    };
    const first = recommendChannels(input)[0]!;
    expect(first.channel === 'agency' || first.channel === 'vetted_network').toBe(true);
    // Asking for a full-time employee leaves the agency as the way in.
    const fullTime = recommendChannels({ ...input, engagement: 'full_time' })[0]!;
    expect(fullTime.channel).toBe('agency');
  });

  it('explains each score with the points behind it', () => {
    const [first] = recommendChannels({
      scopeBounded: true,
      durationMonths: 0.75,
      neededBy: inDays(9),
      today,
      budget: null,
      ownSourcingCapacity: 'some',
      seniority: 'mid',
    });
    expect(first!.score).toBe(first!.factors.reduce((sum, factor) => sum + factor.points, 0));
    expect(first!.reasons).toHaveLength(first!.factors.length);
    expect(first!.reasons.join(' ')).toContain('Your work is blocked in 9 days');
    expect(first!.costStructure).not.toBe('');
    expect(first!.bestFor).not.toBe('');
  });

  it('rules out an engagement model the user did not ask for', () => {
    const ranked = recommendChannels({
      scopeBounded: false,
      durationMonths: null,
      neededBy: null,
      today,
      budget: null,
      ownSourcingCapacity: 'some',
      seniority: 'mid',
      engagement: 'full_time',
    });
    const freelance = ranked.find((option) => option.key === 'freelance_marketplace')!;
    expect(freelance.fits).toBe(false);
    expect(freelance.reasons.join(' ')).toContain('You asked for a full-time employee');
    expect(ranked.filter((option) => option.fits).map((option) => option.engagement)).toEqual([
      'full_time',
      'full_time',
      'full_time',
    ]);
  });

  it('rules out channels the budget cannot pay for', () => {
    const ranked = recommendChannels({
      scopeBounded: true,
      durationMonths: 6,
      neededBy: null,
      today,
      budget: { amount: 6_000, period: 'month' },
      ownSourcingCapacity: 'some',
      seniority: 'senior',
    });
    const vetted = ranked.find((option) => option.key === 'vetted_network')!;
    expect(vetted.fits).toBe(false);
    expect(vetted.reasons.join(' ')).toContain('Your budget is $6,000 a month');
    expect(ranked.find((option) => option.key === 'managed_subscription')?.fits).toBe(true);
  });

  it('is deterministic', () => {
    const input: ChannelRecommendationInput = {
      scopeBounded: false,
      durationMonths: 12,
      neededBy: inDays(30),
      today,
      budget: { amount: 200_000, period: 'total' },
      ownSourcingCapacity: 'some',
      seniority: 'mid',
    };
    expect(recommendChannels(input)).toEqual(recommendChannels(input));
  });
});
