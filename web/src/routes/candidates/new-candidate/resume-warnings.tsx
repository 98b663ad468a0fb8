import { Alert, List } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';

/** What the résumé reader assumed or could not read, so the person knows which fields to check. */
export function ResumeWarnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconInfoCircle aria-hidden />}
      title="Check these before saving"
    >
      <List size="sm" spacing={2}>
        {warnings.map((warning) => (
          <List.Item key={warning}>{warning}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
