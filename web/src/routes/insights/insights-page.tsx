import { Alert, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../../layouts/session-context';
import { CalibrationSection } from './calibration-section';

export function InsightsPage() {
  const role = useSession().user.role;
  const canSeeCalibration = role === 'admin' || role === 'hiring_manager';
  return (
    <>
      <PageHeader title="Insights" description="The numbers behind your hiring." />
      <Stack gap="xl">
        {canSeeCalibration ? (
          <CalibrationSection />
        ) : (
          <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
            How each interviewer rates compared with the panel is visible to admins and hiring managers.
          </Alert>
        )}
        <Text size="sm" c="dimmed" maw={760}>
          Coming in a later release: time to hire, how many candidates make it past each stage, which sources
          bring the best people and cost per hire — next to market benchmarks (a mid-level backend hire
          usually takes 35 to 45 days).
        </Text>
      </Stack>
    </>
  );
}
