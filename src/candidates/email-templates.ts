/** Pure: the e-mails sent to candidates, with {{variables}}; organisations edit their own copies. */

export const templateVariables = [
  'candidate.name',
  'candidate.firstName',
  'job.title',
  'organisation.name',
  'stage.name',
  'sender.name',
] as const;
export type TemplateVariable = (typeof templateVariables)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string>>;

export type EmailTemplateDefinition = { key: string; name: string; subject: string; body: string };

export const defaultEmailTemplates: EmailTemplateDefinition[] = [
  {
    key: 'application_received',
    name: 'Application received',
    subject: 'We received your application for {{job.title}}',
    body: 'Hi {{candidate.firstName}},\n\nThank you for applying for {{job.title}} at {{organisation.name}}. A person (not a filter) reads every application; you will hear from us within a week, whatever the decision.\n\nBest regards,\n{{organisation.name}}',
  },
  {
    key: 'rejection',
    name: 'Rejection',
    subject: 'Your application for {{job.title}}',
    body: 'Hi {{candidate.firstName}},\n\nThank you for the time you spent on your application for {{job.title}}. We have decided not to move forward this time. This was not an easy call, and we would be glad to hear from you again for future roles.\n\nWe wish you all the best,\n{{sender.name}}\n{{organisation.name}}',
  },
  {
    key: 'stage_invitation',
    name: 'Invitation to the next step',
    subject: 'Next step for {{job.title}}: {{stage.name}}',
    body: 'Hi {{candidate.firstName}},\n\nGood news: we would like to invite you to the next step for {{job.title}} — {{stage.name}}. We will follow up shortly with the details.\n\nBest regards,\n{{sender.name}}\n{{organisation.name}}',
  },
];

const placeholder = /\{\{\s*([a-zA-Z.]+)\s*\}\}/g;

/** Variables a template uses that do not exist: reported when someone saves a template. */
export function unknownVariables(text: string): string[] {
  const unknown = new Set<string>();
  for (const [, name] of text.matchAll(placeholder)) {
    if (!templateVariables.includes(name as TemplateVariable)) unknown.add(name!);
  }
  return [...unknown];
}

export function fillTemplate(text: string, values: TemplateValues): string {
  return text.replace(placeholder, (_match, name: string) => values[name as TemplateVariable] ?? '');
}

export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;
