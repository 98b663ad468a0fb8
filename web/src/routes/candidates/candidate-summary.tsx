import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { candidateQuery } from '../../api/candidates';
import { ErrorState, LoadingState } from '../../components/query-states';
import { formatYears } from './candidate-labels';
import { ContactList } from './contact-list';
import { ExperienceTimeline } from './experience-timeline';
import { ProfileLinks } from './profile-links';
import { SkillList } from './skill-list';

/**
 * A compact read-only profile (contacts, links, skills, experience) for drawers and side panels,
 * e.g. the pipeline board. Loads the candidate itself, so it only needs the id.
 */
export function CandidateSummary({ candidateId }: { candidateId: string }) {
  const candidate = useQuery(candidateQuery(candidateId));
  if (candidate.isPending) return <LoadingState label="Loading the candidate" />;
  if (candidate.isError) return <ErrorState error={candidate.error} onRetry={() => candidate.refetch()} />;
  const { data } = candidate;
  return (
    <Stack gap="lg">
      {data.headline && <Text>{data.headline}</Text>}
      <SummarySection title="Contact">
        <ContactList {...data} />
      </SummarySection>
      <SummarySection title="Links">
        <ProfileLinks links={data.links} />
      </SummarySection>
      <SummarySection
        title={data.totalYears === null ? 'Skills' : `Skills · ${formatYears(data.totalYears)} in total`}
      >
        <SkillList skills={data.skills} />
      </SummarySection>
      <SummarySection title="Experience">
        <ExperienceTimeline experience={data.experience} />
      </SummarySection>
    </Stack>
  );
}

function SummarySection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={3} fz="sm" c="dimmed" tt="uppercase" fw={700}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
