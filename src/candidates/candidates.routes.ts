import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { idParams } from '../accounts/accounts.contract.ts';
import { users } from '../accounts/accounts.tables.ts';
import { notFound } from '../platform/errors.ts';
import { storedFiles } from '../platform/files/files.tables.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import { outboxMessages } from '../platform/mail/outbox.tables.ts';
import { renderEmail } from '../platform/mail/templates.ts';
import type { Services } from '../platform/services.ts';
import { jobs } from '../roles/roles.tables.ts';
import { getSkill } from '../skills/taxonomy.ts';
import {
  getCandidate,
  listCandidateSkills,
  refreshSearchDocument,
  searchCandidates,
} from './candidates.store.ts';
import { applications, candidateEvents, candidateNotes, jobStages } from './candidates.tables.ts';

const tags = ['candidates'];
const writers = ['admin', 'recruiter', 'hiring_manager', 'interviewer'] as const;

export function candidatesRoutes(app: App, services: Services) {
  app.get(
    '/candidates',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Search the candidate pool: full text over names, skills, résumés and notes, plus filters',
        querystring: z.object({
          q: z.string().max(200).optional(),
          skill: z.string().max(80).optional(),
          source: z.string().max(40).optional(),
          tag: z.string().max(40).optional(),
          jobId: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(100).default(25),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
    },
    async (request) => {
      const { items, total } = await searchCandidates(services.db, authOf(request).orgId, request.query);
      return { items: items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })), total };
    },
  );

  app.get(
    '/candidates/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'A candidate’s profile with skills, applications and files',
        params: idParams,
      },
    },
    async (request) => {
      const orgId = authOf(request).orgId;
      const candidate = await getCandidate(services.db, orgId, request.params.id);
      if (!candidate) throw notFound('candidate');
      const [skills, candidateApplications, files] = await Promise.all([
        listCandidateSkills(services.db, orgId, candidate.id),
        services.db
          .select({ application: applications, jobTitle: jobs.title, stageKind: jobStages.kind })
          .from(applications)
          .innerJoin(jobs, eq(jobs.id, applications.jobId))
          .leftJoin(
            jobStages,
            and(eq(jobStages.jobId, applications.jobId), eq(jobStages.key, applications.stage)),
          )
          .where(and(eq(applications.orgId, orgId), eq(applications.candidateId, candidate.id)))
          .orderBy(desc(applications.createdAt)),
        services.db
          .select({
            id: storedFiles.id,
            filename: storedFiles.filename,
            contentType: storedFiles.contentType,
            sizeBytes: storedFiles.sizeBytes,
            purpose: storedFiles.purpose,
            createdAt: storedFiles.createdAt,
          })
          .from(storedFiles)
          .where(
            and(
              eq(storedFiles.orgId, orgId),
              eq(storedFiles.ownerType, 'candidate'),
              eq(storedFiles.ownerId, candidate.id),
            ),
          )
          .orderBy(desc(storedFiles.createdAt)),
      ]);
      const {
        searchDocument: _search,
        searchVector: _vector,
        importKey: _key,
        resumeText: _text,
        ...profile
      } = candidate;
      return {
        candidate: {
          ...profile,
          skills: skills.map((skill) => ({
            skill: skill.skill,
            name: getSkill(skill.skill)?.name ?? skill.skill,
            years: skill.years,
            source: skill.source,
          })),
          applications: candidateApplications.map(({ application, jobTitle, stageKind }) => ({
            id: application.id,
            jobId: application.jobId,
            jobTitle,
            stage: application.stage,
            /** intake | interview | offer | hired; null before the job's stages were first set up. */
            stageKind,
            status: application.status,
            rejectionReason: application.rejectionReason,
            createdAt: application.createdAt,
          })),
          files,
        },
      };
    },
  );

  app.get(
    '/candidates/:id/timeline',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Everything that happened with a candidate, newest first: moves, notes, e-mails',
        params: idParams,
      },
    },
    async (request) => {
      const orgId = authOf(request).orgId;
      const candidate = await getCandidate(services.db, orgId, request.params.id);
      if (!candidate) throw notFound('candidate');
      const [events, notes, messages, people] = await Promise.all([
        services.db
          .select()
          .from(candidateEvents)
          .where(and(eq(candidateEvents.orgId, orgId), eq(candidateEvents.candidateId, candidate.id))),
        services.db
          .select()
          .from(candidateNotes)
          .where(and(eq(candidateNotes.orgId, orgId), eq(candidateNotes.candidateId, candidate.id))),
        services.db
          .select({
            id: outboxMessages.id,
            subject: outboxMessages.subject,
            status: outboxMessages.status,
            createdAt: outboxMessages.createdAt,
          })
          .from(outboxMessages)
          .where(and(eq(outboxMessages.orgId, orgId), eq(outboxMessages.candidateId, candidate.id))),
        services.db.select({ id: users.id, name: users.name }).from(users).where(eq(users.orgId, orgId)),
      ]);
      const nameOf = (id: string | null) =>
        id ? (people.find((person) => person.id === id)?.name ?? null) : null;
      const items = [
        ...events
          .filter((event) => event.type !== 'email')
          .map((event) => ({
            kind: 'event' as const,
            id: event.id,
            type: event.type,
            at: event.createdAt,
            actor: nameOf(event.actorUserId),
            jobId: event.jobId,
            fromStage: event.fromStage,
            toStage: event.toStage,
            data: event.data,
          })),
        ...notes.map((note) => ({
          kind: 'note' as const,
          id: note.id,
          at: note.createdAt,
          actor: nameOf(note.authorId),
          body: note.body,
          mentions: note.mentions,
        })),
        ...messages.map((message) => ({
          kind: 'email' as const,
          id: message.id,
          at: message.createdAt,
          subject: message.subject,
          status: message.status,
        })),
      ].sort((left, right) => right.at.getTime() - left.at.getTime());
      return { items };
    },
  );

  app.post(
    '/candidates/:id/notes',
    {
      config: { access: writers },
      schema: {
        tags,
        summary: 'Add a note; mentioned teammates are notified by e-mail',
        params: idParams,
        body: z.object({
          body: z.string().trim().min(1, 'Write something first.').max(10_000),
          mentions: z.array(z.uuid()).max(20).default([]),
          applicationId: z.uuid().optional(),
        }),
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const candidate = await getCandidate(services.db, auth.orgId, request.params.id);
      if (!candidate) throw notFound('candidate');
      const mentioned = request.body.mentions.length
        ? await services.db
            .select()
            .from(users)
            .where(
              and(
                eq(users.orgId, auth.orgId),
                inArray(users.id, request.body.mentions),
                eq(users.active, true),
              ),
            )
        : [];
      const note = await services.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(candidateNotes)
          .values({
            orgId: auth.orgId,
            candidateId: candidate.id,
            applicationId: request.body.applicationId ?? null,
            authorId: auth.user.id,
            body: request.body.body,
            mentions: mentioned.map((user) => user.id),
          })
          .returning();
        for (const person of mentioned) {
          await services.mailer.send(tx, {
            orgId: auth.orgId,
            to: [person.email],
            ...renderEmail({
              subject: `${auth.user.name} mentioned you on ${candidate.name}`,
              heading: `${auth.user.name} mentioned you`,
              paragraphs: [`On the profile of ${candidate.name}:`, request.body.body],
              action: {
                label: 'Open the candidate',
                url: `${services.config.PUBLIC_URL}/candidates/${candidate.id}`,
              },
            }),
          });
        }
        await refreshSearchDocument(tx, auth.orgId, candidate.id);
        return created!;
      });
      return reply.status(201).send({
        note: {
          id: note.id,
          body: note.body,
          mentions: note.mentions,
          createdAt: note.createdAt.toISOString(),
        },
      });
    },
  );
}
