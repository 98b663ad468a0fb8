import { and, asc, eq, inArray } from 'drizzle-orm';
import { organisations, users } from '../accounts/accounts.tables.ts';
import { candidates } from '../candidates/candidates.tables.ts';
import type { Executor } from '../platform/db/client.ts';
import { invalid, notFound } from '../platform/errors.ts';
import { jobs } from '../roles/roles.tables.ts';
import type { ApprovalChain, ApprovalDecision } from './approvals.ts';
import { approvalChains, offerApprovals, offers } from './offers.tables.ts';

export type OfferRow = typeof offers.$inferSelect;
export type ChainRow = typeof approvalChains.$inferSelect;
export type ApprovalRow = typeof offerApprovals.$inferSelect;

export async function getOffer(db: Executor, orgId: string, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(offers)
    .where(and(eq(offers.orgId, orgId), eq(offers.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw notFound('offer');
  return row;
}

export const toChain = (row: ChainRow): ApprovalChain => ({
  id: row.id,
  name: row.name,
  appliesWhen: row.appliesWhen,
  steps: row.steps,
});

export function listChains(db: Executor, orgId: string) {
  return db
    .select()
    .from(approvalChains)
    .where(eq(approvalChains.orgId, orgId))
    .orderBy(asc(approvalChains.position), asc(approvalChains.createdAt));
}

/** The decisions of the offer's current round, oldest first, in the shape the approval state machine reads. */
export async function roundDecisions(db: Executor, offer: OfferRow): Promise<ApprovalDecision[]> {
  const rows = await db
    .select()
    .from(offerApprovals)
    .where(and(eq(offerApprovals.offerId, offer.id), eq(offerApprovals.round, offer.approvalRound)))
    .orderBy(asc(offerApprovals.decidedAt));
  return rows.map(toDecision);
}

export const toDecision = (row: ApprovalRow): ApprovalDecision => ({
  chainId: row.chainId,
  stepIndex: row.stepIndex,
  approverId: row.approverId ?? '',
  decision: row.decision,
  comment: row.comment,
  decidedAt: row.decidedAt.toISOString(),
});

/** Approvers must be active people of the same organisation: an id from elsewhere is refused by name. */
export async function requireTeamMembers(db: Executor, orgId: string, ids: string[], path: string) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await db
    .select({ id: users.id, name: users.name, email: users.email, active: users.active })
    .from(users)
    .where(and(eq(users.orgId, orgId), inArray(users.id, unique)));
  const missing = unique.filter((id) => !found.some((user) => user.id === id && user.active));
  if (missing.length > 0) throw invalid(path, `Not an active member of your team: ${missing.join(', ')}.`);
  return found;
}

export function usersByIds(db: Executor, orgId: string, ids: (string | null)[]) {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (unique.length === 0) return Promise.resolve([]);
  return db
    .select({ id: users.id, name: users.name, email: users.email, active: users.active })
    .from(users)
    .where(and(eq(users.orgId, orgId), inArray(users.id, unique)));
}

/** What a letter, an e-mail or a presenter needs around an offer. */
export async function offerContext(db: Executor, offer: OfferRow) {
  const [[job], [candidate], [organisation], creators] = await Promise.all([
    db
      .select()
      .from(jobs)
      .where(and(eq(jobs.orgId, offer.orgId), eq(jobs.id, offer.jobId))),
    db
      .select({ id: candidates.id, name: candidates.name, email: candidates.email })
      .from(candidates)
      .where(and(eq(candidates.orgId, offer.orgId), eq(candidates.id, offer.candidateId))),
    db.select().from(organisations).where(eq(organisations.id, offer.orgId)),
    usersByIds(db, offer.orgId, [offer.createdBy]),
  ]);
  if (!job || !candidate || !organisation) throw notFound('offer');
  return { job, candidate, organisation, creator: creators[0] ?? null };
}
export type OfferContext = Awaited<ReturnType<typeof offerContext>>;
