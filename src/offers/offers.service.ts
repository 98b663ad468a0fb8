import { and, asc, desc, eq, inArray, notInArray } from 'drizzle-orm';
import type { AuthContext } from '../accounts/accounts.service.ts';
import { applications, candidates, jobStages } from '../candidates/candidates.tables.ts';
import { firstName } from '../candidates/email-templates.ts';
import { recordEvents } from '../pipeline/pipeline.store.ts';
import { organisationAssumptions } from '../planning/planning.service.ts';
import { auditEvents } from '../platform/audit/audit.tables.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import type { Executor } from '../platform/db/client.ts';
import { AppError, conflict, forbidden, invalid, notFound } from '../platform/errors.ts';
import { renderEmail } from '../platform/mail/templates.ts';
import { hashSecret, newSecret } from '../platform/security/secrets.ts';
import type { Services } from '../platform/services.ts';
import { jobs } from '../roles/roles.tables.ts';
import {
  type ApprovalChain,
  type ApprovalChainInput,
  type ApprovalState,
  approvalChainSchema,
  approvalState,
  canDecide,
  chainsThatApply,
  restartOnChange,
} from './approvals.ts';
import {
  defaultOfferLetterTemplates,
  type OfferLetter,
  type OfferLetterTemplate,
  offerLetterText,
  renderOfferLetter,
  templateProblems,
} from './offer-letter.ts';
import { bandCheck, type OfferTerms, offerCost } from './offer-terms.ts';
import {
  getOffer,
  listChains,
  type OfferContext,
  type OfferRow,
  offerContext,
  requireTeamMembers,
  roundDecisions,
  toChain,
  toDecision,
  usersByIds,
} from './offers.store.ts';
import {
  approvalChains,
  type OfferStatus,
  offerApprovals,
  offerLetterTemplates,
  offers,
} from './offers.tables.ts';

/**
 * Offers (PRODUCT.md §6, issue 7): drafted from a candidate in the Offer stage, approved through the
 * organisation's chains, rendered as a letter and sent to the candidate with an expiring link. The approval
 * state is never stored: it is replayed from the round's chains and decisions (see approvals.ts).
 */

export const OFFER_LINK_DAYS = 14;
const DAY = 86_400_000;

// ─── Approval chains ─────────────────────────────────────────────────────────────────────────────────

export type ChainInput = Omit<ApprovalChainInput, 'id'> & { position?: number | undefined };

async function validChain(
  db: Executor,
  orgId: string,
  input: ChainInput,
  id: string,
): Promise<ApprovalChain> {
  const chain = approvalChainSchema.parse({ ...input, id });
  await requireTeamMembers(
    db,
    orgId,
    chain.steps.flatMap((step) => step.approverIds),
    'steps',
  );
  return chain;
}

export async function createChain(services: Services, auth: AuthContext, input: ChainInput) {
  return services.db.transaction(async (tx) => {
    const chain = await validChain(tx, auth.orgId, input, 'new');
    const existing = await listChains(tx, auth.orgId);
    const [row] = await tx
      .insert(approvalChains)
      .values({
        orgId: auth.orgId,
        name: chain.name,
        appliesWhen: chain.appliesWhen,
        steps: chain.steps,
        position: input.position ?? existing.length,
        createdBy: auth.user.id,
      })
      .returning();
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'approval_chain.created',
      targetType: 'approval_chain',
      targetId: row!.id,
      data: { name: chain.name, appliesWhen: chain.appliesWhen, steps: chain.steps },
      ip: auth.ip,
    });
    return row!;
  });
}

