import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconBulb } from '@tabler/icons-react';
import type { Finding } from '../../../domain/hiring-domain';

const severityStyles = {
  error: { color: 'red', icon: IconAlertCircle, label: 'Must fix' },
  warning: { color: 'yellow', icon: IconAlertTriangle, label: 'Worth fixing' },
  tip: { color: 'blue', icon: IconBulb, label: 'Tip' },
} as const;

/** The advisor's findings, errors first, each with the suggested fix. */
export function AdvisorFindings({ findings, emptyText }: { findings: Finding[]; emptyText: string }) {
  if (findings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {findings.map((finding) => {
        const style = severityStyles[finding.severity];
        return (
          <Alert
            key={`${finding.code}-${finding.path ?? ''}`}
            color={style.color}
            variant="light"
            icon={<style.icon aria-hidden />}
            title={style.label}
            p="sm"
          >
            <Text size="sm">{finding.message}</Text>
            <Text size="sm" c="dimmed" mt={4}>
              {finding.suggestion}
            </Text>
          </Alert>
        );
      })}
    </Stack>
  );
}
