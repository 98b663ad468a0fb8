import {
  Alert,
  Button,
  Divider,
  FileInput,
  Group,
  Progress,
  Stack,
  Text,
  Title,
  Typography,
} from '@mantine/core';
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
import { browserTimeZone, formatInZone, utcOffsetLabel } from '../../lib/time-zones';
import { renderBrief } from './brief-markdown';

const route = getRouteApi('/exercise/$token');

/** "Friday 8 May 2026, 17:30, Asia/Tokyo time (UTC+9)": the candidate's own clock, said so. */
function inYourTime(iso: string): string {
  const zone = browserTimeZone();
  const when = formatInZone(iso, zone);
  return zone === 'UTC' ? `${when} UTC` : `${when}, ${zone} time (${utcOffsetLabel(zone, new Date(iso))})`;
}

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
  // The page's title is the exercise's: a brief that opens with the same line would say it twice.
  const brief = useMemo(
    () =>
      renderBrief(
        exercise.exercise.brief.replace(/^#\s+(.+)\n/, (line, title: string) =>
          title.trim() === exercise.exercise.title ? '' : line,
        ),
      ),
    [exercise.exercise.brief, exercise.exercise.title],
  );
  const running = exercise.started && !exercise.timeUp;
  const now = useNow(running);
  const left = exercise.deadlineAt ? new Date(exercise.deadlineAt).getTime() - now : 0;
  const start = useMutation({
    mutationFn: () => startPublicExercise(token),
    onSuccess: (data) => {
      queryClient.setQueryData(publicExerciseQuery(token).queryKey, data);
      // The Start button is gone: keyboard and screen-reader users continue at the starter and the upload.
      requestAnimationFrame(() => document.getElementById('hand-in-heading')?.focus());
    },
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
            Please start before {inYourTime(exercise.expiresAt)}. The Start button is at the end of the brief.
          </Alert>
        )}
        {running && exercise.deadlineAt && (
          <Alert
            color={left < 15 * 60_000 ? 'orange' : 'teal'}
            variant="light"
            icon={<IconClock aria-hidden />}
          >
            <Group justify="space-between" align="flex-start" gap="xs">
              <Text>
                Your deadline is <strong>{inYourTime(exercise.deadlineAt)}</strong>.
              </Text>
              <Text fw={700} ff="monospace" fz="lg" role="timer" aria-live="off" aria-label="Time left">
                {remaining(left)} left
              </Text>
            </Group>
          </Alert>
        )}
        {exercise.timeUp && (
          <Alert color="gray" variant="light" title="The time is up">
            {exercise.lastSubmission
              ? `Thank you — we review ${exercise.lastSubmission.filename}, uploaded ${inYourTime(exercise.lastSubmission.submittedAt)}.`
              : 'No work was uploaded before the deadline.'}
          </Alert>
        )}

        {/* Once the clock runs, the starter and the upload come first: the brief below is for reference. */}
        {exercise.started && (
          <Stack
            component="section"
            aria-labelledby="hand-in-heading"
            gap="md"
            p="md"
            bg="gray.0"
            style={{ borderRadius: 8 }}
          >
            <Title order={2} fz="lg" id="hand-in-heading" tabIndex={-1}>
              Hand in your work
            </Title>
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
                {inYourTime(exercise.lastSubmission.submittedAt)}
              </Text>
            )}
            {running && (
              <UploadForm
                token={token}
                maxBytes={exercise.maxUploadBytes}
                written={exercise.exercise.kind === 'rubric'}
              />
            )}
          </Stack>
        )}

        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: raw HTML in the brief is escaped and only http(s) links are kept */}
        <Typography dangerouslySetInnerHTML={{ __html: brief }} />

        {!exercise.started && (
          <>
            <Divider />
            <Stack gap="xs" align="flex-start">
              <Text size="sm">Ready? The starter files and the upload appear once you start.</Text>
              <FormError error={start.error} />
              <Button size="md" loading={start.isPending} onClick={() => start.mutate()}>
                Start — my {duration(exercise.timeLimitMinutes)} begin now
              </Button>
            </Stack>
          </>
        )}
      </Stack>
    </PublicPage>
  );
}

/** A written exercise (read by reviewers, never run) also takes a single document. */
function UploadForm({ token, maxBytes, written }: { token: string; maxBytes: number; written: boolean }) {
  const megabytes = Math.round(maxBytes / 1024 / 1024);
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
          description={
            written
              ? `Your answer as a .md, .txt or .pdf file, or a .zip with your documents, up to ${megabytes} MB.`
              : `A .zip, a .tar.gz or a git bundle of your project, up to ${megabytes} MB. Leave out node_modules.`
          }
          placeholder="Choose a file"
          accept={
            written
              ? '.md,.markdown,.txt,.pdf,.zip,text/markdown,text/plain,application/pdf,application/zip'
              : '.zip,.tar.gz,.tgz,.bundle,application/zip,application/gzip'
          }
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