export async function updateChain(services: Services, auth: AuthContext, id: string, input: ChainInput) {
  return services.db.transaction(async (tx) => {
    // Another organisation's chain is "not found" before anything about the body is judged.
    const [existing] = await tx
      .select({ id: approvalChains.id })
      .from(approvalChains)
      .where(and(eq(approvalChains.orgId, auth.orgId), eq(approvalChains.id, id)));
    if (!existing) throw notFound('approval chain');
    const chain = await validChain(tx, auth.orgId, input, id);
    const [row] = await tx
      .update(approvalChains)
      .set({
        name: chain.name,
        appliesWhen: chain.appliesWhen,
        steps: chain.steps,
        ...(input.position !== undefined ? { position: input.position } : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(approvalChains.orgId, auth.orgId), eq(approvalChains.id, id)))
      .returning();
    if (!row) throw notFound('approval chain');
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'approval_chain.updated',
      targetType: 'approval_chain',
      targetId: id,
      data: { name: chain.name, appliesWhen: chain.appliesWhen, steps: chain.steps },
      ip: auth.ip,
    });
    return row;
  });
}

export async function deleteChain(services: Services, auth: AuthContext, id: string) {
  await services.db.transaction(async (tx) => {
    const deleted = await tx
      .delete(approvalChains)
      .where(and(eq(approvalChains.orgId, auth.orgId), eq(approvalChains.id, id)))
      .returning();
    if (deleted.length === 0) throw notFound('approval chain');
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'approval_chain.deleted',
      targetType: 'approval_chain',
      targetId: id,
      data: { name: deleted[0]!.name },
      ip: auth.ip,
    });
  });
}

// ─── Letters ─────────────────────────────────────────────────────────────────────────────────────────

export type LetterChoice = { letterTemplateKey?: string | null; customLetter?: string | null };

/** The template the offer's letter uses: its own text, a named organisation template, or the default. */
async function letterTemplate(db: Executor, offer: OfferRow): Promise<OfferLetterTemplate> {
  if (offer.sentLetter) return offer.sentLetter;
  const fallback = defaultOfferLetterTemplates[offer.engagement];
  if (offer.customLetter) {
    return { ...fallback, key: 'custom', name: 'Written for this offer', body: offer.customLetter };
  }
  const conditions = [eq(offerLetterTemplates.orgId, offer.orgId)];
  conditions.push(
    offer.letterTemplateKey
      ? eq(offerLetterTemplates.key, offer.letterTemplateKey)
      : eq(offerLetterTemplates.engagement, offer.engagement),
  );
  const [custom] = await db
    .select()
    .from(offerLetterTemplates)
    .where(and(...conditions))
    .orderBy(desc(offerLetterTemplates.updatedAt))
    .limit(1);
  if (!custom || custom.engagement !== offer.engagement) return fallback;
  return {
    key: custom.key,
    name: custom.name,
    engagement: custom.engagement,
    title: custom.title,
    body: custom.body,
  };
}

async function checkLetterChoice(db: Executor, orgId: string, terms: OfferTerms, choice: LetterChoice) {
  if (choice.customLetter) {
    const problems = templateProblems({
      engagement: terms.engagement,
      title: defaultOfferLetterTemplates[terms.engagement].title,
      body: choice.customLetter,
    });
    if (problems.length > 0) {
      throw new AppError(
        'validation_failed',
        problems[0]!.message,
        problems.map((problem) => ({ path: 'customLetter', message: problem.message })),
      );
    }
  }
  if (choice.letterTemplateKey) {
    const [template] = await db
      .select()
      .from(offerLetterTemplates)
      .where(
        and(eq(offerLetterTemplates.orgId, orgId), eq(offerLetterTemplates.key, choice.letterTemplateKey)),
      );
    if (!template) throw invalid('letterTemplateKey', 'There is no offer letter template with that key.');
    if (template.engagement !== terms.engagement) {
      throw invalid('letterTemplateKey', 'That template is for another engagement model.');
    }
  }
}

