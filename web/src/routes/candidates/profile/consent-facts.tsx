import { Text } from '@mantine/core';
import type { Candidate } from '../../../api/candidates';
import { formatDate } from '../../../lib/format';
import { FactList } from './fact-list';

export function ConsentFacts({ candidate }: { candidate: Candidate }) {
  return (
    <>
      <FactList
        facts={[
          {
            label: 'Agreed we keep their data',
            value: candidate.consentAt
              ? `Yes, on ${formatDate(candidate.consentAt)}`
              : 'No record of consent',
          },
          { label: 'Keep until', value: candidate.retainUntil && formatDate(candidate.retainUntil) },
        ]}
      />
      {candidate.consentText && (
        <Text size="xs" c="dimmed" mt="xs">
          {candidate.consentText}
        </Text>
      )}
    </>
  );
}
