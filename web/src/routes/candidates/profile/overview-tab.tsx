import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Candidate } from '../../../api/candidates';
import { formatYears } from '../candidate-labels';
import { ContactList } from '../contact-list';
import { ExperienceTimeline } from '../experience-timeline';
import { ProfileLinks } from '../profile-links';
import { AvailabilityFacts } from './availability-facts';
import { ConsentFacts } from './consent-facts';
import { EducationList } from './education-list';
import { SkillTable } from './skill-table';

export function OverviewTab({ candidate }: { candidate: Candidate }) {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">
          <OverviewCard
            title="Skills"
            note={
              candidate.totalYears === null
                ? undefined
                : `${formatYears(candidate.totalYears)} of experience in total.`
            }
          >
            <SkillTable skills={candidate.skills} />
          </OverviewCard>
          <OverviewCard title="Experience">
            <ExperienceTimeline experience={candidate.experience} />
          </OverviewCard>
          <OverviewCard title="Education">
            <EducationList education={candidate.education} />
          </OverviewCard>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="lg">
          <OverviewCard title="Contact">
            <ContactList {...candidate} />
          </OverviewCard>
          <OverviewCard title="Links">
            <ProfileLinks links={candidate.links} />
          </OverviewCard>
          <OverviewCard title="Pay and availability">
            <AvailabilityFacts candidate={candidate} />
          </OverviewCard>
          <OverviewCard title="Consent and retention">
            <ConsentFacts candidate={candidate} />
          </OverviewCard>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function OverviewCard({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section">
      <Title order={2} fz="md" mb={note ? 2 : 'sm'}>
        {title}
      </Title>
      {note && (
        <Text size="xs" c="dimmed" mb="sm">
          {note}
        </Text>
      )}
      {children}
    </Paper>
  );
}
