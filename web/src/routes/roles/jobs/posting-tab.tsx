import { Badge, Button, Grid, Group, Paper, Stack, Text, Textarea, Title, Typography } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { type JobDetail, syncJobWithBlueprint, updateJob } from '../../../api/jobs';
import { ConfirmModal } from '../../../components/confirm-modal';
import { FormError } from '../../../components/form-error';
import { adviseInBrowser } from '../../../domain/hiring-domain';
import { AdvisorFindings } from './advisor-findings';
import { MarkdownPreview } from './markdown-preview';
import { useJobMutation } from './use-job-mutation';

const isPostingFinding = (finding: { code: string }) => finding.code.startsWith('posting_');

/** Mount with `key={job.postingMarkdown}` so a new saved text (e.g. regenerated) replaces the draft. */
export function PostingTab({ job, canEdit }: { job: JobDetail; canEdit: boolean }) {
  const [text, setText] = useState(job.postingMarkdown);
  const [regenerateOpened, regenerateConfirm] = useDisclosure(false);
  const dirty = text !== job.postingMarkdown;
  // The advisor runs in the browser exactly as on the server, so its notes follow the text as you type.
  const [settledText] = useDebouncedValue(text, 300);
  const findings = useMemo(
    () => adviseInBrowser(job.blueprint, settledText).filter(isPostingFinding),
    [job.blueprint, settledText],
  );

  const save = useJobMutation(
    (postingMarkdown: string) => updateJob(job.id, { postingMarkdown }),
    () => notifications.show({ color: 'green', message: 'Posting saved.' }),
  );
  const regenerate = useJobMutation(
    () => syncJobWithBlueprint(job.id, true),
    () => {
      regenerateConfirm.close();
      notifications.show({ color: 'green', message: 'The posting was written again from the blueprint.' });
    },
  );

  return (
    <Stack gap="lg">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Textarea
              label="Posting text (Markdown)"
              description="Use ## for headings and - for bullet points."
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              autosize
              minRows={16}
              maxRows={40}
              readOnly={!canEdit}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            />
            <FormError error={save.error ?? regenerate.error} />
            {canEdit && (
              <Group gap="sm">
                <Button onClick={() => save.mutate(text)} loading={save.isPending} disabled={!dirty}>
                  Save posting
                </Button>
                <Button variant="default" onClick={regenerateConfirm.open} disabled={!job.blueprintId}>
                  Regenerate from blueprint
                </Button>
                {dirty && (
                  <Button variant="subtle" color="gray" onClick={() => setText(job.postingMarkdown)}>
                    Discard changes
                  </Button>
                )}
              </Group>
            )}
            <Stack gap="xs">
              <Title order={3} fz="md">
                Notes on the text
              </Title>
              <AdvisorFindings
                findings={findings}
                emptyText="No notes: the text shows the salary, avoids clichés and keeps the list of technologies short."
              />
            </Stack>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <PostingPreview job={job} text={text} dirty={dirty} />
        </Grid.Col>
      </Grid>
      <ConfirmModal
        opened={regenerateOpened}
        title="Write the posting again from the blueprint?"
        confirmLabel="Regenerate posting"
        destructive={job.postingEdited || dirty}
        pending={regenerate.isPending}
        error={regenerate.error}
        onConfirm={() => regenerate.mutate(undefined)}
        onClose={regenerateConfirm.close}
      >
        {job.postingEdited || dirty
          ? 'The text is written again from the newest blueprint. Your edits to the posting text are replaced.'
          : 'The text is written again from the newest blueprint.'}
      </ConfirmModal>
    </Stack>
  );
}

function PostingPreview({ job, text, dirty }: { job: JobDetail; text: string; dirty: boolean }) {
  return (
    <Paper withBorder radius="md" p="lg" h="100%" aria-label="Posting preview" component="section">
      <Group justify="space-between" mb="sm">
        <Text size="sm" fw={600} c="dimmed">
          Preview
        </Text>
        {dirty && (
          <Badge variant="light" color="yellow">
            Not saved yet
          </Badge>
        )}
      </Group>
      {dirty ? (
        <MarkdownPreview markdown={text} />
      ) : (
        // The server renders and sanitises the saved posting; this is exactly what candidates see.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitised HTML (src/roles/job-posting.ts)
        <Typography dangerouslySetInnerHTML={{ __html: job.postingHtml }} />
      )}
    </Paper>
  );
}
