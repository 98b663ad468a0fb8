import { and, desc, eq, isNull } from 'drizzle-orm';
import type { AuthContext } from '../accounts/accounts.service.ts';
import { organisations } from '../accounts/accounts.tables.ts';
import { getCandidate } from '../candidates/candidates.store.ts';
import { firstName } from '../candidates/email-templates.ts';
import { recordEvents } from '../pipeline/pipeline.store.ts';
import type { Executor } from '../platform/db/client.ts';
import { AppError, conflict, notFound } from '../platform/errors.ts';
import { renderEmail } from '../platform/mail/templates.ts';
import { hashSecret, newSecret } from '../platform/security/secrets.ts';
import type { Services } from '../platform/services.ts';
import { type ReferenceAnswers, referenceRequests } from './interviews.tables.ts';

/** Reference checks (PRODUCT.md §5): specific questions to people who worked with the candidate. */

export const REFERENCE_DAYS = 14;
const DAY = 86_400_000;

/** The structured questions, worded for the referee; the keys match `ReferenceAnswers`. */
export const referenceQuestions = [
  {
    key: 'deadlinesMet',
    question:
      'Think of a deadline {name} worked towards. Did they meet it, and if it slipped, how did they handle that?',
  },
  {
    key: 'technicalDisagreements',
    question:
      'Tell us about a time {name} disagreed with the technical direction. What did they do, and how did it end?',
  },
  {
    key: 'problemsFlaggedEarly',
    question: 'When something was going wrong, did {name} flag it early? An example helps.',
  },
  { key: 'wouldWorkAgain', question: 'Would you work with {name} again?' },
  { key: 'wouldWorkAgainWhy', question: 'Why, or why not?' },
  { key: 'comments', question: 'Anything else we should know?' },
] as const;

export type ReferenceRow = typeof referenceRequests.$inferSelect;

export async function requestReference(
  services: Services,
  auth: AuthContext,
  candidateId: string,
  input: { refereeName: string; refereeEmail: string; relationship: string },
) {
  const token = newSecret('hbr_');
  return services.db.transaction(async (tx) => {
    const candidate = await getCandidate(tx, auth.orgId, candidateId);
    if (!candidate) throw notFound('candidate');
    const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, auth.orgId));
    const [row] = await tx
      .insert(referenceRequests)
      .values({
        orgId: auth.orgId,
        candidateId,
        refereeName: input.refereeName,
        refereeEmail: input.refereeEmail,
        relationship: input.relationship,
        tokenHash: hashSecret(token),
        expiresAt: new Date(Date.now() + REFERENCE_DAYS * DAY),
        requestedBy: auth.user.id,
      })
      .returning();
    const url = `${services.config.PUBLIC_URL}/reference/${token}`;
    await services.mailer.send(tx, {
      orgId: auth.orgId,
      to: [input.refereeEmail],
      ...renderEmail({
        subject: `A reference for ${candidate.name}`,
        heading: `Could you give ${candidate.name} a reference?`,
        paragraphs: [
          `Hi ${firstName(input.refereeName)},`,
          `${candidate.name} is interviewing with ${organisation!.name} and named you (${input.relationship}) as someone who has worked with them. Would you answer five short questions about working together? It takes about ten minutes.`,
          `The link works for ${REFERENCE_DAYS} days. ${auth.user.name} at ${organisation!.name} asked for it; reply to this e-mail if you would rather talk.`,
        ],
        action: { label: 'Give a reference', url },
      }),
    });
    await recordEvents(tx, [
      {
        orgId: auth.orgId,
        candidateId,
        type: 'reference_requested',
        actorUserId: auth.user.id,
        data: { referenceId: row!.id, refereeName: input.refereeName },
      },
    ]);
    return { reference: row!, url };
  });
}

export async function listReferences(db: Executor, auth: AuthContext, candidateId: string) {
  const candidate = await getCandidate(db, auth.orgId, candidateId);
  if (!candidate) throw notFound('candidate');
  return db
    .select()
    .from(referenceRequests)
    .where(and(eq(referenceRequests.orgId, auth.orgId), eq(referenceRequests.candidateId, candidateId)))
    .orderBy(desc(referenceRequests.createdAt));
}

async function openRequest(db: Executor, token: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(referenceRequests)
    .where(eq(referenceRequests.tokenHash, hashSecret(token)));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw notFound('reference request');
  if (row.submittedAt) throw conflict('Thank you — this reference has already been given.');
  if (row.expiresAt.getTime() <= Date.now()) {
    throw new AppError(
      'not_found',
      'This reference link has expired. Reply to the e-mail if you would still like to help.',
    );
  }
  return row;
}

/** What the referee sees: whom the reference is about and the questions; nothing else of the candidate. */
export async function publicReference(services: Services, token: string) {
  const row = await openRequest(services.db, token);
  const candidate = await getCandidate(services.db, row.orgId, row.candidateId);
  const [organisation] = await services.db
    .select()
    .from(organisations)
    .where(eq(organisations.id, row.orgId));
  const name = candidate?.name ?? 'the candidate';
  return {
    organisation: organisation!.name,
    candidateName: name,
    refereeName: row.refereeName,
    relationship: row.relationship,
    questions: referenceQuestions.map((entry) => ({
      key: entry.key,
      question: entry.question.replaceAll('{name}', name),
    })),
  };
}

export async function submitReference(services: Services, token: string, answers: ReferenceAnswers) {
  return services.db.transaction(async (tx) => {
    const row = await openRequest(tx, token, { lock: true });
    await tx
      .update(referenceRequests)
      .set({ answers, submittedAt: new Date() })
      .where(and(eq(referenceRequests.id, row.id), isNull(referenceRequests.submittedAt)));
    await recordEvents(tx, [
      {
        orgId: row.orgId,
        candidateId: row.candidateId,
        type: 'reference_received',
        data: { referenceId: row.id, refereeName: row.refereeName },
      },
    ]);
  });
}
