import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import {
  type ColumnMapping,
  type CsvPreview,
  candidateExportUrl,
  candidateImportQuery,
  maxImportBytes,
  previewCsv,
  startCsvImport,
  startJsonImport,
} from '../../../api/candidate-imports';
import { ApiError } from '../../../api/client';
import { FileDropZone } from '../../../components/file-drop-zone';
import { FormError } from '../../../components/form-error';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { ColumnMappingForm, SampleRows } from './column-mapping';
import { delimiterNames, formatCount } from './import-labels';
import { ImportProgress } from './import-progress';
import { RecentImports } from './recent-imports';

const route = getRouteApi('/app/candidates/import');

/** A file chosen and read, waiting for the person to start the import (CSV after mapping its columns). */
type Draft =
  | { kind: 'csv'; file: File; preview: CsvPreview; mapping: ColumnMapping }
  | { kind: 'json'; file: File };

const accept = '.csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,text/plain,application/json';
const isJson = (file: File) => file.name.toLowerCase().endsWith('.json') || file.type === 'application/json';

export function ImportCandidatesPage() {
  const { importId } = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [upload, setUpload] = useState<number | null>(null);
  const [error, setError] = useState<{ error: unknown; fileName?: string } | null>(null);

  const showImport = (id: string | undefined) => void navigate({ search: id ? { importId: id } : {} });

  const chooseFile = async (file: File) => {
    setError(null);
    if (file.size > maxImportBytes) {
      setError({
        error: new ApiError(413, 'payload_too_large', 'The file is larger than 50 MB.'),
        fileName: file.name,
      });
      return;
    }
    if (isJson(file)) {
      setDraft({ kind: 'json', file });
      return;
    }
    setUpload(0);
    try {
      const preview = await previewCsv(file, setUpload);
      setDraft({ kind: 'csv', file, preview, mapping: preview.suggestedMapping });
    } catch (caught) {
      setError({ error: caught, fileName: file.name });
    } finally {
      setUpload(null);
    }
  };

  const start = async (dryRun: boolean) => {
    if (!draft) return;
    setError(null);
    setUpload(0);
    try {
      const started =
        draft.kind === 'csv'
          ? await startCsvImport(draft.file, draft.mapping, dryRun, setUpload)
          : await startJsonImport(draft.file, dryRun, setUpload);
      queryClient.setQueryData(candidateImportQuery(started.import.id).queryKey, started.import);
      void queryClient.invalidateQueries({ queryKey: ['candidate-imports'], exact: true });
      showImport(started.import.id);
    } catch (caught) {
      setError({ error: caught });
    } finally {
      setUpload(null);
    }
  };

  const reset = () => {
    setDraft(null);
    setError(null);
    showImport(undefined);
  };

  return (
    <>
      <PageHeader
        title="Import candidates"
        description="Bring a spreadsheet or another Hirebench export into your pool. People already here are recognised by e-mail, phone, GitHub or their id in the file, so importing twice never duplicates anyone."
        actions={
          <Button
            component="a"
            href={candidateExportUrl}
            download
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
          >
            Export the pool (JSON)
          </Button>
        }
      />
      {importId ? (
        <RunView
          importId={importId}
          draft={draft}
          busy={upload !== null}
          error={error?.error}
          onImportNow={() => void start(false)}
          onBackToMapping={() => showImport(undefined)}
          onAnother={reset}
        />
      ) : draft ? (
        <DraftView
          draft={draft}
          onChange={setDraft}
          upload={upload}
          error={error?.error}
          onStart={(dryRun) => void start(dryRun)}
          onCancel={reset}
        />
      ) : (
        <Stack gap="md">
          <FileDropZone
            onFile={(file) => void chooseFile(file)}
            accept={accept}
            inputLabel="Candidate file"
            title="Drag a CSV file here"
            dropTitle="Drop the file to read its columns"
            hint="A CSV export from a spreadsheet or another hiring tool (commas, semicolons or tabs; UTF-8 or Windows encoding), or a Hirebench JSON export — up to 50 MB. You map the columns and can check every row before anything is written."
            processingLabel="Reading the columns…"
            progress={upload}
            error={error?.error}
            {...(error?.fileName ? { refusedFileName: error.fileName } : {})}
          />
          <RecentImports />
        </Stack>
      )}
    </>
  );
}

type DraftViewProps = {
  draft: Draft;
  onChange: (draft: Draft) => void;
  upload: number | null;
  error: unknown;
  onStart: (dryRun: boolean) => void;
  onCancel: () => void;
};

