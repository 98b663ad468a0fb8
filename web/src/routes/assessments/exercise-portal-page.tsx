import { Alert, Button, Divider, FileInput, Group, Progress, Stack, Text, Typography } from '@mantine/core';
import { IconCircleCheck, IconClock, IconDownload, IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import {
  type PublicExercise,
  publicExerciseQuery,
  starterUrl,
  startPublicExercise,
  uploadSubmission,
} from '../../api/assessments';
import { ApiError, errorMessage } from '../../api/client';
import { FormError } from '../../components/form-error';
import { PublicPage } from '../../components/public-page';
import { LoadingState } from '../../components/query-states';
import { formatDateTime } from '../../lib/format';
import { renderBrief } from './brief-markdown';

const route = getRouteApi('/exercise/$token');

const duration = (minutes: number) =>
  minutes % 60 === 0 ? `${minutes / 60} hour${minutes === 60 ? '' : 's'}` : `${minutes} minutes`;

/** The candidate's page behind the e-mailed link: read the brief, start the clock, download, upload. */
export function ExercisePortalPage() {
  const { token } = route.useParams();
  const lookup = useQuery(publicExerciseQuery(token));
  if (lookup.isError) {
    const status = lookup.error instanceof ApiError ? lookup.error.status : 0;
    return (
      <PublicPage
        title={status === 404 ? 'This link no longer works' : 'We could not open the exercise'}
        description={errorMessage(lookup.error)}
      >
        {false}
      </PublicPage>
    );
  }
  if (!lookup.data) {
    return (
      <PublicPage title="Opening the exercise">
        <LoadingState label="Opening the exercise" />
      </PublicPage>
    );
  }
  return <Portal token={token} exercise={lookup.data} />;
}

function useNow(active: boolean) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

function remaining(ms: number) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

function Portal({ token, exercise }: { token: string; exercise: PublicExercise }) {
  const queryClient = useQueryClient();
  const brief = useMemo(() => renderBrief(exercise.exercise.brief), [exercise.exercise.brief]);
  const running = exercise.started && !exercise.timeUp;
  const now = useNow(running);
  const left = exercise.deadlineAt ? new Date(exercise.deadlineAt).getTime() - now : 0;
  const start = useMutation({
    mutationFn: () => startPublicExercise(token),
    onSuccess: (data) => queryClient.setQueryData(publicExerciseQuery(token).queryKey, data),
  });

  return (
    <PublicPage
      brand={exercise.organisation}
      title={exercise.exercise.title}
      description={`Hi ${exercise.candidateFirstName} — a practical exercise for the ${exercise.job} role.`}
      width={760}
    >
      <Stack gap="lg">
        {!exercise.started && (
          <Alert
            color="indigo"
            variant="light"
            icon={<IconClock aria-hidden />}
            title="Your time has not started"
          >
            Read the brief at your own pace. When you press Start you have{' '}
            {duration(exercise.timeLimitMinutes)} to upload your work, and you may upload again until then.
            Please start before {formatDateTime(exercise.expiresAt)}.
          </Alert>
        )}
        {running && exercise.deadlineAt && (
          <Alert
            color={left < 15 * 60_000 ? 'orange' : 'teal'}
            variant="light"
            icon={<IconClock aria-hidden />}
          >
            <Group justify="space-between">
              <Text>Time left until {formatDateTime(exercise.deadlineAt)}</Text>
              <Text fw={700} ff="monospace" fz="lg" role="timer" aria-live="off">
                {remaining(left)}
              </Text>
            </Group>
          </Alert>
        )}
        {exercise.timeUp && (
          <Alert color="gray" variant="light" title="The time is up">
            {exercise.lastSubmission
              ? `Thank you — we review ${exercise.lastSubmission.filename}, uploaded ${formatDateTime(exercise.lastSubmission.submittedAt)}.`
              : 'No work was uploaded before the deadline.'}
          </Alert>
        )}

        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: raw HTML in the brief is escaped and only http(s) links are kept */}
        <Typography dangerouslySetInnerHTML={{ __html: brief }} />

        <Divider />
        {!exercise.started ? (
          <Stack gap="xs" align="flex-start">
            <FormError error={start.error} />
            <Button size="md" loading={start.isPending} onClick={() => start.mutate()}>
              Start — my {duration(exercise.timeLimitMinutes)} begin now
            </Button>
          </Stack>
        ) : (
          <Stack gap="md">
            <Group>
              <Button
                component="a"
                href={starterUrl(token)}
                download
                variant="default"
                leftSection={<IconDownload size={18} aria-hidden />}
              >
                Download the starter (zip)
              </Button>
            </Group>
            {exercise.lastSubmission && (
              <Text size="sm">
                Last upload: <strong>{exercise.lastSubmission.filename}</strong> at{' '}
                {formatDateTime(exercise.lastSubmission.submittedAt)}
              </Text>
            )}
            {running && <UploadForm token={token} maxBytes={exercise.maxUploadBytes} />}
          </Stack>
        )}
      </Stack>
    </PublicPage>
  );
}

function UploadForm({ token, maxBytes }: { token: string; maxBytes: number }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fraction, setFraction] = useState(0);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadSubmission(token, chosen, setFraction),
    onSuccess: (result) => {
      setConfirmation(result.message);
      setFile(null);
      void queryClient.invalidateQueries({ queryKey: publicExerciseQuery(token).queryKey });
    },
  });
  const tooLarge = file !== null && file.size > maxBytes;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || tooLarge) return;
    setConfirmation(null);
    setFraction(0);
    upload.mutate(file);
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <FileInput
          label="Your work"
          description={`A .zip, a .tar.gz or a git bundle of your project, up to ${Math.round(maxBytes / 1024 / 1024)} MB. Leave out node_modules.`}
          placeholder="Choose a file"
          accept=".zip,.tar.gz,.tgz,.bundle,application/zip,application/gzip"
          value={file}
          onChange={setFile}
          error={tooLarge ? 'This file is larger than 20 MB.' : undefined}
          clearable
        />
        {upload.isPending && <Progress value={fraction * 100} aria-label="Upload progress" animated />}
        <FormError error={upload.error} />
        {confirmation && (
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title="Received">
            {confirmation}
          </Alert>
        )}
        <Group>
          <Button
            type="submit"
            leftSection={<IconUpload size={18} aria-hidden />}
            disabled={!file || tooLarge}
            loading={upload.isPending}
          >
            Upload
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