export async function renderLetter(
  db: Executor,
  offer: OfferRow,
  context?: OfferContext,
): Promise<OfferLetter> {
  const { job, candidate, organisation, creator } = context ?? (await offerContext(db, offer));
  return renderOfferLetter({
    terms: offer.terms,
    candidate: { name: candidate.name },
    job: { title: job.title },
    organisation: { name: organisation.name },
    sender: { name: creator?.name ?? organisation.name },
    issuedOn: (offer.sentAt ?? new Date()).toISOString().slice(0, 10),
    respondBy: offer.expiresAt ? offer.expiresAt.toISOString().slice(0, 10) : null,
    template: await letterTemplate(db, offer),
  });
}

export async function listLetterTemplates(db: Executor, orgId: string) {
  const custom = await db.select().from(offerLetterTemplates).where(eq(offerLetterTemplates.orgId, orgId));
  return { custom, defaults: Object.values(defaultOfferLetterTemplates) };
}

export async function saveLetterTemplate(
  services: Services,
  auth: AuthContext,
  template: OfferLetterTemplate,
) {
  return services.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(offerLetterTemplates)
      .values({ orgId: auth.orgId, ...template, updatedBy: auth.user.id })
      .onConflictDoUpdate({
        target: [offerLetterTemplates.orgId, offerLetterTemplates.key],
        set: { ...template, updatedBy: auth.user.id, updatedAt: new Date() },
      })
      .returning();
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'offer_letter_template.saved',
      targetType: 'offer_letter_template',
      targetId: row!.id,
      data: { key: template.key, engagement: template.engagement },
      ip: auth.ip,
    });
    return row!;
  });
}

const shippedLetterTemplate = (key: string) =>
  Object.values(defaultOfferLetterTemplates).find((template) => template.key === key) ?? null;

/** One template by key: the organisation's own copy, or the shipped default it has not changed. */
export async function getLetterTemplate(db: Executor, orgId: string, key: string) {
  const [row] = await db
    .select()
    .from(offerLetterTemplates)
    .where(and(eq(offerLetterTemplates.orgId, orgId), eq(offerLetterTemplates.key, key)));
  const shipped = shippedLetterTemplate(key);
  if (!row && !shipped) throw notFound('offer letter template');
  return { row: row ?? null, shipped };
}

/** A shipped default's key keeps its engagement model: its copy replaces that default, nothing else. */
export function shippedKeyProblem(template: Pick<OfferLetterTemplate, 'key' | 'engagement'>) {
  const shipped = shippedLetterTemplate(template.key);
  return shipped && shipped.engagement !== template.engagement
    ? `“${template.key}” is the shipped ${shipped.name.toLowerCase()} letter; keep its engagement model or save under another key.`
    : null;
}

/**
 * Deletes the organisation's template: a shipped default's copy goes back to the shipped text; a template of
 * its own is refused while an offer not yet answered names it.
 */
export async function deleteLetterTemplate(services: Services, auth: AuthContext, key: string) {
  return services.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(offerLetterTemplates)
      .where(and(eq(offerLetterTemplates.orgId, auth.orgId), eq(offerLetterTemplates.key, key)))
      .for('update');
    if (!row) throw notFound('offer letter template');
    if (!shippedLetterTemplate(key)) {
      const inUse = await tx
        .select({ id: offers.id })
        .from(offers)
        .where(
          and(
            eq(offers.orgId, auth.orgId),
            eq(offers.letterTemplateKey, key),
            inArray(offers.status, ['draft', 'pending_approval', 'approved', 'sent']),
          ),
        );
      if (inUse.length > 0) {
        throw conflict(
          `${inUse.length === 1 ? 'An offer not yet answered uses' : `${inUse.length} offers not yet answered use`} this template. Choose another letter for ${inUse.length === 1 ? 'it' : 'them'} first.`,
        );
      }
    }
    await tx.delete(offerLetterTemplates).where(eq(offerLetterTemplates.id, row.id));
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'offer_letter_template.deleted',
      targetType: 'offer_letter_template',
      targetId: row.id,
      data: { key, engagement: row.engagement },
      ip: auth.ip,
    });
  });
}

// ─── Reading ─────────────────────────────────────────────────────────────────────────────────────────

