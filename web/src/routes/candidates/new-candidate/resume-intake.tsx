import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { parseResume, type ResumeParseResult } from '../../../api/candidates';
import { ApiError } from '../../../api/client';
import { draftFromParsed } from '../candidate-form/candidate-draft';
import { CandidateEditor } from '../candidate-form/candidate-editor';
import { DuplicateNotice } from '../duplicate-notice';
import { JobPicker } from './job-picker';
import { maxResumeBytes, ResumeDropZone } from './resume-drop-zone';
import { ResumeWarnings } from './resume-warnings';
import { useCreateCandidate } from './use-create-candidate';

/** Upload a résumé, then review what was read before anything is saved. */
export function ResumeIntake() {
  const [progress, setProgress] = useState<number | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => {
      // Refused here too, so nobody waits for 10 MB to travel only to be told it is too big.
      if (file.size > maxResumeBytes) {
        return Promise.reject(
          new ApiError(413, 'too_large', 'It is larger than 10 MB. Save a smaller copy and try again.'),
        );
      }
      setProgress(0);
      return parseResume(file, setProgress);
    },
    onSettled: () => setProgress(null),
  });

  if (upload.data) return <ResumeReview result={upload.data} onStartOver={upload.reset} />;
  return (
    <ResumeDropZone
      onFile={(file) => upload.mutate(file)}
      progress={upload.isPending ? (progress ?? 0) : null}
      error={upload.error}
      refusedFileName={upload.variables?.name}
    />
  );
}

function ResumeReview({ result, onStartOver }: { result: ResumeParseResult; onStartOver: () => void }) {
  const navigate = useNavigate();
  const create = useCreateCandidate();
  const [jobId, setJobId] = useState<string | null>(null);
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <IconFileText size={24} stroke={1.6} aria-hidden style={{ flexShrink: 0 }} />
            <div>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                Read from {result.upload.filename}
              </Text>
              <Text size="sm" c="dimmed">
                Check every field below and correct what the reader got wrong. Nothing is saved until you
                click “Save candidate”.
              </Text>
            </div>
          </Group>
          <Button variant="default" onClick={onStartOver} disabled={create.isPending}>
            Choose another file
          </Button>
        </Group>
      </Paper>
      <DuplicateNotice duplicates={result.duplicates} />
      <ResumeWarnings warnings={result.parsed.warnings} />
      <CandidateEditor
        initialDraft={draftFromParsed(result.parsed)}
        submitLabel="Save candidate"
        pending={create.isPending}
        error={create.error}
        onSubmit={(candidate) =>
          create.mutate({ candidate, resumeUploadId: result.upload.id, jobId: jobId ?? undefined })
        }
        onCancel={() => void navigate({ to: '/candidates' })}
        extraSection={<JobPicker value={jobId} onChange={setJobId} />}
      />
    </Stack>
  );
}
