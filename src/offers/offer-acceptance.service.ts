import { and, count, eq } from 'drizzle-orm';
import { applications } from '../candidates/candidates.tables.ts';
import { firstName } from '../candidates/email-templates.ts';
import { createPlanForOffer } from '../onboarding/onboarding.service.ts';
import { ensureStages, recordEvents } from '../pipeline/pipeline.store.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import type { Executor } from '../platform/db/client.ts';
import { conflict, invalid, notFound } from '../platform/errors.ts';
import { renderEmail } from '../platform/mail/templates.ts';
import { hashSecret } from '../platform/security/secrets.ts';
import type { Services } from '../platform/services.ts';
import { jobs } from '../roles/roles.tables.ts';
import { offerLetterText } from './offer-letter.ts';
import { engagementEndDate } from './offer-terms.ts';
import { renderLetter } from './offers.service.ts';
import { offerContext, usersByIds } from './offers.store.ts';
import { engagements, offers } from './offers.tables.ts';

/**
 * The candidate's side of an offer, reached only through the e-mailed link (the token is the credential):
 * read the letter, accept by typing their name, or decline with a reason. Accepting hires: the application
 * moves to the job's Hired stage, the job closes once its headcount is filled, the onboarding plan (and for
 * trials and contracts the engagement) is created, and the team is told — all in one transaction.
 */

/** The link has expired: the route answers 410 Gone, not 404, so the candidate knows to ask for a new one. */
export class OfferLinkExpired extends Error {
  constructor() {
    super('This offer link has expired. Reply to the e-mail it came with and we will send you a new one.');
    this.name = 'OfferLinkExpired';
  }
}

async function openOffer(db: Executor, token: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(offers)
    .where(eq(offers.tokenHash, hashSecret(token)));
  const [offer] = options.lock ? await query.for('update') : await query;
  if (!offer || offer.status === 'withdrawn') throw notFound('offer');
  if (offer.status === 'accepted') throw conflict('You have already accepted this offer. Welcome aboard!');
  if (offer.status === 'declined') throw conflict('You have already declined this offer.');
  if (offer.status === 'expired' || !offer.expiresAt || offer.expiresAt.getTime() <= Date.now()) {
    throw new OfferLinkExpired();
  }
  // Only a sent offer is answerable; anything else behind a token is treated as no offer at all.
  if (offer.status !== 'sent') throw notFound('offer');
  return offer;
}

/** What the candidate sees: the letter (text and blocks), the terms summary and how long the offer is open. */
export async function publicOffer(services: Services, token: string) {
  const offer = await openOffer(services.db, token);
  const context = await offerContext(services.db, offer);
  const letter = await renderLetter(services.db, offer, context);
  return {
    organisation: context.organisation.name,
    candidateName: context.candidate.name,
    jobTitle: context.job.title,
    engagement: offer.engagement,
    title: letter.title,
    letter: offerLetterText(letter),
    blocks: letter.blocks,
    terms: letter.terms,
    expiresAt: offer.expiresAt!.toISOString(),
  };
}

/** The letter for the PDF: read outside any transaction; the caller renders it. */
export async function publicOfferLetter(services: Services, token: string) {
  const offer = await openOffer(services.db, token);
  return renderLetter(services.db, offer);
}

/** Case, spacing and Unicode form do not matter; the letters do. */
export const sameName = (typed: string, name: string) => {
  const norm = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(typed) === norm(name);
};