/** A sent offer past its expiry reads as expired even before the daily job records it. */
export function effectiveStatus(offer: OfferRow, now = new Date()): OfferStatus {
  if (offer.status === 'sent' && offer.expiresAt && offer.expiresAt.getTime() <= now.getTime())
    return 'expired';
  return offer.status;
}

export async function offerState(db: Executor, offer: OfferRow): Promise<ApprovalState> {
  return approvalState(offer.approvalChains, await roundDecisions(db, offer));
}

/** Everything the offer page shows: terms, cost, band, approvals with names, and the letter's text. */
export async function offerDetail(db: Executor, offer: OfferRow) {
  const context = await offerContext(db, offer);
  const [state, assumptions, letter, history] = await Promise.all([
    offerState(db, offer),
    organisationAssumptions(db, offer.orgId),
    renderLetter(db, offer, context),
    offerHistory(db, offer),
  ]);
  const people = await usersByIds(db, offer.orgId, [
    ...offer.approvalChains.flatMap((chain) => chain.steps.flatMap((step) => step.approverIds)),
  ]);
  return {
    offer,
    context,
    state,
    people,
    cost: offerCost(offer.terms, assumptions),
    band: bandCheck(offer.terms, context.job.blueprint),
    letter,
    letterText: offerLetterText(letter),
    history,
  };
}

/** Offers are for the hiring team; an approver of the offer may read the one they are asked about. */
export async function readableOffer(db: Executor, auth: AuthContext, id: string) {
  const offer = await getOffer(db, auth.orgId, id);
  if (auth.user.role === 'interviewer') {
    const approvers = offer.approvalChains.flatMap((chain) =>
      chain.steps.flatMap((step) => step.approverIds),
    );
    if (!approvers.includes(auth.user.id)) throw forbidden();
  }
  return offer;
}

export async function listOffers(
  db: Executor,
  auth: AuthContext,
  filter: { status?: OfferStatus | undefined },
) {
  const conditions = [eq(offers.orgId, auth.orgId)];
  if (filter.status === 'expired') {
    conditions.push(inArray(offers.status, ['sent', 'expired']));
  } else if (filter.status) {
    conditions.push(eq(offers.status, filter.status));
  }
  const rows = await db
    .select()
    .from(offers)
    .where(and(...conditions))
    .orderBy(desc(offers.createdAt))
    .limit(500);
  const now = new Date();
  return rows.filter((row) => !filter.status || effectiveStatus(row, now) === filter.status);
}

/**
 * The offers list with what a reader scans for: the candidate and job names, the first-year cost, the band
 * check and the approval state of the current round. Loaded in a handful of queries, not one per offer.
 */
export async function listOfferViews(
  db: Executor,
  auth: AuthContext,
  filter: { status?: OfferStatus | undefined },
) {
  const rows = await listOffers(db, auth, filter);
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [people, roles, decisions, assumptions] = await Promise.all([
    db
      .select({ id: candidates.id, name: candidates.name })
      .from(candidates)
      .where(
        and(
          eq(candidates.orgId, auth.orgId),
          inArray(candidates.id, [...new Set(rows.map((row) => row.candidateId))]),
        ),
      ),
    db
      .select({ id: jobs.id, title: jobs.title, blueprint: jobs.blueprint })
      .from(jobs)
      .where(and(eq(jobs.orgId, auth.orgId), inArray(jobs.id, [...new Set(rows.map((row) => row.jobId))]))),
    db
      .select()
      .from(offerApprovals)
      .where(and(eq(offerApprovals.orgId, auth.orgId), inArray(offerApprovals.offerId, ids)))
      .orderBy(asc(offerApprovals.decidedAt)),
    organisationAssumptions(db, auth.orgId),
  ]);
  return rows.map((offer) => {
    const job = roles.find((role) => role.id === offer.jobId);
    const round = decisions
      .filter((row) => row.offerId === offer.id && row.round === offer.approvalRound)
      .map(toDecision);
    return {
      offer,
      candidate: people.find((person) => person.id === offer.candidateId) ?? null,
      job: job ? { id: job.id, title: job.title } : null,
      cost: offerCost(offer.terms, assumptions),
      band: job ? bandCheck(offer.terms, job.blueprint) : null,
      state: approvalState(offer.approvalChains, round),
    };
  });
}
export type OfferView = Awaited<ReturnType<typeof listOfferViews>>[number];

