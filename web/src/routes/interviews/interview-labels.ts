import type { Interview } from '../../api/interviews';

export const scorecardBadge: Record<
  Exclude<Interview['myScorecard'], null>,
  { label: string; color: string }
> = {
  none: { label: 'Scorecard to write', color: 'orange' },
  draft: { label: 'Scorecard in draft', color: 'yellow' },
  submitted: { label: 'Scorecard submitted', color: 'teal' },
};

export const recommendationOptions = [
  { value: 'strong_no', label: 'Strong no', color: 'red' },
  { value: 'no', label: 'No', color: 'orange' },
  { value: 'yes', label: 'Yes', color: 'teal' },
  { value: 'strong_yes', label: 'Strong yes', color: 'green' },
] as const;

export const recommendationLabel = (value: string | null) =>
  recommendationOptions.find((option) => option.value === value)?.label ?? '—';

/** "Tue 4 May, 09:00–10:00" in the viewer's own time zone. */
export function formatSlot(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const day = start.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
  const time = (date: Date) => date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time(start)}–${time(new Date(endsAt))}`;
}
