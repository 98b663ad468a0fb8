import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  createOwnExercise,
  exercisesQuery,
  type OwnExerciseInput,
  uploadStarter,
} from '../../api/assessments';
import { ApiError, errorMessage } from '../../api/client';

type Source = OwnExerciseInput['hiddenChecks']['source'];

const sourceHelp: Record<Source, { label: string; file: string; help: string }> = {
  checks: {
    label: 'Hirebench checks (JSON)',
    file: 'Checks file (.json)',
    help: 'A JSON list of checks: each sends requests to the candidate’s service and says what must come back (status, JSON body, headers).',
  },
  postman: {
    label: 'Postman collection',
    file: 'Collection file (.json, Collection v2.1)',
    help: 'Export the collection as “Collection v2.1”. Write request URLs as {{baseUrl}}/…: the grader points baseUrl at the candidate’s service. Every pm.test is one check; folders named correctness, validation, errors, persistence, concurrency or security set the category.',
  },
  openapi: {
    label: 'OpenAPI document',
    file: 'OpenAPI 3 document (.json)',
    help: 'Every operation with examples for its required parameters and body is called, and every answer must match the document: a documented status and a body that fits its schema.',
  },
};

/** Reads a JSON file or pasted text; a readable error when it is not JSON. */
function parseJson(
  text: string,
  what: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `The ${what} is not valid JSON: ${(error as Error).message}` };
  }
}

/** KEY=VALUE lines for the Postman environment. */
function parseEnvironment(
  text: string,
): { ok: true; value: Record<string, string> } | { ok: false; message: string } {
  const value: Record<string, string> = {};
  for (const line of text
    .split('\n')
    .map((entry) => entry.trim())
    .filter(Boolean)) {
    const match = /^([A-Za-z_][\w.-]*)\s*=(.*)$/.exec(line);
    if (!match) return { ok: false, message: `Write each variable as NAME=value (“${line}” is not).` };
    value[match[1]!] = match[2]!.trim();
  }
  return { ok: true, value };
}

/** Create one of the organisation's own exercises: brief, checks from one of three sources, optional starter zip. */
export function NewExerciseModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [hours, setHours] = useState<number | string>(3);
  const [brief, setBrief] = useState('');
  const [source, setSource] = useState<Source>('checks');
  const [checksText, setChecksText] = useState('');
  const [environment, setEnvironment] = useState('');
  const [starter, setStarter] = useState<File | null>(null);
  const [problems, setProblems] = useState<{
    message: string;
    details: { path: string; message: string }[];
  } | null>(null);

  const reset = () => {
    setTitle('');
    setSummary('');
    setBrief('');
    setChecksText('');
    setEnvironment('');
    setStarter(null);
    setProblems(null);
  };

  const save = useMutation({
    mutationFn: async () => {
      const parsed = parseJson(checksText, 'checks file');
      if (!parsed.ok) throw new ApiError(400, 'validation_failed', parsed.message);
      let hiddenChecks: OwnExerciseInput['hiddenChecks'];
      if (source === 'postman') {
        const env = parseEnvironment(environment);
        if (!env.ok) throw new ApiError(400, 'validation_failed', env.message);
        hiddenChecks = { source, collection: parsed.value, environment: env.value };
      } else if (source === 'openapi') hiddenChecks = { source, document: parsed.value };
      else hiddenChecks = { source, checks: parsed.value };
      const created = await createOwnExercise({
        title,
        summary,
        brief,
        timeLimitMinutes: Math.round(Number(hours) * 60),
        hiddenChecks,
      });
      if (starter) await uploadStarter(created.exercise.id, starter);
      return created.exercise;
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: exercisesQuery.queryKey });
      reset();
      onClose();
    },
    onError: (error) =>
      setProblems({
        message: errorMessage(error),
        details: error instanceof ApiError ? error.details : [],
      }),
  });

  const readFile = async (file: File | null) => {
    if (file) setChecksText(await file.text());
  };

  return (
    <Modal opened={opened} onClose={onClose} title="New exercise" size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setProblems(null);
          save.mutate();
        }}
      >
        <Stack gap="md">
          <TextInput
            label="Title"
            required
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <TextInput
            label="Summary"
            description="One sentence; it appears in lists and in the e-mail to the candidate."
            required
            value={summary}
            onChange={(event) => setSummary(event.currentTarget.value)}
          />
          <NumberInput
            label="Suggested time (hours)"
            min={0.25}
            max={336}
            step={0.5}
            value={hours}
            onChange={setHours}
            w={220}
          />
          <Textarea
            label="Brief"
            description="What the candidate reads, in Markdown: the task, the endpoints, how to run it (PORT and DATA_DIR)."
            required
            autosize
            minRows={5}
            maxRows={14}
            value={brief}
            onChange={(event) => setBrief(event.currentTarget.value)}
          />
          <FileInput
            label="Starter files (optional)"
            description="A .zip the candidate downloads. Without one, they get the brief as README.md."
            accept=".zip,application/zip"
            clearable
            value={starter}
            onChange={setStarter}
          />
          <Stack gap={6}>
            <Text fw={500} size="sm">
              Hidden checks
            </Text>
            <SegmentedControl
              value={source}
              onChange={(value) => setSource(value as Source)}
              data={(Object.keys(sourceHelp) as Source[]).map((value) => ({
                value,
                label: sourceHelp[value].label,
              }))}
            />
            <Text size="sm" c="dimmed">
              {sourceHelp[source].help}
            </Text>
          </Stack>
          <FileInput
            label={sourceHelp[source].file}
            placeholder="Choose a file, or paste below"
            accept=".json,application/json"
            onChange={(file) => void readFile(file)}
          />
          <Textarea
            label="Or paste the JSON"
            autosize
            minRows={4}
            maxRows={12}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
            value={checksText}
            onChange={(event) => setChecksText(event.currentTarget.value)}
          />
          {source === 'postman' && (
            <Textarea
              label="Environment variables (optional)"
              description="One per line, NAME=value. baseUrl is set by the grader."
              autosize
              minRows={2}
              value={environment}
              onChange={(event) => setEnvironment(event.currentTarget.value)}
            />
          )}
          {problems && (
            <Alert color="red" title="Not saved yet" role="alert">
              <Text size="sm">{problems.message}</Text>
              {problems.details.length > 1 && (
                <List size="sm" mt="xs">
                  {problems.details.slice(0, 12).map((detail) => (
                    <List.Item key={`${detail.path}:${detail.message}`}>
                      <Text span ff="monospace" size="xs">
                        {detail.path}
                      </Text>
                      : {detail.message}
                    </List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!checksText.trim()}>
              Save exercise
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