const historyActions = [
  'offer.created',
  'offer.updated',
  'offer.approval_started',
  'offer.approved_step',
  'offer.rejected',
  'offer.sent',
  'offer.withdrawn',
  'offer.accepted',
  'offer.declined',
];

/** What happened to the offer, oldest first, from the audit log written with every change. */
export async function offerHistory(db: Executor, offer: OfferRow) {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.orgId, offer.orgId),
        eq(auditEvents.targetType, 'offer'),
        eq(auditEvents.targetId, offer.id),
        inArray(auditEvents.action, historyActions),
      ),
    )
    .orderBy(asc(auditEvents.createdAt));
  const actors = await usersByIds(
    db,
    offer.orgId,
    rows.map((row) => row.actorUserId),
  );
  return rows.map((row) => ({ row, actor: actors.find((user) => user.id === row.actorUserId) ?? null }));
}

// ─── Writing ─────────────────────────────────────────────────────────────────────────────────────────

const CLOSED: OfferStatus[] = ['accepted', 'declined', 'expired', 'withdrawn'];

export async function createOffer(
  services: Services,
  auth: AuthContext,
  applicationId: string,
  input: { terms: OfferTerms } & LetterChoice,
) {
  return services.db.transaction(async (tx) => {
    const [application] = await tx
      .select()
      .from(applications)
      .where(and(eq(applications.orgId, auth.orgId), eq(applications.id, applicationId)));
    if (!application) throw notFound('application');
    const [stage] = await tx
      .select()
      .from(jobStages)
      .where(and(eq(jobStages.jobId, application.jobId), eq(jobStages.key, application.stage)));
    if (application.status !== 'active' || stage?.kind !== 'offer') {
      throw new AppError('unprocessable', 'Move the candidate to the Offer stage before making an offer.');
    }
    const [open] = await tx
      .select({ id: offers.id })
      .from(offers)
      .where(
        and(
          eq(offers.orgId, auth.orgId),
          eq(offers.applicationId, applicationId),
          notInArray(offers.status, CLOSED),
        ),
      );
    if (open)
      throw conflict('This candidate already has an open offer for the job; change that one instead.');
    await checkLetterChoice(tx, auth.orgId, input.terms, input);
    const [row] = await tx
      .insert(offers)
      .values({
        orgId: auth.orgId,
        applicationId,
        candidateId: application.candidateId,
        jobId: application.jobId,
        engagement: input.terms.engagement,
        terms: input.terms,
        letterTemplateKey: input.letterTemplateKey ?? null,
        customLetter: input.customLetter ?? null,
        createdBy: auth.user.id,
      })
      .returning();
    await recordEvents(tx, [
      {
        orgId: auth.orgId,
        candidateId: application.candidateId,
        applicationId,
        jobId: application.jobId,
        type: 'offer_drafted',
        actorUserId: auth.user.id,
        data: { offerId: row!.id, engagement: input.terms.engagement },
      },
    ]);
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'offer.created',
      targetType: 'offer',
      targetId: row!.id,
      data: { terms: input.terms },
      ip: auth.ip,
    });
    return row!;
  });
}

