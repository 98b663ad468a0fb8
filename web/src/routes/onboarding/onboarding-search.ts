export const onboardingTabs = ['plans', 'engagements'] as const;
export type OnboardingTab = (typeof onboardingTabs)[number];

/** /onboarding?tab=engagements opens the trials and contracts; plans are the default. */
export const validateOnboardingSearch = (search: Record<string, unknown>): { tab?: OnboardingTab } => ({
  tab: onboardingTabs.find((tab) => tab === search.tab && tab !== 'plans'),
});
