import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../accounts/accounts.contract.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { saveFile } from '../../platform/files/file-store.ts';
import { authOf } from '../../platform/http/auth-hooks.ts';
import type { App } from '../../platform/http/types.ts';
import type { Services } from '../../platform/services.ts';
import {
  type ColumnMapping,
  candidateImportFields,
  columnMappingSchema,
  suggestMapping,
} from './csv-mapping.ts';
import { bufferSource, CsvFileError, notCsvReason, previewCsv, readCsvHeader } from './csv-reader.ts';
import {
  importSchema,
  importSummarySchema,
  presentImport,
  presentImportSummary,
  previewSchema,
} from './import.presenters.ts';
import {
  CSV_PURPOSE,
  candidateImportJob,
  IMPORT_FILE_MAX_BYTES,
  JSON_PURPOSE,
  missingColumns,
} from './import.service.ts';
import { getImport, insertImport, listImports } from './import.store.ts';
import { exportCandidatesJson, parseCandidateDocument, validateCandidateDocument } from './json-transfer.ts';

const tags = ['candidates'];
const importers = ['admin', 'recruiter'] as const;
const MAX_MB = IMPORT_FILE_MAX_BYTES / 1024 / 1024;

type Upload = { filename: string; content: Buffer };

/** The one file (field `file`) and the text fields of a multipart request. */
async function readUpload(
  request: FastifyRequest,
): Promise<{ file: Upload | null; fields: Record<string, string> }> {
  const fields: Record<string, string> = {};
  let file: Upload | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname === 'file' && !file) file = { filename: part.filename || 'upload', content };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('payload_too_large', `The file is larger than ${MAX_MB} MB.`);
    }
    throw error;
  }
  return { file, fields };
}

function requireFile(file: Upload | null): Upload {
  if (!file || file.content.length === 0) {
    throw new AppError('validation_failed', 'Attach a file in the field "file".', [
      { path: 'file', message: 'Missing or empty.' },
    ]);
  }
  return file;
}

function requireCsv(file: Upload | null): Upload {
  const upload = requireFile(file);
  const reason = notCsvReason(upload.content);
  if (reason) throw new AppError('unsupported_media_type', reason);
  return upload;
}

function dryRunOf(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw invalid('dryRun', 'Use "true" or "false".');
}

function mappingOf(text: string | undefined, headers: string[]): ColumnMapping {
  let mapping: unknown = suggestMapping(headers);
  if (text !== undefined && text.trim() !== '') {
    try {
      mapping = JSON.parse(text);
    } catch {
      throw invalid(
        'mapping',
        'The mapping is not valid JSON: send {"name": "Full Name", "email": "Email", …}.',
      );
    }
  }
  const parsed = columnMappingSchema.safeParse(mapping);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      parsed.error.issues.length === 1 ? parsed.error.issues[0]!.message : 'The mapping is not valid.',
      parsed.error.issues.map((issue) => ({
        path: ['mapping', ...issue.path].join('.'),
        message: issue.message,
      })),
    );
  }
  const missing = missingColumns(parsed.data, headers);
  if (missing.length > 0) {
    throw new AppError(
      'validation_failed',
      `The file has no column ${missing.map((entry) => `"${entry.header}"`).join(', ')}.`,
      missing.map((entry) => ({
        path: `mapping.${entry.field}`,
        message: `No column "${entry.header}" in the file.`,
      })),
    );
  }
  return parsed.data;
}

async function fileError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CsvFileError) throw new AppError('unprocessable', error.message);
    throw error;
  }
}