export async function acceptOffer(
  services: Services,
  token: string,
  input: { typedName: string; ip: string | null; userAgent: string | null },
) {
  return services.db.transaction(async (tx) => {
    const offer = await openOffer(tx, token, { lock: true });
    const context = await offerContext(tx, offer);
    if (!sameName(input.typedName, context.candidate.name)) {
      throw invalid(
        'typedName',
        `Type your full name exactly as it appears on the offer: ${context.candidate.name}.`,
      );
    }
    // Locks the job: two acceptances at once must not both miss that the headcount is filled.
    const [job] = await tx.select().from(jobs).where(eq(jobs.id, offer.jobId)).for('update');
    const [application] = await tx
      .select()
      .from(applications)
      .where(eq(applications.id, offer.applicationId));
    if (!job || !application) throw notFound('offer');
    const stages = await ensureStages(tx, offer.orgId, job.id, job.blueprint.seniority);
    const hired = stages.find((stage) => stage.kind === 'hired')!;
    const now = new Date();
    const acceptance = { typedName: input.typedName.trim(), ip: input.ip, userAgent: input.userAgent };
    const [accepted] = await tx
      .update(offers)
      .set({ status: 'accepted', acceptedAt: now, acceptance, updatedAt: now })
      .where(eq(offers.id, offer.id))
      .returning();
    await tx
      .update(applications)
      .set({
        stage: hired.key,
        stageEnteredAt: now,
        status: 'hired',
        rejectionReason: null,
        closedAt: now,
        updatedAt: now,
      })
      .where(eq(applications.id, application.id));
    await recordEvents(tx, [
      {
        orgId: offer.orgId,
        candidateId: offer.candidateId,
        applicationId: offer.applicationId,
        jobId: job.id,
        type: 'offer_accepted',
        data: { offerId: offer.id, typedName: acceptance.typedName },
      },
      {
        orgId: offer.orgId,
        candidateId: offer.candidateId,
        applicationId: offer.applicationId,
        jobId: job.id,
        type: 'moved',
        fromStage: application.stage,
        toStage: hired.key,
        data: { offerId: offer.id, reason: 'offer_accepted' },
      },
    ]);

    const [filled] = await tx
      .select({ value: count() })
      .from(applications)
      .where(and(eq(applications.jobId, job.id), eq(applications.status, 'hired')));
    const jobClosed = (filled?.value ?? 0) >= job.blueprint.headcount && job.status !== 'closed';
    if (jobClosed) {
      await tx
        .update(jobs)
        .set({ status: 'closed', closedAt: now, updatedAt: now })
        .where(eq(jobs.id, job.id));
      await recordAudit(tx, {
        orgId: offer.orgId,
        actorUserId: null,
        action: 'job.status_changed',
        targetType: 'job',
        targetId: job.id,
        data: {
          from: job.status,
          to: 'closed',
          reason: 'headcount_filled',
          headcount: job.blueprint.headcount,
        },
      });
    }

    const managerId = job.ownerId ?? offer.createdBy;
    const plan = await createPlanForOffer(tx, {
      orgId: offer.orgId,
      offerId: offer.id,
      applicationId: offer.applicationId,
      candidateId: offer.candidateId,
      job,
      terms: offer.terms,
      managerId,
    });
    const endDate = engagementEndDate(offer.terms);
    let engagementId: string | null = null;
    if (offer.terms.engagement !== 'full_time' && endDate) {
      const [engagement] = await tx
        .insert(engagements)
        .values({
          orgId: offer.orgId,
          applicationId: offer.applicationId,
          candidateId: offer.candidateId,
          jobId: job.id,
          offerId: offer.id,
          kind: offer.terms.engagement,
          startDate: offer.terms.startDate,
          endDate,
        })
        .returning();
      engagementId = engagement!.id;
    }
    await recordAudit(tx, {
      orgId: offer.orgId,
      actorUserId: null,
      action: 'offer.accepted',
      targetType: 'offer',
      targetId: offer.id,
      data: { ...acceptance, planId: plan.id, engagementId, jobClosed },
      ip: input.ip,
    });

    const team = (await usersByIds(tx, offer.orgId, [job.ownerId, offer.createdBy])).filter(
      (user) => user.active,
    );
    for (const person of team) {
      await services.mailer.send(tx, {
        orgId: offer.orgId,
        to: [person.email],
        ...renderEmail({
          subject: `${context.candidate.name} accepted the offer for ${job.title}`,
          heading: `${context.candidate.name} accepted!`,
          paragraphs: [
            `Hi ${firstName(person.name)},`,
            `${context.candidate.name} accepted the offer for ${job.title} and starts on ${offer.terms.startDate}.`,
            jobClosed
              ? `The job is now closed: its headcount of ${job.blueprint.headcount} is filled.`
              : 'The job stays open for its remaining headcount.',
            'The onboarding plan is ready. Name a buddy and check the items due before day one.',
          ],
          action: {
            label: 'Open the onboarding plan',
            url: `${services.config.PUBLIC_URL}/onboarding/${plan.id}`,
          },
        }),
      });
    }
    return { offer: accepted!, planId: plan.id, engagementId, jobClosed };
  });
}

export async function declineOffer(
  services: Services,
  token: string,
  input: { reason: string; ip: string | null },
) {
  return services.db.transaction(async (tx) => {
    const offer = await openOffer(tx, token, { lock: true });
    const context = await offerContext(tx, offer);
    const now = new Date();
    const [declined] = await tx
      .update(offers)
      .set({ status: 'declined', declinedAt: now, declinedReason: input.reason, updatedAt: now })
      .where(eq(offers.id, offer.id))
      .returning();
    await recordEvents(tx, [
      {
        orgId: offer.orgId,
        candidateId: offer.candidateId,
        applicationId: offer.applicationId,
        jobId: offer.jobId,
        type: 'offer_declined',
        data: { offerId: offer.id, reason: input.reason },
      },
    ]);
    await recordAudit(tx, {
      orgId: offer.orgId,
      actorUserId: null,
      action: 'offer.declined',
      targetType: 'offer',
      targetId: offer.id,
      data: { reason: input.reason },
      ip: input.ip,
    });
    const team = (await usersByIds(tx, offer.orgId, [context.job.ownerId, offer.createdBy])).filter(
      (user) => user.active,
    );
    for (const person of team) {
      await services.mailer.send(tx, {
        orgId: offer.orgId,
        to: [person.email],
        ...renderEmail({
          subject: `${context.candidate.name} declined the offer for ${context.job.title}`,
          heading: `${context.candidate.name} declined the offer`,
          paragraphs: [`Hi ${firstName(person.name)},`, `Their reason: “${input.reason}”`],
          action: { label: 'Open the offer', url: `${services.config.PUBLIC_URL}/offers/${offer.id}` },
        }),
      });
    }
    return declined!;
  });
}
