import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { LetterBody } from '../../../components/letter-body';
import type { OfferLetterTemplate, TemplateProblem } from '../../../domain/offer-letter-domain';
import { useSession } from '../../../layouts/session-context';
import { samplePreview } from './sample-offer';

type LetterPreviewProps = { template: OfferLetterTemplate; problems: TemplateProblem[] };

/** The letter as a sample candidate reads it, with this organisation's name, updated as you type. */
export function LetterPreview({ template, problems }: LetterPreviewProps) {
  const { organisation, user } = useSession();
  if (problems.length > 0 || template.body.trim().length === 0) {
    return (
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title="No preview yet">
        {problems.length > 0
          ? 'Fix the variables marked above and the preview comes back.'
          : 'Write the letter and it appears here as the candidate will read it.'}
      </Alert>
    );
  }
  const letter = samplePreview(template, { organisation: organisation.name, sender: user.name });
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} component="section" aria-label="Preview">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} mb="md">
        Preview for a sample candidate, Jane Doe
      </Text>
      <Stack gap="sm" maw={680}>
        <Text fw={700}>{letter.organisationName}</Text>
        <Title order={3} fz="xl">
          {letter.title}
        </Title>
        <Text size="sm" c="dimmed">
          {letter.issuedOn}
        </Text>
        <LetterBody blocks={letter.blocks} terms={letter.terms} />
      </Stack>
    </Paper>
  );
}
