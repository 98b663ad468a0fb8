import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconPencil, IconPhone } from '@tabler/icons-react';
import type { Candidate } from '../../../api/candidates';
import { RelativeTime } from '../../../components/relative-time';
import { usePageTitle } from '../../../lib/use-page-title';
import { formatYears, sourceLabels } from '../candidate-labels';

type ProfileHeaderProps = { candidate: Candidate; onEdit?: () => void };

export function ProfileHeader({ candidate, onEdit }: ProfileHeaderProps) {
  usePageTitle(candidate.name);
  const email = candidate.emails[0];
  const phone = candidate.phones[0];
  return (
    <Group justify="space-between" align="flex-end" gap="md" mb="lg">
      <Stack gap={6} maw={760}>
        <Title order={1} fz={{ base: 26, sm: 30 }}>
          {candidate.name}
        </Title>
        {candidate.headline && <Text>{candidate.headline}</Text>}
        <Text size="sm" c="dimmed">
          {[
            candidate.location,
            candidate.totalYears === null ? null : `${formatYears(candidate.totalYears)} of experience`,
            `${sourceLabels[candidate.source]}${candidate.sourceDetail ? ` (${candidate.sourceDetail})` : ''}`,
          ]
            .filter(Boolean)
            .join(' · ')}
          , added <RelativeTime value={candidate.createdAt} />
        </Text>
        {candidate.tags.length > 0 && (
          <Group gap={6} aria-label="Tags">
            {candidate.tags.map((tag) => (
              <Badge key={tag} variant="outline" color="gray" tt="none" fw={500}>
                {tag}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
      <Group gap="sm">
        {email && (
          <Button
            component="a"
            href={`mailto:${email}`}
            variant="default"
            leftSection={<IconMail size={18} aria-hidden />}
            aria-label={`E-mail ${candidate.name}`}
          >
            E-mail
          </Button>
        )}
        {phone && (
          <Button
            component="a"
            href={`tel:${phone}`}
            variant="default"
            leftSection={<IconPhone size={18} aria-hidden />}
            aria-label={`Call ${candidate.name}`}
          >
            Call
          </Button>
        )}
        {onEdit && (
          <Button leftSection={<IconPencil size={18} aria-hidden />} onClick={onEdit}>
            Edit profile
          </Button>
        )}
      </Group>
    </Group>
  );
}
