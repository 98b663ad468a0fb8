import { Anchor, Button, Group, List, Text } from '@mantine/core';
import { IconSearch, IconUsers } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { EmptyState } from '../../../components/empty-state';

/** Nobody in the pool yet: where candidates come from, and a way to start each. */
export function EmptyPool({ canAdd }: { canAdd: boolean }) {
  return (
    <EmptyState
      icon={<IconUsers aria-hidden />}
      title="Your candidate pool is empty"
      description={
        <>
          <Text inherit mb="xs">
            Everyone you consider for a role gathers here, searchable by skill, name or anything in their
            résumé. Candidates arrive in three ways:
          </Text>
          <List size="sm" spacing={4} ta="left" mx="auto" maw={460}>
            <List.Item>
              <b>Applications</b> from your careers page, once you publish a job.
            </List.Item>
            <List.Item>
              <b>Résumés you upload</b>: Hirebench reads them and fills in the profile for you to check.
            </List.Item>
            <List.Item>
              <b>An import</b> of an existing list (CSV or another system’s export), through the{' '}
              <Anchor href="/api/docs" target="_blank" inherit>
                Hirebench API
              </Anchor>
              .
            </List.Item>
          </List>
        </>
      }
    >
      <Group gap="sm" justify="center">
        {canAdd && (
          <Button
            renderRoot={(props) => <Link {...props} to="/candidates/new" search={{ mode: 'resume' }} />}
          >
            Upload a résumé
          </Button>
        )}
        <Button renderRoot={(props) => <Link {...props} to="/roles" />} variant="default">
          Publish a job
        </Button>
        <Button renderRoot={(props) => <Link {...props} to="/" />} variant="subtle">
          Load demo data from Home
        </Button>
      </Group>
    </EmptyState>
  );
}

/** The search or filters matched nobody. */
export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState
      icon={<IconSearch aria-hidden />}
      title="Nobody matches"
      description="Try fewer words or a shorter start of a word (“post” finds PostgreSQL), or remove a filter."
    >
      <Button variant="default" onClick={onClear}>
        Clear the search and filters
      </Button>
    </EmptyState>
  );
}