/** E-mails the approvers of the current step (each once), in the caller's transaction. */
async function emailCurrentApprovers(
  tx: Executor,
  services: Services,
  offer: OfferRow,
  state: ApprovalState,
  reason: string | null,
) {
  if (!state.current) return;
  const step = state.steps[state.current.position]!;
  const [context, people] = await Promise.all([
    offerContext(tx, offer),
    usersByIds(tx, offer.orgId, state.current.awaiting),
  ]);
  const url = `${services.config.PUBLIC_URL}/offers/${offer.id}`;
  for (const person of people.filter((user) => user.active)) {
    await services.mailer.send(tx, {
      orgId: offer.orgId,
      to: [person.email],
      ...renderEmail({
        subject: `Approve the offer to ${context.candidate.name} (${context.job.title})`,
        heading: 'An offer is waiting for your approval',
        paragraphs: [
          `Hi ${firstName(person.name)},`,
          `${context.creator?.name ?? 'The hiring team'} is offering ${context.candidate.name} the ${context.job.title} role. You are an approver at the step “${step.name}” (${step.required} of ${step.approverIds.length} approvals needed).`,
          ...(reason ? [reason] : []),
          'Approve or reject it with a comment; the candidate sees nothing until every step has approved.',
        ],
        action: { label: 'Review the offer', url },
      }),
    });
  }
}

async function emailCreator(
  tx: Executor,
  services: Services,
  offer: OfferRow,
  subject: string,
  text: string,
) {
  const [creator] = await usersByIds(tx, offer.orgId, [offer.createdBy]);
  if (!creator?.active) return;
  await services.mailer.send(tx, {
    orgId: offer.orgId,
    to: [creator.email],
    ...renderEmail({
      subject,
      heading: subject,
      paragraphs: [`Hi ${firstName(creator.name)},`, text],
      action: { label: 'Open the offer', url: `${services.config.PUBLIC_URL}/offers/${offer.id}` },
    }),
  });
}

/**
 * Starts a new approval round: the chains that apply to these terms now (the band may have moved) are
 * snapshotted, and the first step's approvers are e-mailed. With no chain applying the offer is approved.
 */
async function startRound(
  tx: Executor,
  services: Services,
  auth: AuthContext,
  offer: OfferRow,
  reason: string | null,
): Promise<OfferRow> {
  const context = await offerContext(tx, offer);
  const chains = chainsThatApply(
    (await listChains(tx, offer.orgId)).map(toChain),
    bandCheck(offer.terms, context.job.blueprint),
  );
  const state = approvalState(chains, []);
  const [row] = await tx
    .update(offers)
    .set({
      approvalRound: offer.approvalRound + 1,
      approvalChains: chains,
      status: state.status === 'approved' ? 'approved' : 'pending_approval',
      updatedAt: new Date(),
    })
    .where(eq(offers.id, offer.id))
    .returning();
  await recordAudit(tx, {
    orgId: offer.orgId,
    actorUserId: auth.user.id,
    action: 'offer.approval_started',
    targetType: 'offer',
    targetId: offer.id,
    data: {
      round: row!.approvalRound,
      chains: chains.map((chain) => ({ id: chain.id, name: chain.name })),
      reason,
      approvedWithoutChain: state.status === 'approved',
    },
    ip: auth.ip,
  });
  await emailCurrentApprovers(tx, services, row!, state, reason);
  return row!;
}

export async function submitForApproval(services: Services, auth: AuthContext, id: string) {
  return services.db.transaction(async (tx) => {
    const offer = await getOffer(tx, auth.orgId, id, { lock: true });
    if (offer.status !== 'draft') {
      throw conflict(
        offer.status === 'pending_approval'
          ? 'The offer is already waiting for approval.'
          : `A ${offer.status.replace('_', ' ')} offer cannot be submitted for approval.`,
      );
    }
    return startRound(tx, services, auth, offer, null);
  });
}

