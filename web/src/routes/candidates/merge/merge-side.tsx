import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Candidate } from '../../../api/candidates';
import { RelativeTime } from '../../../components/relative-time';
import { sourceLabels } from '../candidate-labels';
import { ContactList } from '../contact-list';
import { ProfileLinks } from '../profile-links';
import { SkillList } from '../skill-list';

type MergeSideProps = { candidate: Candidate; outcome: 'kept' | 'merged' };

export function MergeSide({ candidate, outcome }: MergeSideProps) {
  const kept = outcome === 'kept';
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-label={kept ? `Kept: ${candidate.name}` : `Folded in: ${candidate.name}`}
      style={kept ? { borderColor: 'var(--mantine-color-green-5)', borderWidth: 2 } : undefined}
    >
      <Stack gap="md">
        <div>
          <Badge color={kept ? 'green' : 'orange'} variant="light" mb={6}>
            {kept ? 'Kept' : 'Folded in'}
          </Badge>
          <Title order={2} fz="lg">
            {candidate.name}
          </Title>
          {candidate.headline && <Text size="sm">{candidate.headline}</Text>}
          <Text size="xs" c="dimmed">
            {sourceLabels[candidate.source]}, added <RelativeTime value={candidate.createdAt} />
          </Text>
        </div>
        <ContactList {...candidate} />
        <ProfileLinks links={candidate.links} />
        <SkillList skills={candidate.skills} />
        <Group gap="lg">
          <Text size="sm">
            <b>{candidate.applications.length}</b>{' '}
            {candidate.applications.length === 1 ? 'application' : 'applications'}
          </Text>
          <Text size="sm">
            <b>{candidate.files.length}</b> {candidate.files.length === 1 ? 'file' : 'files'}
          </Text>
          <Text size="sm">
            <b>{candidate.experience.length}</b> {candidate.experience.length === 1 ? 'job' : 'jobs'}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
