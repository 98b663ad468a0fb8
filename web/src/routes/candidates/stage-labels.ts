// The default pipeline's stage names (src/pipeline/stages.ts); stages a job added itself are shown from their key.
const defaultStageNames: Record<string, string> = {
  applied: 'Applied / Sourced',
  screen: 'Screen',
  practical: 'Practical exercise',
  system_design: 'System design',
  behavioural: 'Behavioural',
  references: 'References',
  offer: 'Offer',
  hired: 'Hired',
};

/** "system_design" → "System design". */
export function stageName(key: string | null): string {
  if (!key) return 'a stage';
  const known = defaultStageNames[key];
  if (known) return known;
  const words = key.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
