import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { conflict, notFound } from '../platform/errors.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { orgQuestions, retiredQuestions } from './interviews.tables.ts';
import {
  interviewQuestionSchema,
  loadQuestionBank,
  type QuestionBankEntry,
  questionThemes,
  systemDesignPromptSchema,
} from './question-bank.ts';

/**
 * The question bank as an organisation sees it: the shipped questions (which it can retire, never edit) and its
 * own (which it can add, edit and retire). Kits suggest from what is not retired.
 */

const editors = ['admin', 'recruiter', 'hiring_manager'] as const;
const tags = ['interviews'];

// An entry as a person writes it: the id is given by the server.
const ownQuestionBody = z.discriminatedUnion('kind', [
  interviewQuestionSchema.omit({ id: true }),
  systemDesignPromptSchema.omit({ id: true }),
]);

const keyParams = z.object({ key: z.string().min(1).max(80) });

type Listed = QuestionBankEntry & { source: 'shipped' | 'own'; retired: boolean };

/** A readable, unique id: the first words of the question and a short random tail. */
function ownKey(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5)
    .join('-');
  return `own-${words || 'question'}-${randomBytes(3).toString('hex')}`;
}

const shippedIds = () => new Set(loadQuestionBank().map((entry) => entry.id));

export function questionBankRoutes(app: App, services: Services) {
  const db = services.db;

  app.get(
    '/question-bank',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          'The question bank: shipped questions and system-design prompts plus your own, each marked retired or not',
        querystring: z.object({
          theme: z.enum([...questionThemes, 'system-design']).optional(),
          q: z.string().trim().max(100).optional(),
          includeRetired: z.enum(['true', 'false']).default('true'),
        }),
      },
    },
    async (request) => {
      const { orgId } = authOf(request);
      const [retired, own] = await Promise.all([
        db.select().from(retiredQuestions).where(eq(retiredQuestions.orgId, orgId)),
        db.select().from(orgQuestions).where(eq(orgQuestions.orgId, orgId)),
      ]);
      const retiredIds = new Set(retired.map((row) => row.questionId));
      const items: Listed[] = [
        ...own.map((row) => ({ ...row.entry, source: 'own' as const, retired: row.retiredAt !== null })),
        ...loadQuestionBank().map((entry) => ({
          ...entry,
          source: 'shipped' as const,
          retired: retiredIds.has(entry.id),
        })),
      ];
      const { theme, q, includeRetired } = request.query;
      const needle = q?.toLowerCase();
      return {
        items: items.filter(
          (entry) =>
            (!theme || entry.theme === theme) &&
            (includeRetired === 'true' || !entry.retired) &&
            (!needle || entry.text.toLowerCase().includes(needle)),
        ),
      };
    },
  );

  app.post(
    '/question-bank',
    {
      config: { access: editors },
      schema: {
        tags,
        summary:
          'Add your own question or system-design prompt (with strong and weak answers and follow-ups)',
        body: ownQuestionBody,
        response: { 201: z.object({ question: z.record(z.string(), z.unknown()) }) },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const key = ownKey(request.body.text);
      const entry = { ...request.body, id: key } as QuestionBankEntry;
      await db.insert(orgQuestions).values({ orgId: auth.orgId, key, entry, createdBy: auth.user.id });
      return reply.status(201).send({ question: { ...entry, source: 'own', retired: false } });
    },
  );

  app.put(
    '/question-bank/:key',
    {
      config: { access: editors },
      schema: {
        tags,
        summary:
          'Edit one of your own questions (shipped questions cannot be edited: add your version and retire it)',
        params: keyParams,
        body: ownQuestionBody,
      },
    },
    async (request) => {
      const auth = authOf(request);
      const { key } = request.params;
      if (shippedIds().has(key)) {
        throw conflict('Shipped questions cannot be edited. Add your own version and retire this one.');
      }
      const entry = { ...request.body, id: key } as QuestionBankEntry;
      const [row] = await db
        .update(orgQuestions)
        .set({ entry, updatedAt: new Date() })
        .where(and(eq(orgQuestions.orgId, auth.orgId), eq(orgQuestions.key, key)))
        .returning();
      if (!row) throw notFound('question');
      return { question: { ...entry, source: 'own', retired: row.retiredAt !== null } };
    },
  );

  const setRetired = async (orgId: string, userId: string, key: string, retired: boolean) => {
    if (shippedIds().has(key)) {
      if (retired) {
        await db
          .insert(retiredQuestions)
          .values({ orgId, questionId: key, retiredBy: userId })
          .onConflictDoNothing();
      } else {
        await db
          .delete(retiredQuestions)
          .where(and(eq(retiredQuestions.orgId, orgId), eq(retiredQuestions.questionId, key)));
      }
      return;
    }
    const [row] = await db
      .update(orgQuestions)
      .set({ retiredAt: retired ? new Date() : null, updatedAt: new Date() })
      .where(and(eq(orgQuestions.orgId, orgId), eq(orgQuestions.key, key)))
      .returning({ key: orgQuestions.key });
    if (!row) throw notFound('question');
  };

  for (const [action, retired] of [
    ['retire', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/question-bank/:key/${action}`,
      {
        config: { access: editors },
        schema: {
          tags,
          summary:
            action === 'retire'
              ? 'Retire a question: kits stop suggesting it (shipped or your own)'
              : 'Bring a retired question back into the kits',
          params: keyParams,
        },
      },
      async (request) => {
        const auth = authOf(request);
        await setRetired(auth.orgId, auth.user.id, request.params.key, retired);
        return { key: request.params.key, retired };
      },
    );
  }
}
