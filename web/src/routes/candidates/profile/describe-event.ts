import type { TimelineItem } from '../../../api/candidates';
import { stageName } from '../stage-labels';

type EventItem = Extract<TimelineItem, { kind: 'event' }>;

const text = (value: unknown) => (typeof value === 'string' ? value : null);
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
    default:
      return `${who}: ${event.type.replaceAll('_', ' ')}${job}`;
  }
}
