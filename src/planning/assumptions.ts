import { z } from 'zod';
import { engagementModels } from '../roles/blueprint.ts';

/**
 * Every number the cost, channel and timeline planner uses. They are 2025–2026 market data and
 * Hirebench estimates, shipped as editable defaults: each group names its `source` and whether it is
 * published `market_data` or an `estimate` we picked, so the UI can show where a number comes from.
 */

/** The ways to find (or rent) a backend engineer that the planner can cost and time. */
export const channels = [
  'agency',
  'marketplace',
  'job_board',
  'referral',
  'vetted_network',
  'freelance_marketplace',
  'managed_subscription',
  'own_sourcing',
] as const;
export type Channel = (typeof channels)[number];

export const channelLabels: Record<Channel, string> = {
  agency: 'Staffing agency (direct hire)',
  marketplace: 'Startup-matching marketplace',
  job_board: 'Job board',
  referral: 'Referral',
  vetted_network: 'Vetted talent network',
  freelance_marketplace: 'Freelance marketplace',
  managed_subscription: 'Managed developer subscription',
  own_sourcing: 'Own sourcing',
};

/** The options the channel recommender ranks; the staffing agency appears once per engagement model. */
export const channelOptionKeys = [
  'freelance_marketplace',
  'vetted_network',
  'job_board',
  'managed_subscription',
  'agency_direct_hire',
  'agency_contract',
  'agency_contract_to_hire',
  'referral',
] as const;
export type ChannelOptionKey = (typeof channelOptionKeys)[number];

const basisSchema = z.enum(['market_data', 'estimate']);
/** Where a group of numbers comes from; shown next to the number in the UI. */
const sourced = {
  source: z.string().min(1),
  basis: basisSchema,
  note: z.string().optional(),
};

const amount = z.number().min(0);
const share = z.number().min(0).max(1);

function ordered<T extends { low: number; expected: number; high: number }>(range: T) {
  return range.low <= range.expected && range.expected <= range.high;
}
function orderedDays<T extends { min: number; expected: number; max: number }>(range: T) {
  return range.min <= range.expected && range.expected <= range.max;
}
const orderMessage = { message: 'Keep low ≤ expected ≤ high.' };
const dayOrderMessage = { message: 'Keep min ≤ expected ≤ max.' };

/** Money or a plain number with a low / expected / high view. */
const numberRange = z.object({ low: amount, expected: amount, high: amount }).refine(ordered, orderMessage);
const shareRange = z.object({ low: share, expected: share, high: share }).refine(ordered, orderMessage);
const dayRange = z
  .object({ min: amount, expected: amount, max: amount })
  .refine(orderedDays, dayOrderMessage);
const daySpan = z
  .object({ min: amount, expected: amount, max: amount, unit: z.enum(['calendar_days', 'business_days']) })
  .refine(orderedDays, dayOrderMessage);

const salaryBandSchema = z
  .object({ low: amount, median: amount, high: amount })
  .refine((band) => band.low <= band.median && band.median <= band.high, {
    message: 'Keep low ≤ median ≤ high.',
  });

function perLevel<T extends z.ZodType>(schema: T) {
  return z.object({ junior: schema, mid: schema, senior: schema });
}
function perDirection<T extends z.ZodType>(schema: T) {
  return z.object({ none: schema, some: schema, strong: schema });
}
function perChannel<T extends z.ZodType>(schema: T) {
  return z.object({
    agency: schema,
    marketplace: schema,
    job_board: schema,
    referral: schema,
    vetted_network: schema,
    freelance_marketplace: schema,
    managed_subscription: schema,
    own_sourcing: schema,
  });
}

const locationFactorSchema = z.object({
  key: z.string().min(1).max(60),
  label: z.string().min(1).max(120),
  factor: z.number().positive().max(5),
  /** True when the factor already is a remote rate, so the remote adjustment must not be applied again. */
  remoteAdjustmentIncluded: z.boolean(),
});
export type LocationFactor = z.infer<typeof locationFactorSchema>;

const rampPhaseSchema = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  /** The phase ends after this many weeks (for a mid-level hire; other levels are scaled by `levelPace`). */
  untilWeek: z.number().positive(),
  /** The published range for reaching the end of this phase, kept for display. */
  publishedWeeks: z.object({ min: amount, max: amount }),
  productivity: share,
});

