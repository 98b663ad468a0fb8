import { queryOptions } from '@tanstack/react-query';
import { api, uploadForm } from './client';
import type { ItemList } from './types';

// Shapes from src/candidates/import/import.presenters.ts.

export type ImportField =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'emails'
  | 'phone'
  | 'location'
  | 'headline'
  | 'currentTitle'
  | 'currentCompany'
  | 'github'
  | 'linkedin'
  | 'stackoverflow'
  | 'website'
  | 'skills'
  | 'totalYears'
  | 'source'
  | 'sourceDetail'
  | 'tags'
  | 'externalId'
  | 'salaryAmount'
  | 'salaryCurrency'
  | 'noticePeriodWeeks';

/** `{ field: column header }`; fields left out are not imported. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

export type CsvPreview = {
  headers: string[];
  sampleRows: string[][];
  suggestedMapping: ColumnMapping;
  rowCountEstimate: number;
  delimiter: string;
  encoding: 'utf-8' | 'windows-1252';
  fields: ImportField[];
  warnings: string[];
};

export type ImportIssue = { row: number; field: string | null; message: string };

export type ImportStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export type ImportSummary = {
  id: string;
  filename: string;
  format: 'csv' | 'json';
  status: ImportStatus;
  dryRun: boolean;
  mapping: ColumnMapping;
  totalRows: number | null;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  errorCount: number;
  progress: number;
  createdBy: string | null;
  createdAt: string;
  finishedAt: string | null;
};

export type CandidateImport = ImportSummary & {
  errors: ImportIssue[];
  warnings: ImportIssue[];
  omittedIssues: number;
};

export const maxImportBytes = 50 * 1024 * 1024;
const tooLargeMessage = 'The file is larger than 50 MB. Split it into smaller files and import each.';

export function previewCsv(file: File, onProgress: (fraction: number) => void) {
  const body = new FormData();
  body.append('file', file);
  return uploadForm<CsvPreview>('/candidate-imports/preview', body, { onProgress, tooLargeMessage });
}

export function startCsvImport(
  file: File,
  mapping: ColumnMapping,
  dryRun: boolean,
  onProgress: (fraction: number) => void,
) {
  const body = new FormData();
  body.append('mapping', JSON.stringify(mapping));
  body.append('dryRun', String(dryRun));
  body.append('file', file);
  return uploadForm<{ import: CandidateImport }>('/candidate-imports', body, { onProgress, tooLargeMessage });
}

export function startJsonImport(file: File, dryRun: boolean, onProgress: (fraction: number) => void) {
  const body = new FormData();
  body.append('dryRun', String(dryRun));
  body.append('file', file);
  return uploadForm<{ import: CandidateImport }>('/candidates/import-json', body, {
    onProgress,
    tooLargeMessage,
  });
}

const isFinished = (status: ImportStatus) => status === 'succeeded' || status === 'failed';

/** Polls twice a second until the import has finished. */
export const candidateImportQuery = (id: string) =>
  queryOptions({
    queryKey: ['candidate-imports', id],
    queryFn: () =>
      api.get<{ import: CandidateImport }>(`/candidate-imports/${id}`).then((body) => body.import),
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data.status) ? false : 500),
  });

export const recentImportsQuery = () =>
  queryOptions({
    queryKey: ['candidate-imports'],
    queryFn: () =>
      api.get<ItemList<ImportSummary>>('/candidate-imports', { limit: 10 }).then((body) => body.items),
  });

/** A plain link: the browser downloads the streamed document with the session cookie. */
export const candidateExportUrl = '/api/v1/candidates/export';
