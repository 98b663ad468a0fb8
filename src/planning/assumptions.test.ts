import { describe, expect, it } from 'vitest';
import {
  defaultAssumptions,
  findLocation,
  planningAssumptionsSchema,
  resolveAssumptions,
} from './assumptions.ts';
import { totalCostOfEmployment } from './cost.ts';

describe('planning assumptions', () => {
  it('ships defaults that pass their own schema', () => {
    expect(planningAssumptionsSchema.parse(defaultAssumptions)).toEqual(defaultAssumptions);
  });

  it('labels every group of numbers with a source and a basis', () => {
    const { currency: _currency, fees, channelTiming, channelOptions, ...groups } = defaultAssumptions;
    const labelled = [
      ...Object.values(groups),
      ...Object.values(fees),
      ...Object.values(channelTiming),
      ...Object.values(channelOptions),
    ];
    for (const group of labelled) {
      expect(group.source.length).toBeGreaterThan(5);
      expect(['market_data', 'estimate']).toContain(group.basis);
    }
  });

  it('keeps the published figures', () => {
    expect(defaultAssumptions.salaryBands.levels.mid).toEqual({
      low: 77_000,
      median: 101_000,
      high: 141_000,
    });
    expect(defaultAssumptions.salaryBands.nationalAverage).toBe(101_600);
    expect(defaultAssumptions.alternativeSalaryView.overall).toEqual({
      low: 98_000,
      median: 160_000,
      high: 259_000,
    });
    expect(defaultAssumptions.remoteAdjustment.reduction).toEqual({ low: 0.1, expected: 0.125, high: 0.15 });
    expect(defaultAssumptions.employerOverhead.share).toEqual({ low: 0.2, expected: 0.25, high: 0.3 });
    expect(defaultAssumptions.timeToHire.byLevel.mid).toEqual({ min: 35, expected: 41, max: 45 });
    expect(findLocation('sf_bay_area')?.factor).toBe(1.25);
    expect(findLocation('nowhere')).toBeNull();
  });

  it('applies an organisation’s edits on top of the defaults', () => {
    const edited = resolveAssumptions({
      employerOverhead: { share: { low: 0.3, expected: 0.35, high: 0.4 } },
    });
    expect(edited.employerOverhead.source).toBe(defaultAssumptions.employerOverhead.source);
    expect(totalCostOfEmployment(100_000, edited).total.expected).toBe(135_000);
    expect(defaultAssumptions.employerOverhead.share.expected).toBe(0.25);
  });

  it('rejects edits that make no sense', () => {
    expect(() =>
      resolveAssumptions({ employerOverhead: { share: { low: 0.3, expected: 0.2, high: 0.4 } } }),
    ).toThrow(/low ≤ expected ≤ high/);
    expect(() =>
      resolveAssumptions({
        timeToHire: { stageShares: { screenToFinal: 0.9, finalToOffer: 0.2, offerToAccepted: 0.2 } },
      }),
    ).toThrow(/add up to 1/);
  });
});
