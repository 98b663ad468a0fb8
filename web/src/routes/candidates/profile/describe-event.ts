import type { TimelineItem } from '../../../api/candidates';
import { formatDate, formatDateTime } from '../../../lib/format';
import { stageName } from '../stage-labels';

type EventItem = Extract<TimelineItem, { kind: 'event' }>;

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const exercise = (data: Record<string, unknown>) => {
  const title = text(data.title);
  return title ? `the exercise “${title}”` : 'a practical exercise';
};
const capitalised = (sentence: string) => sentence.charAt(0).toUpperCase() + sentence.slice(1);
const list = (value: unknown) =>
  Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];

/** One plain sentence per history event: "Ana moved them from Screen to Practical exercise for Go engineer". */
export function describeEvent(event: EventItem, jobTitle: string | null): string {
  const who = event.actor ?? 'Hirebench';
  const job = jobTitle ? ` for ${jobTitle}` : '';
  const data = event.data ?? {};
  switch (event.type) {
    case 'created':
      return event.actor ? `${event.actor} added them to the pool` : 'Added to the pool';
    case 'applied':
      return event.actor
        ? `${event.actor} added them to ${jobTitle ?? 'a job'}`
        : `Applied${jobTitle ? ` to ${jobTitle}` : ''}`;
    case 'moved':
      return `${who} moved them from ${stageName(event.fromStage)} to ${stageName(event.toStage)}${job}`;
    case 'reopened':
      return `${who} reopened their application${job}, at ${stageName(event.toStage)}`;
    case 'rejected':
      return `${who} rejected them${job}`;
    case 'tagged': {
      const added = list(data.add).map((tag) => `+${tag}`);
      const removed = list(data.remove).map((tag) => `−${tag}`);
      return `${who} changed tags: ${[...added, ...removed].join(' ') || 'none'}`;
    }
    case 'updated':
      return `${who} updated the profile`;
    case 'merged':
      return `${who} merged ${text(data.mergedName) ?? 'another profile'} into this one`;
    // Practical exercises: the team sends one, the candidate starts and hands it in, the grader scores it.
    case 'exercise_sent':
      return `${who} sent ${exercise(data)}${job}`;
    case 'exercise_started': {
      const deadline = text(data.deadlineAt);
      return `Started ${exercise(data)}${deadline ? `; the deadline is ${formatDateTime(deadline)}` : ''}`;
    }
    case 'exercise_submitted': {
      const filename = text(data.filename);
      return `Handed in ${exercise(data)}${filename ? ` (${filename})` : ''}`;
    }
    case 'exercise_graded': {
      const score = typeof data.score === 'number' ? data.score : null;
      const maxScore = typeof data.maxScore === 'number' ? data.maxScore : null;
      const rating = text(data.rating);
      const result = score !== null && maxScore !== null ? `: ${score} of ${maxScore} points` : '';
      return `${capitalised(exercise(data))} was graded${result}${rating ? ` (${rating})` : ''}`;
    }
    case 'exercise_expired':
      return `The link to ${exercise(data)} expired before they started`;
    case 'hiring_decision':
      return `${who} decided ${data.decision === 'hire' ? 'to hire them' : 'not to hire them'}${job}${text(data.rationale) ? `: “${text(data.rationale)}”` : ''}`;
    case 'offer_drafted':
      return `${who} drafted an offer${job}`;
    case 'offer_sent':
      return `${who} sent them the offer${job}${text(data.expiresAt) ? `; the link works until ${formatDate(text(data.expiresAt)!)}` : ''}`;
    case 'offer_accepted':
      return `Accepted the offer${job}${text(data.typedName) ? `, signing as “${text(data.typedName)}”` : ''}`;
    case 'offer_declined':
      return `Declined the offer${job}${text(data.reason) ? `: “${text(data.reason)}”` : ''}`;
    case 'offer_withdrawn':
      return `${who} withdrew the offer${job}${text(data.reason) ? `: ${text(data.reason)}` : ''}`;
    default:
      return `${who}: ${event.type.replaceAll('_', ' ')}${job}`;
  }
}