const hireTimingSchema = z.object({
  ...sourced,
  kind: z.literal('hire'),
  /** From opening the search to the first technical screen. */
  sourcing: daySpan,
});
const engageTimingSchema = z.object({
  ...sourced,
  kind: z.literal('engage'),
  /** From asking to the person's first working day; already includes their availability. */
  timeToStart: daySpan,
});

const channelOptionSchema = z.object({
  ...sourced,
  channel: z.enum(channels),
  engagements: z.array(z.enum(engagementModels)).min(1),
  timeToStart: z.object({
    min: amount,
    max: amount,
    /** Completes "… usually starts …", e.g. "within 3–5 days". */
    description: z.string().min(1),
  }),
  costStructure: z.string().min(1),
  managementOverhead: z.enum(['low', 'medium', 'high']),
  bestFor: z.string().min(1),
});
export type ChannelOptionProfile = z.infer<typeof channelOptionSchema>;

export const planningAssumptionsSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD.'),
  salaryBands: z.object({ ...sourced, levels: perLevel(salaryBandSchema), nationalAverage: amount }),
  alternativeSalaryView: z.object({
    ...sourced,
    overall: salaryBandSchema,
    senior: z.object({ median: amount }),
  }),
  /** How much less remote roles pay, as a share of the band (0.125 = 12.5% lower). */
  remoteAdjustment: z.object({ ...sourced, reduction: shareRange }),
  locationFactors: z.object({ ...sourced, locations: z.array(locationFactorSchema).min(1) }),
  /** Benefits, payroll tax and overhead on top of salary, as a share of salary. */
  employerOverhead: z.object({ ...sourced, share: shareRange }),
  fees: z.object({
    agency: z.object({ ...sourced, shareOfFirstYearSalary: shareRange }),
    agencyContract: z.object({ ...sourced, markupOnPay: numberRange }),
    marketplace: z.object({ ...sourced, shareOfAnnualSalary: shareRange }),
    jobBoard: z.object({ ...sourced, perPosting: amount, postingsPerHire: z.number().int().min(1) }),
    referral: z.object({ ...sourced, bonus: numberRange }),
    vettedNetwork: z.object({ ...sourced, weeklyRate: numberRange, deposit: amount }),
    freelanceMarketplace: z.object({
      ...sourced,
      hourlyRate: numberRange,
      hoursPerWeek: z.number().positive().max(80),
      clientFeeShare: share,
    }),
    managedSubscription: z.object({ ...sourced, monthlyFee: numberRange }),
    ownSourcing: z.object({ ...sourced, hours: numberRange, internalHourlyCost: amount }),
  }),
  rampUp: z.object({
    ...sourced,
    phases: z
      .array(rampPhaseSchema)
      .min(1)
      .refine(
        (phases) =>
          phases.every((phase, index) => index === 0 || phase.untilWeek > phases[index - 1]!.untilWeek),
        {
          message: 'Each ramp-up phase must end after the previous one.',
        },
      ),
    /** Multiplies the phase lengths: juniors take longer to reach full speed, seniors less. */
    levelPace: perLevel(z.number().positive().max(4)),
  }),
  badHire: z.object({
    ...sourced,
    minimumMultiple: z.number().min(0),
    remediationMultiple: z.object({ low: amount, high: amount }),
  }),
  badHireExposure: z.object({
    ...sourced,
    probabilityByChannel: perChannel(share),
    levelMultiplier: perLevel(z.number().min(0).max(3)),
    /** A contractor who does not work out is let go quickly: the cost is this share of a year's pay. */
    contractorCostMultiple: z.number().min(0),
  }),
  juniorVsSenior: z.object({
    ...sourced,
    /** A junior's full-speed output as a share of a senior's, by the technical direction the team gives. */
    juniorOutputShare: perDirection(share),
    /** Chance the junior's unguided work has to be rewritten, by technical direction. */
    rewriteProbability: perDirection(share),
    rewriteCost: amount,
    /** The rewrite risk builds up evenly over this many months of the junior's work. */
    rewriteHorizonMonths: z.number().positive(),
  }),
  timeToHire: z.object({
    ...sourced,
    /** Calendar days from opening the search to an accepted offer, for a job-board search. */
    byLevel: perLevel(dayRange),
    /** How the days after the first technical screen split up to the accepted offer. */
    stageShares: z
      .object({ screenToFinal: share, finalToOffer: share, offerToAccepted: share })
      .refine(
        (shares) => Math.abs(shares.screenToFinal + shares.finalToOffer + shares.offerToAccepted - 1) < 1e-9,
        {
          message: 'The stage shares must add up to 1.',
        },
      ),
  }),
  /** Sourcing before the first technical screen on a job-board search; it is the bottleneck. */
  sourcing: z.object({ ...sourced, baseline: dayRange }),
  channelTiming: perChannel(z.discriminatedUnion('kind', [hireTimingSchema, engageTimingSchema])),
  /** Where the milestones fall inside a short time-to-start (freelance, vetted, managed), as shares of it. */
  engagementMilestoneShares: z.object({
    ...sourced,
    firstTechnicalScreen: share,
    finalInterview: share,
    offer: share,
    offerAccepted: share,
  }),
  noticePeriod: z.object({ ...sourced, defaultWeeks: z.number().min(0).max(52) }),
  q4Effect: z.object({
    ...sourced,
    /** The reduction one dataset observed (0.42 = 42% faster). Shown, not applied. */
    observedReduction: share,
    /** What the planner multiplies time to hire by for searches started in October–December. */
    timeToHireMultiplier: z.number().positive().max(1),
  }),
  channelOptions: z.object({
    freelance_marketplace: channelOptionSchema,
    vetted_network: channelOptionSchema,
    job_board: channelOptionSchema,
    managed_subscription: channelOptionSchema,
    agency_direct_hire: channelOptionSchema,
    agency_contract: channelOptionSchema,
    agency_contract_to_hire: channelOptionSchema,
    referral: channelOptionSchema,
  }),
});

