import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { Duplicate } from '../../api/candidates';
import { describeMatch } from './candidate-labels';

type DuplicateNoticeProps = {
  duplicates: Duplicate[];
  /** On a saved profile: offers the merge screen. Before saving: links open in a new tab, so the form stays. */
  candidateId?: string;
};

/** People already in the pool who share an e-mail, phone or GitHub account with this one. */
export function DuplicateNotice({ duplicates, candidateId }: DuplicateNoticeProps) {
  if (duplicates.length === 0) return null;
  const single = duplicates.length === 1 ? duplicates[0] : undefined;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconCopy aria-hidden />}
      title={
        single
          ? `This looks like ${single.name}, already in your pool`
          : `This looks like ${duplicates.length} people already in your pool`
      }
    >
      <List size="sm" spacing={4}>
        {duplicates.map((duplicate) => (
          <List.Item key={duplicate.id}>
            <Text span inherit fw={600}>
              {duplicate.name}
            </Text>{' '}
            has {describeMatch(duplicate.matchedOn)}.{' '}
            {candidateId ? (
              <Anchor
                renderRoot={(props) => (
                  <Link
                    {...props}
                    to="/candidates/$candidateId/merge/$otherId"
                    params={{ candidateId, otherId: duplicate.id }}
                  />
                )}
                inherit
              >
                Compare and merge
              </Anchor>
            ) : (
              <Anchor
                renderRoot={(props) => (
                  <Link
                    {...props}
                    to="/candidates/$candidateId"
                    params={{ candidateId: duplicate.id }}
                    target="_blank"
                  />
                )}
                inherit
              >
                Open their profile
              </Anchor>
            )}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        {candidateId
          ? 'Merging keeps this profile, adds the other one’s contacts, applications and notes to it, and keeps both histories.'
          : 'If it is the same person, save anyway and merge the two from the new profile: nothing is lost.'}
      </Text>
    </Alert>
  );
}
