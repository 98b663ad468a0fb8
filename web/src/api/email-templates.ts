import { queryOptions } from '@tanstack/react-query';
import { api } from './client';

// Shapes from src/candidates/email-templates.routes.ts.

export type EmailTemplate = { key: string; name: string; subject: string; body: string; customised: boolean };

type EmailTemplateList = { items: EmailTemplate[]; variables: string[] };

/** The templates Hirebench ships; every other key is one the organisation made itself. */
export const shippedTemplateKeys = ['application_received', 'rejection', 'stage_invitation'];

export const emailTemplatesQuery = queryOptions({
  queryKey: ['email-templates'],
  queryFn: () => api.get<EmailTemplateList>('/email-templates'),
});

const templatePath = (key: string) => `/email-templates/${encodeURIComponent(key)}`;

export const saveEmailTemplate = (key: string, template: { name: string; subject: string; body: string }) =>
  api.put<{ template: EmailTemplate }>(templatePath(key), template).then((body) => body.template);

/** Back to the shipped text, or gone for a template the organisation made. */
export const resetEmailTemplate = (key: string) => api.delete(templatePath(key));