export type PlanningAssumptions = z.infer<typeof planningAssumptionsSchema>;
export type AssumptionBasis = z.infer<typeof basisSchema>;

const SALARY_SURVEY = '2026 US aggregate salary survey (software/backend engineers)';
const CHANNEL_GUIDES = '2025–2026 backend hiring guides: channel comparison';
const ESTIMATE = 'Hirebench estimate — adjust to your market';

export const defaultAssumptions: PlanningAssumptions = {
  currency: 'USD',
  salaryBands: {
    source: SALARY_SURVEY,
    basis: 'market_data',
    levels: {
      junior: { low: 67_000, median: 90_000, high: 126_000 },
      mid: { low: 77_000, median: 101_000, high: 141_000 },
      senior: { low: 122_000, median: 155_000, high: 225_000 },
    },
    nationalAverage: 101_600,
  },
  alternativeSalaryView: {
    source: 'Second 2026 US salary source (a higher-paying sample)',
    basis: 'market_data',
    note: 'Kept as a second view: sources differ, and this one puts the overall average near $160k.',
    overall: { low: 98_000, median: 160_000, high: 259_000 },
    senior: { median: 149_000 },
  },
  remoteAdjustment: {
    source: '2026 US salary guides: remote roles pay 10–15% less on average',
    basis: 'market_data',
    reduction: { low: 0.1, expected: 0.125, high: 0.15 },
  },
  locationFactors: {
    source: ESTIMATE,
    basis: 'estimate',
    note: 'Multipliers on the US national band; adjustable defaults, not survey results.',
    locations: [
      { key: 'sf_bay_area', label: 'San Francisco Bay Area', factor: 1.25, remoteAdjustmentIncluded: false },
      { key: 'new_york', label: 'New York City', factor: 1.2, remoteAdjustmentIncluded: false },
      { key: 'seattle', label: 'Seattle', factor: 1.15, remoteAdjustmentIncluded: false },
      { key: 'boston', label: 'Boston', factor: 1.1, remoteAdjustmentIncluded: false },
      { key: 'los_angeles', label: 'Los Angeles', factor: 1.1, remoteAdjustmentIncluded: false },
      { key: 'austin', label: 'Austin', factor: 1.0, remoteAdjustmentIncluded: false },
      { key: 'chicago', label: 'Chicago', factor: 1.0, remoteAdjustmentIncluded: false },
      {
        key: 'us_remote',
        label: 'US remote (national remote rate)',
        factor: 0.875,
        remoteAdjustmentIncluded: true,
      },
      { key: 'other', label: 'Other US location', factor: 1.0, remoteAdjustmentIncluded: false },
    ],
  },
  employerOverhead: {
    source: 'Total-cost-of-employment guides: benefits, payroll tax and overhead add 20–30% to salary',
    basis: 'market_data',
    share: { low: 0.2, expected: 0.25, high: 0.3 },
  },
  fees: {
    agency: {
      source: `${CHANNEL_GUIDES}: agency direct-hire fee 20–25% of first-year salary`,
      basis: 'market_data',
      shareOfFirstYearSalary: { low: 0.2, expected: 0.225, high: 0.25 },
    },
    agencyContract: {
      source: ESTIMATE,
      basis: 'estimate',
      note: 'Markup a staffing agency adds on top of the contractor’s pay for contract and contract-to-hire work.',
      markupOnPay: { low: 0.25, expected: 0.4, high: 0.6 },
    },
    marketplace: {
      source: `${CHANNEL_GUIDES}: startup-matching marketplace ~15% of annual salary for a full-time placement`,
      basis: 'market_data',
      shareOfAnnualSalary: { low: 0.15, expected: 0.15, high: 0.15 },
    },
    jobBoard: {
      source: `${CHANNEL_GUIDES}: remote job boards post from ~$300`,
      basis: 'market_data',
      note: '“From” price: premium placements cost more, and one posting per hire is an assumption.',
      perPosting: 300,
      postingsPerHire: 1,
    },
    referral: {
      source: ESTIMATE,
      basis: 'estimate',
      note: 'Referral bonus paid to the employee who referred the hire.',
      bonus: { low: 1_000, expected: 3_000, high: 5_000 },
    },
    vettedNetwork: {
      source: `${CHANNEL_GUIDES}: premium vetted freelance network ~$2,000–$3,200 a week plus a ~$500 deposit`,
      basis: 'market_data',
      weeklyRate: { low: 2_000, expected: 2_600, high: 3_200 },
      deposit: 500,
    },
    freelanceMarketplace: {
      source: ESTIMATE,
      basis: 'estimate',
      note: 'Hourly rates vary widely by region and skill; check the platform’s current client fee.',
      hourlyRate: { low: 50, expected: 80, high: 120 },
      hoursPerWeek: 40,
      clientFeeShare: 0.05,
    },
    managedSubscription: {
      source: ESTIMATE,
      basis: 'estimate',
      note: 'Fixed monthly fee for one managed backend engineer; providers price very differently.',
      monthlyFee: { low: 5_000, expected: 7_000, high: 10_000 },
    },
    ownSourcing: {
      source: ESTIMATE,
      basis: 'estimate',
      note: 'Team hours spent finding and contacting candidates, valued at an internal hourly cost.',
      hours: { low: 20, expected: 40, high: 80 },
      internalHourlyCost: 75,
    },
  },
  rampUp: {
    source: 'Onboarding guides 2025–2026: 2–4 / 4–8 / 8–12 weeks; 60–90 days of reduced productivity',
    basis: 'market_data',
    note: 'Productivity per phase (25% / 50% / 75%, then 100%) and the pace by level are Hirebench estimates.',
    phases: [
      {
        key: 'small_contributions',
        label: 'Setting up and shipping small, safe changes',
        untilWeek: 4,
        publishedWeeks: { min: 2, max: 4 },
        productivity: 0.25,
      },
      {
        key: 'medium_features',
        label: 'Building medium features independently',
        untilWeek: 8,
        publishedWeeks: { min: 4, max: 8 },
        productivity: 0.5,
      },
      {
        key: 'little_hand_holding',
        label: 'Working with little hand-holding',
        untilWeek: 12,
        publishedWeeks: { min: 8, max: 12 },
        productivity: 0.75,
      },
    ],
    levelPace: { junior: 1.25, mid: 1, senior: 0.75 },
  },
  badHire: {
    source: 'Hiring-cost guides: a bad hire costs at least 150% of annual salary, 3–5× with remediation',
    basis: 'market_data',
    minimumMultiple: 1.5,
    remediationMultiple: { low: 3, high: 5 },
  },
  badHireExposure: {
    source: ESTIMATE,
    basis: 'estimate',
    note: 'Chance a hire from this channel does not work out; referrals and vetted providers screen harder.',
    probabilityByChannel: {
      agency: 0.15,
      marketplace: 0.15,
      job_board: 0.2,
      referral: 0.12,
      vetted_network: 0.1,
      freelance_marketplace: 0.25,
      managed_subscription: 0.1,
      own_sourcing: 0.2,
    },
    levelMultiplier: { junior: 1.25, mid: 1, senior: 0.9 },
    contractorCostMultiple: 0.25,
  },
  juniorVsSenior: {
    source:
      'Hirebench estimate built on the hiring-guide pattern “save $40k a year with a junior, spend $200k rewriting”',
    basis: 'estimate',
    juniorOutputShare: { none: 0.4, some: 0.55, strong: 0.7 },
    rewriteProbability: { none: 0.5, some: 0.2, strong: 0.05 },
    rewriteCost: 200_000,
    rewriteHorizonMonths: 24,
  },
  timeToHire: {
    source:
      'Engineering hiring benchmarks 2025–2026: median ~41 days to accepted offer; mid 35–45, senior 45–60+',
    basis: 'market_data',
    note: 'The junior range (“shorter”) and the split between interview stages are Hirebench estimates.',
    byLevel: {
      junior: { min: 25, expected: 32, max: 40 },
      mid: { min: 35, expected: 41, max: 45 },
      senior: { min: 45, expected: 52, max: 60 },
    },
    stageShares: { screenToFinal: 0.6, finalToOffer: 0.2, offerToAccepted: 0.2 },
  },
  sourcing: {
    source:
      'Engineering hiring benchmarks 2025–2026: 2–4 weeks of sourcing before the first technical screen',
    basis: 'market_data',
    baseline: { min: 14, expected: 21, max: 28 },
  },
  channelTiming: {
    job_board: {
      source: 'Engineering hiring benchmarks 2025–2026 (the job-board search is the baseline)',
      basis: 'market_data',
      kind: 'hire',
      sourcing: { min: 14, expected: 21, max: 28, unit: 'calendar_days' },
    },
    own_sourcing: {
      source: 'Engineering hiring benchmarks 2025–2026 (same sourcing time as a job-board search)',
      basis: 'market_data',
      kind: 'hire',
      sourcing: { min: 14, expected: 21, max: 28, unit: 'calendar_days' },
    },
    agency: {
      source: `${CHANNEL_GUIDES}: staffing agencies send first qualified candidates in 5–10 business days`,
      basis: 'market_data',
      kind: 'hire',
      sourcing: { min: 5, expected: 7, max: 10, unit: 'business_days' },
    },
    marketplace: {
      source: ESTIMATE,
      basis: 'estimate',
      kind: 'hire',
      sourcing: { min: 7, expected: 10, max: 14, unit: 'calendar_days' },
    },
    referral: {
      source: ESTIMATE,
      basis: 'estimate',
      note: 'Depends on the size of your network.',
      kind: 'hire',
      sourcing: { min: 7, expected: 10, max: 21, unit: 'calendar_days' },
    },
    freelance_marketplace: {
      source: `${CHANNEL_GUIDES}: freelance marketplace 3–5 days to start`,
      basis: 'market_data',
      kind: 'engage',
      timeToStart: { min: 3, expected: 4, max: 5, unit: 'calendar_days' },
    },
    vetted_network: {
      source: `${CHANNEL_GUIDES}: vetted talent network 1–2 weeks to start`,
      basis: 'market_data',
      kind: 'engage',
      timeToStart: { min: 7, expected: 10, max: 14, unit: 'calendar_days' },
    },
    managed_subscription: {
      source: `${CHANNEL_GUIDES}: managed developer subscription starts the next business day`,
      basis: 'market_data',
      kind: 'engage',
      timeToStart: { min: 1, expected: 1, max: 2, unit: 'business_days' },
    },
  },
  engagementMilestoneShares: {
    source: ESTIMATE,
    basis: 'estimate',
    firstTechnicalScreen: 0.4,
    finalInterview: 0.6,
    offer: 0.8,
    offerAccepted: 0.9,
  },
  noticePeriod: {
    source: 'US convention: two weeks’ notice',
    basis: 'estimate',
    defaultWeeks: 2,
  },
  q4Effect: {
    source:
      'One hiring dataset: searches started in Q4 closed 42% faster, and at lower salaries, than January ones',
    basis: 'estimate',
    note: 'A single dataset, so the default applies a cautious 20% reduction; set the multiplier to 0.58 to use the full 42%.',
    observedReduction: 0.42,
    timeToHireMultiplier: 0.8,
  },
  channelOptions: {
    freelance_marketplace: {
      source: CHANNEL_GUIDES,
      basis: 'market_data',
      channel: 'freelance_marketplace',
      engagements: ['freelance', 'contract'],
      timeToStart: { min: 3, max: 5, description: 'within 3–5 days' },
      costStructure: 'Hourly or per project',
      managementOverhead: 'high',
      bestFor: 'Defined short tasks',
    },
    vetted_network: {
      source: CHANNEL_GUIDES,
      basis: 'market_data',
      channel: 'vetted_network',
      engagements: ['contract', 'freelance'],
      timeToStart: { min: 7, max: 14, description: 'within 1–2 weeks' },
      costStructure: 'Premium hourly or weekly rate, plus a deposit',
      managementOverhead: 'medium',
      bestFor: 'Senior, high-stakes work',
    },
    job_board: {
      source: CHANNEL_GUIDES,
      basis: 'market_data',
      channel: 'job_board',
      engagements: ['full_time'],
      timeToStart: { min: 35, max: 84, description: 'in 5–12 weeks' },
      costStructure: 'Salary plus employer costs, plus a posting fee',
      managementOverhead: 'high',
      bestFor: 'Your core permanent team',
    },
    managed_subscription: {
      source: CHANNEL_GUIDES,
      basis: 'market_data',
      channel: 'managed_subscription',
      engagements: ['managed'],
      timeToStart: { min: 1, max: 3, description: 'the next business day' },
      costStructure: 'Fixed monthly fee',
      managementOverhead: 'low',
      bestFor: 'Ongoing work that a coordinator manages for you',
    },
    agency_direct_hire: {
      source: `${CHANNEL_GUIDES}; start window is a Hirebench estimate`,
      basis: 'estimate',
      channel: 'agency',
      engagements: ['full_time'],
      timeToStart: {
        min: 28,
        max: 56,
        description: 'in about 4–8 weeks (first qualified candidates in 5–10 business days)',
      },
      costStructure: 'A fee on first-year salary, plus salary and employer costs',
      managementOverhead: 'medium',
      bestFor: 'Permanent hires when you cannot source or screen yourself',
    },
    agency_contract: {
      source: `${CHANNEL_GUIDES}; start window is a Hirebench estimate`,
      basis: 'estimate',
      channel: 'agency',
      engagements: ['contract'],
      timeToStart: {
        min: 7,
        max: 21,
        description: 'in about 1–3 weeks (first candidates in 5–10 business days)',
      },
      costStructure: 'Hourly or monthly bill rate (contractor pay plus the agency markup)',
      managementOverhead: 'medium',
      bestFor: 'Scoped, time-limited or uncertain work',
    },
    agency_contract_to_hire: {
      source: `${CHANNEL_GUIDES}; start window is a Hirebench estimate`,
      basis: 'estimate',
      channel: 'agency',
      engagements: ['contract_to_hire'],
      timeToStart: { min: 14, max: 35, description: 'in about 2–5 weeks' },
      costStructure: 'Bill rate for 3–6 months, then salary (a conversion fee may apply)',
      managementOverhead: 'medium',
      bestFor: 'Trying someone on real work for 3–6 months before hiring them',
    },
    referral: {
      source: ESTIMATE,
      basis: 'estimate',
      channel: 'referral',
      engagements: ['full_time', 'contract', 'contract_to_hire', 'freelance'],
      timeToStart: { min: 21, max: 70, description: 'in about 3–10 weeks, depending on your network' },
      costStructure: 'Referral bonus, plus salary and employer costs',
      managementOverhead: 'medium',
      bestFor: 'Trusted people from your own network',
    },
  },
};

/** Any part of the assumptions; objects merge key by key, arrays are replaced whole. */
export type AssumptionOverrides = DeepPartial<PlanningAssumptions>;
type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [Key in keyof T]?: DeepPartial<T[Key]> }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: unknown, overrides: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(overrides)) return overrides === undefined ? base : overrides;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) merged[key] = deepMerge(base[key], value);
  }
  return merged;
}

/**
 * The defaults with an organisation's edits applied (Settings → salary bands and planning figures),
 * validated. Throws a ZodError that names every invalid field.
 */
export function resolveAssumptions(
  overrides: AssumptionOverrides = {},
  base: PlanningAssumptions = defaultAssumptions,
): PlanningAssumptions {
  return planningAssumptionsSchema.parse(deepMerge(base, overrides));
}

export function findLocation(key: string, assumptions: PlanningAssumptions = defaultAssumptions) {
  return assumptions.locationFactors.locations.find((location) => location.key === key) ?? null;
}
