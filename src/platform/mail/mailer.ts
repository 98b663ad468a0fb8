import { and, count, desc, eq } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import { z } from 'zod';
import type { Db, Executor } from '../db/client.ts';
import { notFound } from '../errors.ts';
import { defineJob, type JobQueue } from '../jobs/queue.ts';
import { type OutboxIcalEvent, outboxMessages } from './outbox.tables.ts';

export type OutboxMessage = typeof outboxMessages.$inferSelect;

export type Email = {
  orgId: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
  /** A calendar invitation (iCalendar text) that calendar clients show with accept/decline buttons. */
  icalEvent?: OutboxIcalEvent | null;
  /** The candidate the message is to, so it appears on their timeline. */
  candidateId?: string | null;
};

export const sendMailJob = defineJob({
  type: 'mail.send',
  payload: z.object({ messageId: z.uuid() }),
  maxAttempts: 6,
  // Replaced by Mailer.registerJobs with a handler bound to the real transport.
  run: async () => undefined,
});

/**
 * Every message is written to the outbox in the caller's transaction, then delivered by a background job:
 * over SMTP when configured, otherwise it stays in the outbox for admins to read.
 */
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(
    private readonly db: Db,
    private readonly queue: JobQueue,
    private readonly options: { from: string; smtpUrl?: string | undefined },
  ) {
    this.transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
    queue.register({ ...sendMailJob, run: ({ messageId }) => this.deliver(messageId) });
  }

  /** `sendAt` delays delivery (a rejection e-mail a day later reads less like an automated brush-off). */
  async send(executor: Executor, email: Email, options: { sendAt?: Date } = {}): Promise<OutboxMessage> {
    const [message] = await executor
      .insert(outboxMessages)
      .values({
        orgId: email.orgId,
        to: email.to,
        from: this.options.from,
        subject: email.subject,
        text: email.text,
        html: email.html ?? null,
        icalEvent: email.icalEvent ?? null,
        candidateId: email.candidateId ?? null,
      })
      .returning();
    await this.queue.enqueue(
      executor,
      sendMailJob,
      { messageId: message!.id },
      { orgId: email.orgId, ...(options.sendAt ? { runAt: options.sendAt } : {}) },
    );
    return message!;
  }

  private async deliver(messageId: string): Promise<{ status: string }> {
    const [message] = await this.db.select().from(outboxMessages).where(eq(outboxMessages.id, messageId));
    if (!message) return { status: 'gone' };
    if (message.status === 'sent' || message.status === 'stored') return { status: message.status };
    if (!this.transport) {
      await this.db
        .update(outboxMessages)
        .set({ status: 'stored', sentAt: new Date() })
        .where(eq(outboxMessages.id, messageId));
      return { status: 'stored' };
    }
    try {
      await this.transport.sendMail({
        from: message.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? undefined,
        ...(message.icalEvent ? { icalEvent: message.icalEvent } : {}),
      });
    } catch (error) {
      await this.db
        .update(outboxMessages)
        .set({ status: 'failed', error: error instanceof Error ? error.message : String(error) })
        .where(eq(outboxMessages.id, messageId));
      throw error;
    }
    await this.db
      .update(outboxMessages)
      .set({ status: 'sent', error: null, sentAt: new Date() })
      .where(eq(outboxMessages.id, messageId));
    return { status: 'sent' };
  }

  async list(orgId: string, page: { limit: number; offset: number }) {
    const where = eq(outboxMessages.orgId, orgId);
    const [items, [total]] = await Promise.all([
      this.db
        .select()
        .from(outboxMessages)
        .where(where)
        .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
        .limit(page.limit)
        .offset(page.offset),
      this.db.select({ value: count() }).from(outboxMessages).where(where),
    ]);
    return { items, total: total?.value ?? 0 };
  }

  async get(orgId: string, id: string): Promise<OutboxMessage> {
    const [message] = await this.db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.orgId, orgId), eq(outboxMessages.id, id)));
    if (!message) throw notFound('message');
    return message;
  }
}
