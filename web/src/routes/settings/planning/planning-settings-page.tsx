import { Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { type AssumptionSettings, assumptionsQuery, saveAssumptionOverrides } from '../../../api/planning';
import { ConfirmModal } from '../../../components/confirm-modal';
import { FormError } from '../../../components/form-error';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { useIsAdmin } from '../../../layouts/session-context';
import {
  allRows,
  assumptionSections,
  buildOverrides,
  type FieldValues,
  valuesFrom,
} from './assumption-fields';
import { AssumptionRowEditor } from './assumption-row';

export function PlanningSettingsPage() {
  const settings = useQuery(assumptionsQuery);
  return (
    <>
      <PageHeader
        title="Salary bands & costs"
        description="The market figures behind every cost estimate and hiring timeline. They ship with 2025–2026 US data; change them to match your market."
      />
      {settings.isPending && <LoadingState label="Loading the planning figures" />}
      {settings.isError && <ErrorState error={settings.error} onRetry={() => settings.refetch()} />}
      {/* Keyed so saved figures become the form's new starting point. */}
      {settings.data && (
        <AssumptionsForm key={JSON.stringify(settings.data.overrides)} settings={settings.data} />
      )}
    </>
  );
}

/** Server errors arrive as `overrides.<path>`; each row shows the ones under its path. */
function rowErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(error instanceof ApiError)) return errors;
  for (const detail of error.details) {
    const path = detail.path.replace(/^(body\.)?overrides\./, '');
    const row = allRows.find(
      (candidate) => path.startsWith(candidate.path) || candidate.path.startsWith(path),
    );
    // The page calls the server's "expected" figure "typical".
    if (row) errors[row.path] ??= detail.message.replace('expected', 'typical');
  }
  return errors;
}

function AssumptionsForm({ settings }: { settings: AssumptionSettings }) {
  const isAdmin = useIsAdmin();
  const queryClient = useQueryClient();
  const saved = valuesFrom(settings.assumptions);
  const [values, setValues] = useState<FieldValues>(saved);
  const [resetOpened, resetConfirm] = useDisclosure(false);
  const dirty = Object.keys(saved).some((path) => saved[path] !== values[path]);

  const save = useMutation({
    mutationFn: (overrides: Record<string, unknown>) => saveAssumptionOverrides(overrides),
    onSuccess: (_result, overrides) => {
      resetConfirm.close();
      // Every estimate depends on these figures.
      void queryClient.invalidateQueries({ queryKey: ['planning'] });
      notifications.show({
        color: 'green',
        message:
          Object.keys(overrides).length === 0
            ? 'Every figure is back to its default.'
            : 'Saved. Cost estimates and timelines now use your figures.',
      });
    },
  });
  const errors = rowErrors(save.error);
  const { defaults } = settings;

  return (
    <Stack gap="lg" maw={860}>
      {!isAdmin && (
        <Text size="sm" c="dimmed">
          Only admins can change these figures. Ask an admin if your market differs.
        </Text>
      )}
      {assumptionSections.map((section) => (
        <Card key={section.title} withBorder radius="md" padding="lg">
          <Title order={2} fz="lg">
            {section.title}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {section.description}
          </Text>
          <Stack gap="lg">
            {section.rows.map((row, index) => (
              <Stack key={row.path} gap="lg">
                {index > 0 && <Divider />}
                <AssumptionRowEditor
                  row={row}
                  values={values}
                  defaults={defaults}
                  currency={settings.assumptions.currency}
                  readOnly={!isAdmin}
                  error={errors[row.path]}
                  onChange={(path, value) => setValues((current) => ({ ...current, [path]: value }))}
                />
              </Stack>
            ))}
          </Stack>
        </Card>
      ))}
      {isAdmin && (
        <Stack gap="sm">
          {Object.keys(errors).length === 0 && <FormError error={save.error} />}
          {Object.keys(errors).length > 0 && (
            <FormError error={save.error} message="Some figures are not valid; see the notes above." />
          )}
          <Group justify="space-between">
            <Button
              onClick={() => save.mutate(buildOverrides(settings.overrides, values, defaults))}
              loading={
                save.isPending && save.variables !== undefined && Object.keys(save.variables).length > 0
              }
              disabled={!dirty}
            >
              Save changes
            </Button>
            <Button
              variant="subtle"
              color="gray"
              onClick={resetConfirm.open}
              disabled={Object.keys(settings.overrides).length === 0}
            >
              Reset everything to defaults
            </Button>
          </Group>
        </Stack>
      )}
      <ConfirmModal
        opened={resetOpened}
        title="Reset every figure to its default?"
        confirmLabel="Reset to defaults"
        destructive
        pending={save.isPending}
        error={save.error}
        onConfirm={() => save.mutate({})}
        onClose={resetConfirm.close}
      >
        All of your organisation’s planning edits are removed, including any made through the API, and the
        shipped 2025–2026 figures apply again.
      </ConfirmModal>
    </Stack>
  );
}
