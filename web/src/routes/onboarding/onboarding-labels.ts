import type { EngagementKind, OwnerRole } from '../../api/onboarding';

/** Dates in plans are calendar days (YYYY-MM-DD): read them in UTC so no time zone moves them a day. */
const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Mon, 2 Mar 2026": the weekday matters for a checklist of business days. */
export const formatDay = (isoDate: string) => dayFormat.format(new Date(`${isoDate}T00:00:00Z`));

/** Today in the viewer's time zone, as YYYY-MM-DD: what "overdue" is measured against. */
export function todayIso(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

export const ownerRoleLabels: Record<OwnerRole, string> = {
  manager: 'Manager',
  buddy: 'Buddy',
  new_hire: 'New hire',
  it: 'IT',
};

export const engagementLabels: Record<'full_time' | EngagementKind, string> = {
  full_time: 'Full-time',
  contract: 'Contract',
  contract_to_hire: 'Contract-to-hire',
  paid_trial: 'Paid trial',
};

/** The 30/60/90-day review scale (1–4, as the API stores it). */
export const reviewRatings = [
  { value: 1, label: 'Well below expectations', color: 'red' },
  { value: 2, label: 'Below expectations', color: 'orange' },
  { value: 3, label: 'Meets expectations', color: 'teal' },
  { value: 4, label: 'Well above expectations', color: 'green' },
] as const;

export const reviewRatingLabel = (rating: number) =>
  reviewRatings.find((option) => option.value === rating)?.label ?? `Rating ${rating}`;
