import { Divider, Paper, Text, Title } from '@mantine/core';
import { useSession } from '../../../layouts/session-context';
import { fillTemplate, sampleValues } from './template-preview';

/** The e-mail as Jane Doe would read it, updated as you type. */
export function TemplatePreviewCard({ subject, body }: { subject: string; body: string }) {
  const { organisation, user } = useSession();
  const values = sampleValues(organisation.name, user.name);
  return (
    <Paper withBorder radius="md" p="lg" bg="gray.0" component="section" aria-label="Preview">
      <Title order={3} fz="sm" c="dimmed" tt="uppercase" mb="xs">
        Preview with sample values
      </Title>
      <Text size="sm" c="dimmed">
        To: Jane Doe &lt;jane.doe@example.com&gt;
      </Text>
      <Text fw={600} mt={4} style={{ overflowWrap: 'anywhere' }}>
        {fillTemplate(subject, values) || 'No subject yet'}
      </Text>
      <Divider my="sm" />
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {fillTemplate(body, values) || 'No text yet'}
      </Text>
    </Paper>
  );
}
