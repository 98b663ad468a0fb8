import {
  Badge,
  Button,
  Collapse,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from '@mantine/core';
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconBulb,
  IconChevronRight,
  IconCircleCheck,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { Finding, Severity } from '../../../domain/hiring-domain';
import { revealField } from './field-paths';

const severities: {
  severity: Severity;
  title: string;
  color: string;
  icon: ReactNode;
  one: string;
  many: string;
}[] = [
  {
    severity: 'error',
    title: 'Fix before publishing',
    color: 'red',
    icon: <IconAlertCircle size={18} aria-hidden />,
    one: 'error',
    many: 'errors',
  },
  {
    severity: 'warning',
    title: 'Worth fixing',
    color: 'orange',
    icon: <IconAlertTriangle size={18} aria-hidden />,
    one: 'warning',
    many: 'warnings',
  },
  {
    severity: 'tip',
    title: 'Tips',
    color: 'blue',
    icon: <IconBulb size={18} aria-hidden />,
    one: 'tip',
    many: 'tips',
  },
];

type AdvisorPanelProps = {
  findings: Finding[];
  /** Phones: a summary with the list folded away, above the form. */
  compact: boolean;
};

/** The hiring advisor's findings on the blueprint as it is being typed; each one leads to its field. */
export function AdvisorPanel({ findings, compact }: AdvisorPanelProps) {
  const [expanded, setExpanded] = useState(false);
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const counts = severities
    .map((entry) => ({ ...entry, count: count(entry.severity) }))
    .filter((entry) => entry.count > 0);

  return (
    <Paper component="section" aria-labelledby="advisor-title" withBorder radius="md" p="md">
      <Group gap="xs" wrap="nowrap">
        <ThemeIcon variant="light" radius="xl" size={32}>
          <IconBulb size={18} aria-hidden />
        </ThemeIcon>
        <Title order={2} fz="lg" id="advisor-title">
          Advisor
        </Title>
      </Group>
      {counts.length > 0 && (
        <Group gap={6} mt="sm">
          {counts.map((entry) => (
            <Badge key={entry.severity} color={entry.color} variant="light" tt="none" size="lg">
              {entry.count} {entry.count === 1 ? entry.one : entry.many}
            </Badge>
          ))}
        </Group>
      )}
      <Text size="sm" c="dimmed" mt="xs" aria-live="polite">
        {summary(count('error'), count('warning'), findings.length)}
      </Text>
      {compact && findings.length > 0 && (
        <Button
          variant="subtle"
          size="compact-sm"
          mt="xs"
          onClick={() => setExpanded((open) => !open)}
          aria-expanded={expanded}
        >
          {expanded ? 'Hide the advice' : `Show the advice (${findings.length})`}
        </Button>
      )}
      <Collapse expanded={!compact || expanded}>
        <Stack gap="md" mt="md">
          {findings.length === 0 && (
            <Group gap="xs" c="green.8" wrap="nowrap" align="flex-start">
              <IconCircleCheck size={20} aria-hidden />
              <Text size="sm">
                Nothing to fix. This blueprint follows what the best hiring guides agree on.
              </Text>
            </Group>
          )}
          {counts.map((entry) => (
            <Stack key={entry.severity} gap={6}>
              <Title order={3} fz="xs" tt="uppercase" c={`${entry.color}.8`}>
                {entry.title}
              </Title>
              {findings
                .filter((finding) => finding.severity === entry.severity)
                .map((finding) => (
                  <FindingItem
                    key={`${finding.code}-${finding.path ?? ''}-${finding.message}`}
                    finding={finding}
                    color={entry.color}
                    icon={entry.icon}
                  />
                ))}
            </Stack>
          ))}
        </Stack>
      </Collapse>
    </Paper>
  );
}

function summary(errors: number, warnings: number, total: number): string {
  if (errors > 0) {
    return `Fix the ${errors === 1 ? 'error' : `${errors} errors`} before you publish a job from this blueprint.`;
  }
  if (warnings > 0) return 'Nothing blocks publishing, but the warnings will cost you good candidates.';
  if (total > 0) return 'Looking good. A few tips below.';
  return 'Looking good.';
}

type FindingItemProps = { finding: Finding; color: string; icon: ReactNode };

function FindingItem({ finding, color, icon }: FindingItemProps) {
  const content = (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text span c={`${color}.7`} mt={2} style={{ display: 'flex' }}>
        {icon}
      </Text>
      <Stack gap={4} style={{ flex: 1 }}>
        <Text span size="sm" fw={500} display="block">
          {finding.message}
        </Text>
        <Text span size="sm" c="dimmed" display="block">
          {finding.suggestion}
        </Text>
      </Stack>
      {finding.path && (
        <Text span c="dimmed" mt={2} style={{ display: 'flex' }}>
          <IconChevronRight size={16} aria-hidden />
        </Text>
      )}
    </Group>
  );
  const frame = {
    p: 'sm',
    bg: `var(--mantine-color-${color}-light)`,
    style: { borderRadius: 'var(--mantine-radius-md)' },
  } as const;
  const path = finding.path;
  if (!path) return <Paper {...frame}>{content}</Paper>;
  return (
    <UnstyledButton {...frame} onClick={() => revealField(path)} title="Show me the field">
      {content}
    </UnstyledButton>
  );
}
