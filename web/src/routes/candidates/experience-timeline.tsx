import { Text, Timeline } from '@mantine/core';
import type { ExperienceEntry } from '../../api/candidates';
import { formatMonth } from './candidate-labels';

/** Jobs newest first, as the résumé or the recruiter recorded them. */
export function ExperienceTimeline({ experience }: { experience: ExperienceEntry[] }) {
  if (experience.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No jobs recorded yet.
      </Text>
    );
  }
  const newestFirst = [...experience].sort((left, right) =>
    (right.end ?? '9999-99').localeCompare(left.end ?? '9999-99'),
  );
  return (
    <Timeline bulletSize={12} lineWidth={2} active={-1}>
      {newestFirst.map((job, index) => (
        <Timeline.Item
          // Jobs have no id, and this read-only list never reorders while shown.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          key={index}
          title={
            <Text size="sm" fw={600}>
              {[job.title, job.company].filter(Boolean).join(' at ') || 'A job'}
            </Text>
          }
        >
          <Text size="xs" c="dimmed">
            {formatMonth(job.start)} – {job.end ? formatMonth(job.end) : 'now'}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