function DraftView({ draft, onChange, upload, error, onStart, onCancel }: DraftViewProps) {
  const busy = upload !== null;
  const nameMapped =
    draft.kind === 'json' || Boolean(draft.mapping.name || draft.mapping.firstName || draft.mapping.lastName);
  const rows = draft.kind === 'csv' ? draft.preview.rowCountEstimate : null;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text fw={600}>{draft.file.name}</Text>
            <Text size="sm" c="dimmed">
              {draft.kind === 'csv'
                ? `About ${formatCount(rows ?? 0)} rows · ${draft.preview.headers.length} columns separated by ${delimiterNames[draft.preview.delimiter] ?? draft.preview.delimiter} · ${draft.preview.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252'}`
                : 'A Hirebench candidate export: skills, experience, tags and links come in as they are.'}
            </Text>
          </Stack>
          <Anchor component="button" type="button" size="sm" onClick={onCancel}>
            Choose another file
          </Anchor>
        </Group>
      </Paper>

      {draft.kind === 'csv' && draft.preview.warnings.length > 0 && (
        <Alert color="yellow" icon={<IconInfoCircle aria-hidden />} title="Worth a look">
          {draft.preview.warnings.map((warning) => (
            <Text key={warning} size="sm">
              {warning}
            </Text>
          ))}
        </Alert>
      )}

      {draft.kind === 'csv' && (
        <>
          <Stack gap="xs">
            <Title order={2} fz="lg">
              The first rows of your file
            </Title>
            <SampleRows preview={draft.preview} />
          </Stack>
          <Stack gap="xs">
            <Title order={2} fz="lg">
              Match the columns
            </Title>
            <Text size="sm" c="dimmed">
              Hirebench guessed from the column names; change anything that is wrong. Columns you leave out
              are not imported.
            </Text>
            <ColumnMappingForm
              preview={draft.preview}
              mapping={draft.mapping}
              onChange={(mapping) => onChange({ ...draft, mapping })}
            />
          </Stack>
        </>
      )}

      {!nameMapped && (
        <Alert color="red" role="alert">
          Choose the column that holds the name (or the first and last name) — every candidate needs one.
        </Alert>
      )}
      <FormError error={error} />
      {busy && (
        <Text size="sm" role="status">
          Sending the file… {Math.round((upload ?? 0) * 100)}%
        </Text>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" disabled={!nameMapped || busy} onClick={() => onStart(true)}>
          Check every row first
        </Button>
        <Button disabled={!nameMapped || busy} loading={busy} onClick={() => onStart(false)}>
          {rows ? `Import about ${formatCount(rows)} candidates` : 'Import candidates'}
        </Button>
      </Group>
    </Stack>
  );
}

type RunViewProps = {
  importId: string;
  draft: Draft | null;
  busy: boolean;
  error: unknown;
  onImportNow: () => void;
  onBackToMapping: () => void;
  onAnother: () => void;
};

function RunView({ importId, draft, busy, error, onImportNow, onBackToMapping, onAnother }: RunViewProps) {
  const run = useQuery(candidateImportQuery(importId));
  const queryClient = useQueryClient();
  const landed = run.data?.status === 'succeeded' && !run.data.dryRun;
  // The pool, its searches and the list of imports changed: what was cached before the import is stale.
  useEffect(() => {
    if (!landed) return;
    void queryClient.invalidateQueries({ queryKey: ['candidates'] });
    void queryClient.invalidateQueries({ queryKey: ['candidate-imports'], exact: true });
  }, [landed, queryClient]);
  if (run.isPending) return <LoadingState label="Loading the import" />;
  if (run.isError) return <ErrorState error={run.error} onRetry={() => run.refetch()} />;
  const finished = run.data.status === 'succeeded' || run.data.status === 'failed';

  return (
    <Stack gap="lg">
      <ImportProgress run={run.data} />
      <FormError error={error} />
      {finished && (
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onAnother}>
            Import another file
          </Button>
          {run.data.dryRun && draft && (
            <>
              {draft.kind === 'csv' && (
                <Button variant="default" onClick={onBackToMapping}>
                  Change the mapping
                </Button>
              )}
              <Button onClick={onImportNow} loading={busy}>
                Import now
              </Button>
            </>
          )}
          {!run.data.dryRun && (
            <Button renderRoot={(props) => <Link {...props} to="/candidates" />}>See the candidates</Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
