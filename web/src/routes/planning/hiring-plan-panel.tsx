import { Card, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { Blueprint } from '../../domain/hiring-domain';
import { ChannelFitSection } from './channel-fit-section';
import { CostSection } from './cost-section';
import { JuniorVsSeniorSection } from './junior-vs-senior-section';
import { type PlanInputs, PlanInputsForm } from './plan-inputs';
import { defaultChannelFor } from './planning-labels';
import { RampUpSection } from './ramp-up-section';
import { TimelineSection } from './timeline-section';

/** The plan starts from the blueprint: its level, the middle of its yearly salary range, its workplace. */
function inputsFromBlueprint(blueprint: Blueprint): PlanInputs {
  const salary = blueprint.salary;
  return {
    level: blueprint.seniority,
    salary: salary?.period === 'year' ? Math.round((salary.min + salary.max) / 2) : null,
    remote: blueprint.location.workplace === 'remote',
    channel: defaultChannelFor[blueprint.engagement],
  };
}

/** Cost, ramp-up, timeline, channel advice and junior-vs-senior for one blueprint. */
export function HiringPlanPanel({ blueprint }: { blueprint: Blueprint }) {
  // Only what the person changed here is kept, so edits to the blueprint still flow into the plan.
  const [edits, setEdits] = useState<Partial<PlanInputs>>({});
  const inputs = { ...inputsFromBlueprint(blueprint), ...edits };
  const [salary] = useDebouncedValue(inputs.salary, 400);
  const costInput = {
    level: inputs.level,
    channel: inputs.channel,
    remote: inputs.remote,
    ...(salary ? { salary } : {}),
  };

  return (
    <Stack gap="lg">
      <Card withBorder radius="md" padding="lg">
        <Title order={3} fz="lg">
          Plan this hire
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          Filled in from the role. Change anything to see how the cost and dates move; the role itself stays
          as it is.
        </Text>
        <PlanInputsForm
          value={inputs}
          onChange={(changes) => setEdits((current) => ({ ...current, ...changes }))}
        />
      </Card>
      <CostSection input={costInput} />
      <RampUpSection input={costInput} />
      <TimelineSection input={{ seniority: inputs.level, channel: inputs.channel }} />
      <ChannelFitSection blueprint={blueprint} seniority={inputs.level} />
      <JuniorVsSeniorSection technicalDirection={blueprint.technicalDirection} remote={inputs.remote} />
    </Stack>
  );
}