export async function updateOffer(
  services: Services,
  auth: AuthContext,
  id: string,
  input: { terms?: OfferTerms | undefined } & LetterChoice,
) {
  return services.db.transaction(async (tx) => {
    const offer = await getOffer(tx, auth.orgId, id, { lock: true });
    if (!['draft', 'pending_approval', 'approved'].includes(offer.status)) {
      throw conflict(`A ${offer.status.replace('_', ' ')} offer cannot be changed; make a new one instead.`);
    }
    const terms = input.terms ?? offer.terms;
    if (
      terms.engagement !== offer.engagement &&
      input.letterTemplateKey === undefined &&
      offer.letterTemplateKey
    ) {
      throw invalid('letterTemplateKey', 'Choose a letter template for the new engagement model.');
    }
    const letter: LetterChoice = {
      letterTemplateKey:
        input.letterTemplateKey !== undefined ? input.letterTemplateKey : offer.letterTemplateKey,
      customLetter: input.customLetter !== undefined ? input.customLetter : offer.customLetter,
    };
    await checkLetterChoice(tx, auth.orgId, terms, letter);
    const change = restartOnChange(offer.terms, terms);
    const letterChanged =
      letter.letterTemplateKey !== offer.letterTemplateKey || letter.customLetter !== offer.customLetter;
    const [updated] = await tx
      .update(offers)
      .set({
        terms,
        engagement: terms.engagement,
        letterTemplateKey: letter.letterTemplateKey ?? null,
        customLetter: letter.customLetter ?? null,
        updatedAt: new Date(),
      })
      .where(eq(offers.id, offer.id))
      .returning();
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'offer.updated',
      targetType: 'offer',
      targetId: offer.id,
      data: {
        changes: change.changes,
        reason: change.reason,
        letterChanged,
        before: offer.terms,
        after: terms,
      },
      ip: auth.ip,
    });
    // A draft has no approvals to lose; a submitted offer goes back to the first approver on a real change.
    if (offer.status !== 'draft' && change.restart) {
      return { offer: await startRound(tx, services, auth, updated!, change.reason), restart: change };
    }
    return { offer: updated!, restart: change };
  });
}

export async function decideOffer(
  services: Services,
  auth: AuthContext,
  id: string,
  input: { decision: 'approve' | 'reject'; comment: string },
) {
  return services.db.transaction(async (tx) => {
    const offer = await getOffer(tx, auth.orgId, id, { lock: true });
    if (offer.status !== 'pending_approval') throw conflict('The offer is not waiting for approval.');
    const before = await offerState(tx, offer);
    if (!canDecide(auth.user.id, before)) {
      throw forbidden('Only an approver of the current step who has not decided yet can approve or reject.');
    }
    if (input.decision === 'reject' && input.comment.trim().length === 0) {
      throw invalid('comment', 'Say why you reject the offer, so it can be changed.');
    }
    const current = before.current!;
    await tx.insert(offerApprovals).values({
      orgId: auth.orgId,
      offerId: offer.id,
      round: offer.approvalRound,
      chainId: current.chainId,
      stepIndex: current.stepIndex,
      approverId: auth.user.id,
      decision: input.decision,
      comment: input.comment,
    });
    const after = await offerState(tx, offer);
    const status: OfferStatus =
      after.status === 'approved' ? 'approved' : after.status === 'rejected' ? 'draft' : 'pending_approval';
    const [row] = await tx
      .update(offers)
      .set({ status, updatedAt: new Date() })
      .where(eq(offers.id, offer.id))
      .returning();
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: input.decision === 'approve' ? 'offer.approved_step' : 'offer.rejected',
      targetType: 'offer',
      targetId: offer.id,
      data: {
        round: offer.approvalRound,
        chainId: current.chainId,
        stepIndex: current.stepIndex,
        comment: input.comment,
        outcome: after.status,
      },
      ip: auth.ip,
    });
    if (after.status === 'approved') {
      await emailCreator(
        tx,
        services,
        row!,
        'The offer is approved',
        'Every approval step has approved the offer. You can send it to the candidate now.',
      );
    } else if (after.status === 'rejected') {
      await emailCreator(
        tx,
        services,
        row!,
        'The offer was rejected',
        `${auth.user.name} rejected the offer: “${input.comment}”. Change it and submit it again.`,
      );
    } else if (after.current && after.current.position !== current.position) {
      await emailCurrentApprovers(tx, services, row!, after, null);
    }
    return row!;
  });
}

