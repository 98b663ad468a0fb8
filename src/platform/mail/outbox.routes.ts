import { z } from 'zod';
import { idParams } from '../../accounts/accounts.contract.ts';
import { authOf } from '../http/auth-hooks.ts';
import type { App } from '../http/types.ts';
import type { Services } from '../services.ts';
import type { OutboxMessage } from './mailer.ts';
import { outboxStatuses } from './outbox.tables.ts';

const summarySchema = z
  .object({
    id: z.uuid(),
    to: z.array(z.string()),
    subject: z.string(),
    status: z.enum(outboxStatuses),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'OutboxMessageSummary' });
const messageSchema = summarySchema
  .extend({
    from: z.string(),
    text: z.string(),
    html: z.string().nullable(),
    error: z.string().nullable(),
    icalEvent: z
      .object({ method: z.enum(['REQUEST', 'CANCEL']), filename: z.string(), content: z.string() })
      .nullable()
      .describe('The calendar invitation sent with the message, if any.'),
  })
  .meta({ id: 'OutboxMessage' });

const presentSummary = (message: OutboxMessage): z.infer<typeof summarySchema> => ({
  id: message.id,
  to: message.to,
  subject: message.subject,
  status: message.status,
  createdAt: message.createdAt.toISOString(),
  sentAt: message.sentAt?.toISOString() ?? null,
});

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});

export function outboxRoutes(app: App, services: Services) {
  const tags = ['outbox'];
  app.get(
    '/outbox',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'E-mails sent or kept by Hirebench, newest first',
        querystring: pageQuery,
        response: { 200: z.object({ items: z.array(summarySchema), total: z.number().int() }) },
      },
    },
    async (request) => {
      const { items, total } = await services.mailer.list(authOf(request).orgId, request.query);
      return { items: items.map(presentSummary), total };
    },
  );

  app.get(
    '/outbox/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'One e-mail, in full',
        params: idParams,
        response: { 200: z.object({ message: messageSchema }) },
      },
    },
    async (request) => {
      const message = await services.mailer.get(authOf(request).orgId, request.params.id);
      return {
        message: {
          ...presentSummary(message),
          from: message.from,
          text: message.text,
          html: message.html,
          error: message.error,
          icalEvent: message.icalEvent ?? null,
        },
      };
    },
  );
}
