import { Alert, Box, Button, Grid, Stack, Tabs } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChartBar, IconClipboardText, IconLock, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { errorMessage } from '../../../api/client';
import { jobQuery } from '../../../api/jobs';
import { type BlueprintDetail, createJobFromBlueprint } from '../../../api/roles';
import { adviseInBrowser } from '../../../domain/hiring-domain';
import { usePageTitle } from '../../../lib/use-page-title';
import { HiringPlanPanel } from '../../planning/hiring-plan-panel';
import { useCanEditRoles } from '../can-edit-roles';
import { AdvisorPanel } from './advisor-panel';
import { BlueprintForm } from './blueprint-form';
import { ConflictModal } from './conflict-modal';
import { EditorHeader } from './editor-header';
import { LeaveGuard } from './leave-guard';
import { SaveBar } from './save-bar';
import { useBlueprintEditor } from './use-blueprint-editor';
import { VersionHistoryDrawer } from './version-history-drawer';

// The header (60px) plus the save bar, so the sticky advisor sits just below both.
const advisorTop = 136;

export function BlueprintEditor({ detail }: { detail: BlueprintDetail }) {
  const canEdit = useCanEditRoles();
  const editor = useBlueprintEditor(detail);
  const readOnly = !canEdit || detail.archived;
  const isDesktop = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [historyOpened, history] = useDisclosure(false);
  // The advisor is fast, but waiting for a pause in typing keeps the panel from flickering.
  const [settledDraft] = useDebouncedValue(editor.draft, 150);
  const findings = useMemo(() => adviseInBrowser(settledDraft), [settledDraft]);
  const createJob = useCreateJob(detail.id);
  usePageTitle(editor.draft.title.trim() || 'Blueprint');

  return (
    <Stack gap="md">
      <EditorHeader detail={detail} draft={editor.draft} canEdit={canEdit} onOpenHistory={history.open} />
      <ReadOnlyNotice canEdit={canEdit} archived={detail.archived} />
      {editor.newerOnServer && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconRefresh aria-hidden />}
          title="A newer version was saved"
        >
          Someone saved version {detail.version} while you were editing. Load it to continue; your unsaved
          changes here will be discarded.
          <Button
            size="xs"
            variant="white"
            color="orange"
            display="block"
            mt="xs"
            onClick={() => void editor.reload()}
          >
            Load the latest version
          </Button>
        </Alert>
      )}
      <SaveBar
        version={editor.base.version}
        updatedAt={editor.base.updatedAt}
        dirty={editor.dirty}
        saving={editor.saving}
        readOnly={readOnly}
        creatingJob={createJob.isPending}
        onSave={editor.save}
        onCreateJob={() => createJob.mutate()}
      />
      <Tabs defaultValue="blueprint" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="blueprint" leftSection={<IconClipboardText size={16} aria-hidden />}>
            Blueprint
          </Tabs.Tab>
          <Tabs.Tab value="plan" leftSection={<IconChartBar size={16} aria-hidden />}>
            Cost & timeline
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="blueprint" pt="md">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
              <BlueprintForm
                draft={editor.draft}
                change={editor.change}
                errors={editor.errors}
                readOnly={readOnly}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
              <Box
                pos={isDesktop ? 'sticky' : undefined}
                top={advisorTop}
                style={
                  isDesktop
                    ? { maxHeight: `calc(100dvh - ${advisorTop + 16}px)`, overflowY: 'auto' }
                    : undefined
                }
              >
                <AdvisorPanel findings={findings} compact={!isDesktop} />
              </Box>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="md">
          <HiringPlanPanel blueprint={settledDraft} />
        </Tabs.Panel>
      </Tabs>
      <VersionHistoryDrawer
        opened={historyOpened}
        onClose={history.close}
        blueprintId={detail.id}
        currentVersion={editor.base.version}
        currentBlueprint={editor.base.blueprint}
        canRestore={!readOnly}
        dirty={editor.dirty}
        restoring={editor.saving}
        onRestore={(blueprint) =>
          void editor.restore(blueprint).then((restored) => restored && history.close())
        }
      />
      <ConflictModal opened={editor.conflict} onReload={editor.reload} onClose={editor.dismissConflict} />
      <LeaveGuard dirty={editor.dirty} />
    </Stack>
  );
}

function ReadOnlyNotice({ canEdit, archived }: { canEdit: boolean; archived: boolean }) {
  if (!canEdit) {
    return (
      <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
        You can read this blueprint. Only admins, recruiters and hiring managers can change it.
      </Alert>
    );
  }
  if (!archived) return null;
  return (
    <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
      This blueprint is archived, so it cannot be changed. Restore it (top right) to edit it again.
    </Alert>
  );
}

/** Creates a draft job from the saved blueprint and opens it. */
function useCreateJob(blueprintId: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => createJobFromBlueprint(blueprintId),
    onSuccess: (job) => {
      queryClient.setQueryData(jobQuery(job.id).queryKey, job);
      void queryClient.invalidateQueries({ queryKey: ['jobs'] });
      void navigate({ to: '/roles/jobs/$jobId', params: { jobId: job.id } });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'The job posting was not created',
        message: errorMessage(error),
      }),
  });
}