export async function sendOffer(
  services: Services,
  auth: AuthContext,
  id: string,
  input: { expiresInDays: number },
) {
  const token = newSecret('hbo_');
  return services.db.transaction(async (tx) => {
    const offer = await getOffer(tx, auth.orgId, id, { lock: true });
    const status = effectiveStatus(offer);
    // Sending again replaces the link (the old one stops working): for a lost e-mail or an expired link.
    if (!['approved', 'sent', 'expired'].includes(status) || (status === 'expired' && !offer.sentAt)) {
      throw conflict(
        offer.status === 'pending_approval' || offer.status === 'draft'
          ? 'The offer can be sent only once it is approved.'
          : `A ${offer.status} offer cannot be sent.`,
      );
    }
    const context = await offerContext(tx, offer);
    if (!context.candidate.email) throw conflict('The candidate has no e-mail address to send the offer to.');
    const now = new Date();
    const [row] = await tx
      .update(offers)
      .set({
        status: 'sent',
        sentLetter: offer.sentLetter ?? (await letterTemplate(tx, offer)),
        tokenHash: hashSecret(token),
        sentAt: now,
        expiresAt: new Date(now.getTime() + input.expiresInDays * DAY),
        updatedAt: now,
      })
      .where(eq(offers.id, offer.id))
      .returning();
    const url = `${services.config.PUBLIC_URL}/offer/${token}`;
    const message = await services.mailer.send(tx, {
      orgId: auth.orgId,
      to: [context.candidate.email],
      candidateId: context.candidate.id,
      ...renderEmail({
        subject: `Your offer from ${context.organisation.name}`,
        heading: `An offer for the ${context.job.title} role`,
        paragraphs: [
          `Hi ${firstName(context.candidate.name)},`,
          `We are delighted to offer you the ${context.job.title} role at ${context.organisation.name}. Your offer letter is behind the link below: you can read it, download it as a PDF, and accept or decline it there.`,
          `The link is personal and works until ${row!.expiresAt!.toISOString().slice(0, 10)}. Reply to this e-mail with any question.`,
        ],
        action: { label: 'Read your offer', url },
      }),
    });
    await recordEvents(tx, [
      {
        orgId: auth.orgId,
        candidateId: offer.candidateId,
        applicationId: offer.applicationId,
        jobId: offer.jobId,
        type: 'offer_sent',
        actorUserId: auth.user.id,
        data: { offerId: offer.id, messageId: message.id, expiresAt: row!.expiresAt!.toISOString() },
      },
    ]);
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'offer.sent',
      targetType: 'offer',
      targetId: offer.id,
      data: { expiresAt: row!.expiresAt!.toISOString() },
      ip: auth.ip,
    });
    return { offer: row!, url };
  });
}

export async function withdrawOffer(services: Services, auth: AuthContext, id: string, reason: string) {
  return services.db.transaction(async (tx) => {
    const offer = await getOffer(tx, auth.orgId, id, { lock: true });
    if (CLOSED.includes(offer.status)) throw conflict(`The offer is already ${offer.status}.`);
    const [row] = await tx
      .update(offers)
      .set({ status: 'withdrawn', tokenHash: null, updatedAt: new Date() })
      .where(eq(offers.id, offer.id))
      .returning();
    await recordEvents(tx, [
      {
        orgId: auth.orgId,
        candidateId: offer.candidateId,
        applicationId: offer.applicationId,
        jobId: offer.jobId,
        type: 'offer_withdrawn',
        actorUserId: auth.user.id,
        data: { offerId: offer.id, reason },
      },
    ]);
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'offer.withdrawn',
      targetType: 'offer',
      targetId: offer.id,
      data: { reason },
      ip: auth.ip,
    });
    return row!;
  });
}
