import { List, Text } from '@mantine/core';
import type { EducationEntry } from '../../../api/candidates';

export function EducationList({ education }: { education: EducationEntry[] }) {
  if (education.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing recorded.
      </Text>
    );
  }
  return (
    <List size="sm" spacing={6}>
      {education.map((entry, index) => (
        // Entries have no id; their position is stable while the page shows them.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <List.Item key={index}>
          <Text span inherit fw={500}>
            {entry.school}
          </Text>
          {entry.degree && <Text span inherit>{`, ${entry.degree}`}</Text>}
          {entry.end && <Text span inherit c="dimmed">{` · ${entry.end}`}</Text>}
        </List.Item>
      ))}
    </List>
  );
}
