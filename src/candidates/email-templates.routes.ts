import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, notFound } from '../platform/errors.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { emailTemplates } from './candidates.tables.ts';
import { defaultEmailTemplates, templateVariables, unknownVariables } from './email-templates.ts';

const templateSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    subject: z.string(),
    body: z.string(),
    customised: z.boolean(),
  })
  .meta({ id: 'EmailTemplate' });
const keyParams = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{1,59}$/, 'Use lowercase letters, digits and _.'),
});

export function emailTemplatesRoutes(app: App, services: Services) {
  const tags = ['e-mail templates'];

  const listFor = async (orgId: string) => {
    const custom = await services.db.select().from(emailTemplates).where(eq(emailTemplates.orgId, orgId));
    const keys = [
      ...new Set([
        ...defaultEmailTemplates.map((template) => template.key),
        ...custom.map((template) => template.key),
      ]),
    ];
    return keys.map((key) => {
      const own = custom.find((template) => template.key === key);
      const shipped = defaultEmailTemplates.find((template) => template.key === key);
      const template = (own ?? shipped)!;
      return {
        key,
        name: template.name,
        subject: template.subject,
        body: template.body,
        customised: own !== undefined,
      };
    });
  };

  app.get(
    '/email-templates',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The e-mails sent to candidates, with the variables they may use',
        response: { 200: z.object({ items: z.array(templateSchema), variables: z.array(z.string()) }) },
      },
    },
    async (request) => ({ items: await listFor(authOf(request).orgId), variables: [...templateVariables] }),
  );

  app.put(
    '/email-templates/:key',
    {
      config: { access: ['admin', 'recruiter'] },
      schema: {
        tags,
        summary: 'Save your organisation’s version of a template (or a new one)',
        params: keyParams,
        body: z.object({
          name: z.string().trim().min(2).max(80),
          subject: z.string().trim().min(2).max(200),
          body: z.string().trim().min(2).max(10_000),
        }),
        response: { 200: z.object({ template: templateSchema }) },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const problems = [
        ...unknownVariables(request.body.subject).map((name) => ({
          path: 'subject',
          message: `{{${name}}} is not a variable.`,
        })),
        ...unknownVariables(request.body.body).map((name) => ({
          path: 'body',
          message: `{{${name}}} is not a variable.`,
        })),
      ];
      if (problems.length) {
        throw new AppError(
          'validation_failed',
          `Unknown variables. Use ${templateVariables.map((name) => `{{${name}}}`).join(', ')}.`,
          problems,
        );
      }
      await services.db
        .insert(emailTemplates)
        .values({ orgId: auth.orgId, key: request.params.key, ...request.body, updatedBy: auth.user.id })
        .onConflictDoUpdate({
          target: [emailTemplates.orgId, emailTemplates.key],
          set: { ...request.body, updatedBy: auth.user.id, updatedAt: new Date() },
        });
      const template = (await listFor(auth.orgId)).find((item) => item.key === request.params.key)!;
      return { template };
    },
  );

  app.delete(
    '/email-templates/:key',
    {
      config: { access: ['admin', 'recruiter'] },
      schema: {
        tags,
        summary: 'Go back to the shipped version of a template (or delete your own)',
        params: keyParams,
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const removed = await services.db
        .delete(emailTemplates)
        .where(and(eq(emailTemplates.orgId, auth.orgId), eq(emailTemplates.key, request.params.key)))
        .returning({ key: emailTemplates.key });
      if (removed.length === 0) throw notFound('customised template');
      return reply.status(204).send();
    },
  );
}
