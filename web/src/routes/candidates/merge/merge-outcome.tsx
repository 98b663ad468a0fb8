import { List, Paper, Text, Title } from '@mantine/core';
import type { Candidate } from '../../../api/candidates';

const unite = (left: string[], right: string[]) => [...new Set([...left, ...right])];

/** What the kept profile will hold afterwards, in the server's words: contacts united, the rest moved over. */
export function MergeOutcome({ kept, merged }: { kept: Candidate; merged: Candidate }) {
  const emails = unite(kept.emails, merged.emails);
  const phones = unite(kept.phones, merged.phones);
  const tags = unite(kept.tags, merged.tags);
  const skills = unite(
    kept.skills.map((skill) => skill.name),
    merged.skills.map((skill) => skill.name),
  );
  const applications = kept.applications.length + merged.applications.length;
  const files = kept.files.length + merged.files.length;
  return (
    <Paper withBorder radius="md" p="lg" component="section">
      <Title order={2} fz="lg" mb="sm">
        After the merge, {kept.name} has
      </Title>
      <List size="sm" spacing={4}>
        <List.Item>
          E-mails:{' '}
          {emails.join(', ') || (
            <Text span inherit c="dimmed">
              none
            </Text>
          )}
        </List.Item>
        <List.Item>
          Phones:{' '}
          {phones.join(', ') || (
            <Text span inherit c="dimmed">
              none
            </Text>
          )}
        </List.Item>
        <List.Item>
          {skills.length} skills, {tags.length ? `tags ${tags.join(', ')}` : 'no tags'}
        </List.Item>
        <List.Item>
          {applications} {applications === 1 ? 'application' : 'applications'} and {files}{' '}
          {files === 1 ? 'file' : 'files'}, plus every note and event from both timelines
        </List.Item>
        <List.Item>
          Name, headline and other single details from {kept.name}’s profile, filled in from the other where
          empty
        </List.Item>
      </List>
    </Paper>
  );
}
