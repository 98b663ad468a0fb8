import { Paper, Text } from '@mantine/core';
import type { EmailTemplate } from '../../api/pipeline';

/** The values the server fills in, as far as the board knows them (see src/candidates/email-templates.ts). */
export type PreviewValues = {
  candidateName: string;
  jobTitle: string;
  organisationName: string;
  senderName: string;
  stageName?: string;
};

function fill(text: string, values: PreviewValues): string {
  const byName: Record<string, string> = {
    'candidate.name': values.candidateName,
    'candidate.firstName': values.candidateName.trim().split(/\s+/)[0] ?? values.candidateName,
    'job.title': values.jobTitle,
    'organisation.name': values.organisationName,
    'sender.name': values.senderName,
    'stage.name': values.stageName ?? '',
  };
  return text.replace(/\{\{\s*([a-zA-Z.]+)\s*\}\}/g, (_match, name: string) => byName[name] ?? '');
}

/** What the first selected candidate will receive, so nobody sends an e-mail blind. */
export function EmailPreview({
  template,
  values,
}: {
  template: EmailTemplate | undefined;
  values: PreviewValues;
}) {
  if (!template) return null;
  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0">
      <Text size="xs" c="dimmed">
        Preview for {values.candidateName}
      </Text>
      <Text size="sm" fw={600} mt={4}>
        Subject: {fill(template.subject, values)}
      </Text>
      <Text size="sm" mt={6} lineClamp={4} style={{ whiteSpace: 'pre-line' }}>
        {fill(template.body, values)}
      </Text>
    </Paper>
  );
}