export function candidateImportRoutes(app: App, services: Services) {
  /** Stores the file and queues the job with the import row, all in one transaction. */
  const startImport = (
    request: FastifyRequest,
    values: { upload: Upload; purpose: string; contentType: string; mapping: ColumnMapping; dryRun: boolean },
  ) => {
    const auth = authOf(request);
    return services.db.transaction(async (tx) => {
      const importId = randomUUID();
      const file = await saveFile(tx, {
        orgId: auth.orgId,
        ownerType: 'import',
        ownerId: importId,
        purpose: values.purpose,
        filename: values.upload.filename,
        contentType: values.contentType,
        content: values.upload.content,
      });
      const job = await services.queue.enqueue(
        tx,
        candidateImportJob,
        { importId, orgId: auth.orgId, actorUserId: auth.user.id },
        { orgId: auth.orgId },
      );
      return insertImport(tx, {
        id: importId,
        orgId: auth.orgId,
        filename: file.filename,
        fileId: file.id,
        mapping: values.mapping,
        dryRun: values.dryRun,
        jobId: job.id,
        createdBy: auth.user.id,
      });
    });
  };

  app.register(async (scope) => {
    const upload = scope.withTypeProvider<ZodTypeProvider>();
    await upload.register(fastifyMultipart, {
      limits: { fileSize: IMPORT_FILE_MAX_BYTES, files: 1, fields: 5, parts: 6 },
    });

    upload.post(
      '/candidate-imports/preview',
      {
        config: { access: importers },
        schema: {
          tags,
          summary:
            'Upload a CSV (up to 50 MB, field `file`) to see its columns, the first rows and a suggested mapping',
          consumes: ['multipart/form-data'],
          response: { 200: previewSchema },
        },
      },
      async (request) => {
        const file = requireCsv((await readUpload(request)).file);
        const preview = await fileError(() => previewCsv(bufferSource(file.content), file.content.length));
        return {
          headers: preview.headers,
          sampleRows: preview.sampleRows,
          suggestedMapping: suggestMapping(preview.headers) as Record<string, string>,
          rowCountEstimate: preview.rowCountEstimate,
          delimiter: preview.format.delimiter,
          encoding: preview.format.encoding,
          fields: [...candidateImportFields],
          warnings: preview.warnings,
        };
      },
    );

    upload.post(
      '/candidate-imports',
      {
        config: { access: importers },
        schema: {
          tags,
          summary:
            'Import candidates from a CSV in the background (multipart: `file`, `mapping` as JSON {field: column}, `dryRun`); poll GET /candidate-imports/:id',
          consumes: ['multipart/form-data'],
          response: { 202: z.object({ import: importSchema }) },
        },
      },
      async (request, reply) => {
        const { file: received, fields } = await readUpload(request);
        const file = requireCsv(received);
        const dryRun = dryRunOf(fields.dryRun);
        const { headers } = await fileError(() => readCsvHeader(bufferSource(file.content)));
        const mapping = mappingOf(fields.mapping, headers);
        const row = await startImport(request, {
          upload: file,
          purpose: CSV_PURPOSE,
          contentType: 'text/csv',
          mapping,
          dryRun,
        });
        return reply.status(202).send({ import: presentImport(row) });
      },
    );

    upload.post(
      '/candidates/import-json',
      {
        config: { access: importers },
        bodyLimit: IMPORT_FILE_MAX_BYTES,
        schema: {
          tags,
          summary:
            'Import a candidate export ({version: 1, candidates: [...]}, as the JSON body or a multipart `file`) in the background; e-mail identifies people already here',
          consumes: ['application/json', 'multipart/form-data'],
          querystring: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
          response: { 202: z.object({ import: importSchema }) },
        },
      },
      async (request, reply) => {
        let file: Upload;
        let dryRun = request.query.dryRun === 'true';
        let checked: ReturnType<typeof validateCandidateDocument>;
        if (request.isMultipart()) {
          const { file: received, fields } = await readUpload(request);
          file = requireFile(received);
          if (fields.dryRun !== undefined) dryRun = dryRunOf(fields.dryRun);
          checked = parseCandidateDocument(file.content.toString('utf8'));
        } else {
          checked = validateCandidateDocument(request.body);
          file = { filename: 'candidates.json', content: Buffer.from(JSON.stringify(request.body)) };
        }
        if ('error' in checked) throw new AppError('validation_failed', checked.error, checked.details);
        const row = await startImport(request, {
          upload: file,
          purpose: JSON_PURPOSE,
          contentType: 'application/json',
          mapping: {},
          dryRun,
        });
        return reply.status(202).send({ import: presentImport(row) });
      },
    );
  });

  app.get(
    '/candidate-imports/:id',
    {
      config: { access: importers },
      schema: {
        tags,
        summary: 'An import’s progress, counts and per-row errors',
        params: idParams,
        response: { 200: z.object({ import: importSchema }) },
      },
    },
    async (request) => ({
      import: presentImport(await getImport(services.db, authOf(request).orgId, request.params.id)),
    }),
  );

  app.get(
    '/candidate-imports',
    {
      config: { access: importers },
      schema: {
        tags,
        summary: 'Recent candidate imports, newest first',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: z.object({ items: z.array(importSummarySchema) }) },
      },
    },
    async (request) => ({
      items: (await listImports(services.db, authOf(request).orgId, request.query.limit)).map(
        presentImportSummary,
      ),
    }),
  );

  app.get(
    '/candidates/export',
    {
      config: { access: importers },
      schema: {
        tags,
        summary:
          'Download every candidate (skills, experience, tags, links; no files) as one JSON document, streamed',
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const exportedAt = new Date();
      await recordAudit(services.db, {
        orgId: auth.orgId,
        actorUserId: auth.user.id,
        action: 'candidates.exported',
        ip: request.ip,
      });
      return reply
        .type('application/json; charset=utf-8')
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `attachment; filename="candidates-${exportedAt.toISOString().slice(0, 10)}.json"`,
        )
        .send(Readable.from(exportCandidatesJson(services.db, auth.orgId, { exportedAt })));
    },
  );
}
