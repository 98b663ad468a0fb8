import fastifyMultipart from '@fastify/multipart';
import { and, eq } from 'drizzle-orm';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../accounts/accounts.contract.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { saveFile } from '../platform/files/file-store.ts';
import { storedFiles } from '../platform/files/files.tables.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { requireJob } from '../roles/roles.service.ts';
import { getSkill } from '../skills/taxonomy.ts';
import { addCandidateToJob } from './applications.service.ts';
import { candidateInputSchema, normaliseCandidate } from './candidate-input.ts';
import { createCandidate, findDuplicates, mergeCandidates, updateCandidate } from './candidates.service.ts';
import { getCandidate } from './candidates.store.ts';
import { extractResumeText, parseResume } from './resume/index.ts';

const tags = ['candidates'];
const recruiters = ['admin', 'recruiter', 'hiring_manager'] as const;
export const RESUME_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

const duplicateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  matchedOn: z.array(z.enum(['email', 'phone', 'github'])),
});

export function intakeRoutes(app: App, services: Services) {
  app.register(async (scope) => {
    const upload = scope.withTypeProvider<ZodTypeProvider>();
    await upload.register(fastifyMultipart, {
      limits: { fileSize: RESUME_UPLOAD_MAX_BYTES, files: 1, fields: 5, parts: 6 },
    });
    upload.post(
      '/resumes/parse',
      {
        config: { access: recruiters },
        schema: {
          tags,
          summary:
            'Upload a résumé (PDF, DOCX or text, up to 10 MB) and get its parsed fields to review before saving',
          consumes: ['multipart/form-data'],
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        const file = await request.file();
        if (!file)
          throw new AppError('validation_failed', 'Attach a résumé file.', [
            { path: 'file', message: 'Missing.' },
          ]);
        const content = await file.toBuffer();
        const parsed = await parseResume(content, file.filename);
        const format = parsed.format;
        const contentType = {
          pdf: 'application/pdf',
          docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          text: 'text/plain; charset=utf-8',
        }[format];
        // Kept as an upload until the person saves the candidate; unclaimed uploads are cleaned up later.
        const stored = await saveFile(services.db, {
          orgId: auth.orgId,
          ownerType: 'upload',
          ownerId: auth.user.id,
          purpose: 'resume',
          filename: file.filename,
          contentType,
          content,
        });
        const { candidate } = normaliseCandidate(
          candidateInputSchema.parse({
            name: parsed.name ?? 'Unknown',
            emails: parsed.emails,
            phones: parsed.phones,
            links: {
              github: parsed.links.github,
              linkedin: parsed.links.linkedin ? `https://www.linkedin.com/in/${parsed.links.linkedin}` : null,
              stackoverflow: parsed.links.stackoverflow
                ? `https://stackoverflow.com/users/${parsed.links.stackoverflow}`
                : null,
              website: parsed.links.website,
            },
          }),
        );
        const duplicates = await findDuplicates(services.db, auth.orgId, {
          emails: candidate.emails,
          phones: candidate.phones,
          github: candidate.links.github,
        });
        return reply.status(201).send({
          upload: { id: stored.id, filename: stored.filename, format, sizeBytes: stored.sizeBytes },
          parsed: {
            name: parsed.name,
            emails: parsed.emails,
            phones: parsed.phones,
            location: parsed.location,
            links: candidate.links,
            skills: parsed.skills.map((skill) => ({
              skill: skill.skill,
              name: getSkill(skill.skill)?.name ?? skill.skill,
              years: skill.years,
            })),
            experience: parsed.experience,
            education: parsed.education,
            totalYears: parsed.totalYears,
            warnings: parsed.warnings,
          },
          duplicates,
        });
      },
    );
  });

  app.post(
    '/candidates',
    {
      config: { access: recruiters },
      schema: {
        tags,
        summary:
          'Add a candidate (by hand or after reviewing a parsed résumé); possible duplicates are flagged',
        body: z.object({
          candidate: candidateInputSchema,
          resumeUploadId: z.uuid().optional(),
          jobId: z.uuid().optional(),
        }),
        response: {
          201: z.object({
            candidate: z.object({ id: z.uuid(), name: z.string() }),
            duplicates: z.array(duplicateSchema),
            unknownSkills: z.array(z.string()),
          }),
        },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const job = request.body.jobId ? await requireJob(services.db, auth.orgId, request.body.jobId) : null;
      const [upload] = request.body.resumeUploadId
        ? await services.db
            .select()
            .from(storedFiles)
            .where(
              and(
                eq(storedFiles.orgId, auth.orgId),
                eq(storedFiles.id, request.body.resumeUploadId),
                eq(storedFiles.ownerType, 'upload'),
              ),
            )
        : [];
      if (request.body.resumeUploadId && !upload) throw notFound('résumé upload');
      // Text extraction is slow work: done before the transaction, never inside it.
      const resumeText = upload ? (await extractResumeText(upload.content, upload.filename)).text : null;
      const result = await services.db.transaction(async (tx) => {
        const created = await createCandidate(tx, auth.orgId, request.body.candidate, {
          actorUserId: auth.user.id,
          resumeText,
        });
        if (upload) {
          await tx
            .update(storedFiles)
            .set({ ownerType: 'candidate', ownerId: created.candidate.id })
            .where(eq(storedFiles.id, upload.id));
        }
        if (job) {
          await addCandidateToJob(tx, {
            orgId: auth.orgId,
            candidateId: created.candidate.id,
            job,
            actorUserId: auth.user.id,
            source: request.body.candidate.source ?? 'manual',
          });
        }
        return created;
      });
      return reply.status(201).send({
        candidate: { id: result.candidate.id, name: result.candidate.name },
        duplicates: result.duplicates,
        unknownSkills: result.unknownSkills,
      });
    },
  );

  app.put(
    '/candidates/:id',
    {
      config: { access: recruiters },
      schema: {
        tags,
        summary: 'Update a candidate’s profile (the whole editable record)',
        params: idParams,
        body: z.object({ candidate: candidateInputSchema }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      const result = await services.db.transaction((tx) =>
        updateCandidate(tx, auth.orgId, request.params.id, request.body.candidate, {
          actorUserId: auth.user.id,
        }),
      );
      return {
        candidate: { id: result.candidate.id, name: result.candidate.name },
        unknownSkills: result.unknownSkills,
      };
    },
  );

  app.get(
    '/candidates/:id/duplicates',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Other candidates sharing an e-mail, phone or GitHub handle',
        params: idParams,
        response: { 200: z.object({ items: z.array(duplicateSchema) }) },
      },
    },
    async (request) => {
      const orgId = authOf(request).orgId;
      const candidate = await getCandidate(services.db, orgId, request.params.id);
      if (!candidate) throw notFound('candidate');
      return {
        items: await findDuplicates(
          services.db,
          orgId,
          { emails: candidate.emails, phones: candidate.phones, github: candidate.links.github },
          candidate.id,
        ),
      };
    },
  );

  app.post(
    '/candidates/:id/merge',
    {
      config: { access: recruiters },
      schema: {
        tags,
        summary: 'Merge another candidate into this one; both histories are kept',
        params: idParams,
        body: z.object({ mergeId: z.uuid() }),
        response: { 200: z.object({ candidate: z.object({ id: z.uuid(), name: z.string() }) }) },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const kept = await services.db.transaction((tx) =>
        mergeCandidates(tx, auth.orgId, request.params.id, request.body.mergeId, auth.user.id),
      );
      return { candidate: { id: kept!.id, name: kept!.name } };
    },
  );
}
