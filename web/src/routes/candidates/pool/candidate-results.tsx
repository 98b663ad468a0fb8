import { Anchor, Badge, Card, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { CandidateListItem } from '../../../api/candidates';
import { RelativeTime } from '../../../components/relative-time';
import { formatYears, sourceLabels } from '../candidate-labels';

/** A table on wide screens, cards on phones; the name opens the profile. */
export function CandidateResults({ items }: { items: CandidateListItem[] }) {
  return (
    <>
      <Card withBorder radius="md" padding={0} visibleFrom="sm">
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Location</Table.Th>
                <Table.Th>Experience</Table.Th>
                <Table.Th>Source</Table.Th>
                <Table.Th>Tags</Table.Th>
                <Table.Th>Added</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((candidate) => (
                <Table.Tr key={candidate.id}>
                  <Table.Td maw={340}>
                    <CandidateName candidate={candidate} />
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {candidate.headline ?? candidate.email ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{candidate.location ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">
                      {candidate.totalYears === null ? '—' : formatYears(candidate.totalYears)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{sourceLabels[candidate.source] ?? candidate.source}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Tags tags={candidate.tags} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">
                      <RelativeTime value={candidate.createdAt} />
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Stack gap="sm" hiddenFrom="sm">
        {items.map((candidate) => (
          <Paper key={candidate.id} withBorder radius="md" p="md">
            <CandidateName candidate={candidate} />
            {candidate.headline && <Text size="sm">{candidate.headline}</Text>}
            <Text size="xs" c="dimmed" mt={4}>
              {[
                candidate.location,
                candidate.totalYears === null ? null : formatYears(candidate.totalYears),
                sourceLabels[candidate.source] ?? candidate.source,
              ]
                .filter(Boolean)
                .join(' · ')}
              {' · added '}
              <RelativeTime value={candidate.createdAt} />
            </Text>
            {candidate.tags.length > 0 && (
              <Group mt={6}>
                <Tags tags={candidate.tags} />
              </Group>
            )}
          </Paper>
        ))}
      </Stack>
    </>
  );
}

function CandidateName({ candidate }: { candidate: CandidateListItem }) {
  return (
    <Anchor
      renderRoot={(props) => (
        <Link {...props} to="/candidates/$candidateId" params={{ candidateId: candidate.id }} />
      )}
      fw={600}
      size="sm"
    >
      {candidate.name}
    </Anchor>
  );
}

function Tags({ tags }: { tags: string[] }) {
  if (tags.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Group gap={4}>
      {tags.slice(0, 3).map((tag) => (
        <Badge key={tag} variant="outline" color="gray" tt="none" fw={500} size="sm">
          {tag}
        </Badge>
      ))}
      {tags.length > 3 && (
        <Text size="xs" c="dimmed">
          +{tags.length - 3}
        </Text>
      )}
    </Group>
  );
}
