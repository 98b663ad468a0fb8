import { Badge, Button, Card, Group, Text, Title } from '@mantine/core';
import type { RoleTemplate } from '../../../api/roles';
import {
  formatSalaryRange,
  labelOf,
  productStageOptions,
  seniorityLabels,
} from '../../../domain/blueprint-labels';

type TemplateCardProps = {
  template: RoleTemplate;
  creating: boolean;
  disabled: boolean;
  onUse: () => void;
};

export function TemplateCard({ template, creating, disabled, onUse }: TemplateCardProps) {
  const { blueprint } = template;
  const headingId = `template-${template.id}`;
  return (
    <Card component="article" aria-labelledby={headingId} withBorder radius="md" padding="lg">
      <Title order={2} fz="md" id={headingId}>
        {template.name}
      </Title>
      <Group gap={6} mt="xs">
        <Badge variant="light">{seniorityLabels[blueprint.seniority]}</Badge>
        <Badge variant="light" color="gray">
          {labelOf(productStageOptions, blueprint.productStage)}
        </Badge>
        {blueprint.salary && (
          <Badge variant="light" color="green" tt="none">
            {formatSalaryRange(blueprint.salary)}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" mt="sm" style={{ flex: 1 }}>
        {template.summary}
      </Text>
      <Group mt="md">
        <Button
          variant="light"
          onClick={onUse}
          loading={creating}
          disabled={disabled}
          aria-describedby={headingId}
        >
          Use this template
        </Button>
      </Group>
    </Card>
  );
}
