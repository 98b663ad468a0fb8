import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { type JobDetail, syncJobWithBlueprint } from '../../../api/jobs';
import { FormError } from '../../../components/form-error';
import { useJobMutation } from './use-job-mutation';

/** Shown when the role's blueprint has moved on since this job took its copy. */
export function BlueprintUpdateNotice({ job, canEdit }: { job: JobDetail; canEdit: boolean }) {
  const [opened, modal] = useDisclosure(false);
  const latest = job.blueprintLatestVersion;
  if (latest === null || job.blueprintVersion === null || latest <= job.blueprintVersion) return null;
  return (
    <Alert
      color="indigo"
      variant="light"
      icon={<IconRefresh aria-hidden />}
      title="The role's blueprint has changed"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          This job uses version {job.blueprintVersion} of the blueprint; version {latest} is the newest.
          Update to take the new skills, salary and details into the job.
        </Text>
        {canEdit && (
          <Button size="xs" onClick={modal.open}>
            Update from blueprint v{latest}
          </Button>
        )}
      </Stack>
      <Modal
        opened={opened}
        onClose={modal.close}
        title={`Update from blueprint v${latest}`}
        centered
        size="lg"
      >
        <SyncForm job={job} onDone={modal.close} />
      </Modal>
    </Alert>
  );
}

function SyncForm({ job, onDone }: { job: JobDetail; onDone: () => void }) {
  // Hand-edited text is kept unless the person chooses otherwise.
  const [choice, setChoice] = useState(job.postingEdited ? 'keep' : 'regenerate');
  const sync = useJobMutation(
    (regeneratePosting: boolean) => syncJobWithBlueprint(job.id, regeneratePosting),
    (_job, regenerated) => {
      notifications.show({
        color: 'green',
        message: regenerated
          ? 'The job and its posting now follow the newest blueprint.'
          : 'The job follows the newest blueprint; your posting text is unchanged.',
      });
      onDone();
    },
  );
  return (
    <Stack>
      <Radio.Group value={choice} onChange={setChoice} label="What should happen to the posting text?">
        <Stack gap="sm" mt="xs">
          <Radio
            value="regenerate"
            label="Write the posting again from the blueprint"
            description={
              job.postingEdited
                ? 'Your hand edits to the posting text are replaced.'
                : 'The posting has not been edited by hand, so nothing is lost.'
            }
          />
          <Radio
            value="keep"
            label="Keep my posting text"
            description="Only the job's details (skills, salary, location) are updated; check the text still matches."
          />
        </Stack>
      </Radio.Group>
      <FormError error={sync.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={sync.isPending}>
          Cancel
        </Button>
        <Button loading={sync.isPending} onClick={() => sync.mutate(choice === 'regenerate')}>
          Update job
        </Button>
      </Group>
    </Stack>
  );
}
