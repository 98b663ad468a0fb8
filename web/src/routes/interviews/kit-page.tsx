import {
  Accordion,
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCalendarX, IconClockEdit, IconExternalLink, IconVideo } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { type Kit, kitQuery } from '../../api/interviews';
import { fileUrl } from '../../api/pipeline';
import { PageHeader } from '../../components/page-header';
import { ErrorState, LoadingState } from '../../components/query-states';
import { useSession } from '../../layouts/session-context';
import { formatSlot } from './interview-labels';
import { PanelScorecards } from './panel-scorecards';
import { CancelInterviewDialog, RescheduleDialog } from './reschedule-dialogs';
import { ScorecardForm } from './scorecard-form';

const route = getRouteApi('/app/interviews/$interviewId');

export function KitPage() {
  const { interviewId } = route.useParams();
  const kit = useQuery(kitQuery(interviewId));
  const isHiringTeam = useSession().user.role !== 'interviewer';
  const [dialog, setDialog] = useState<'reschedule' | 'cancel' | null>(null);
  if (kit.isPending) return <LoadingState label="Loading the interview kit" />;
  if (kit.isError) return <ErrorState error={kit.error} onRetry={() => kit.refetch()} />;
  const { interview } = kit.data;
  const onPanel = interview.myScorecard !== null;

  return (
    <>
      <Anchor renderRoot={(props) => <Link {...props} to="/interviews" />} size="sm" c="dimmed">
        ← Interviews
      </Anchor>
      <PageHeader
        title={`${interview.title}: ${interview.candidate.name}`}
        description={`${formatSlot(interview.startsAt, interview.endsAt)} · ${interview.job.title} · with ${interview.interviewers.map((person) => person.name).join(', ')}`}
        actions={
          <>
            {isHiringTeam && interview.status === 'scheduled' && (
              <>
                <Button
                  variant="default"
                  leftSection={<IconClockEdit size={16} aria-hidden />}
                  onClick={() => setDialog('reschedule')}
                >
                  Reschedule
                </Button>
                <Button
                  variant="default"
                  color="red"
                  leftSection={<IconCalendarX size={16} aria-hidden />}
                  onClick={() => setDialog('cancel')}
                >
                  Cancel interview
                </Button>
              </>
            )}
            {interview.videoUrl && interview.status !== 'cancelled' && (
              <Button
                component="a"
                href={interview.videoUrl}
                target="_blank"
                rel="noreferrer"
                variant="default"
                leftSection={<IconVideo size={16} aria-hidden />}
              >
                Join the call
              </Button>
            )}
            <Button
              variant="default"
              renderRoot={(props) => (
                <Link
                  {...props}
                  to="/applications/$applicationId/debrief"
                  params={{ applicationId: interview.applicationId }}
                />
              )}
            >
              Debrief
            </Button>
          </>
        }
      />
      {interview.status === 'cancelled' && (
        <Alert color="gray" variant="light" mb="lg" icon={<IconCalendarX aria-hidden />}>
          This interview was cancelled. The candidate and the panel were told, and it is off their calendars.
        </Alert>
      )}
      {dialog === 'reschedule' && <RescheduleDialog interview={interview} onClose={() => setDialog(null)} />}
      {dialog === 'cancel' && <CancelInterviewDialog interview={interview} onClose={() => setDialog(null)} />}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <KitContent kit={kit.data} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            {interview.status === 'cancelled' && interview.myScorecard === 'none' ? (
              <Text c="dimmed" size="sm">
                The interview was cancelled, so there is no scorecard to write.
              </Text>
            ) : onPanel ? (
              <Paper withBorder radius="md" p="md">
                <ScorecardForm kit={kit.data} onSubmitted={() => void kit.refetch()} />
              </Paper>
            ) : (
              <Text c="dimmed" size="sm">
                You are not on this interview’s panel, so there is no scorecard for you to write.
              </Text>
            )}
            <PanelScorecards applicationId={interview.applicationId} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

function KitContent({ kit }: { kit: Kit }) {
  const { candidate } = kit;
  return (
    <Stack gap="lg">
      {kit.purpose && (
        <Paper withBorder radius="md" p="md" bg="indigo.0">
          <Text fw={600} size="sm">
            What this interview is for
          </Text>
          <Text size="sm">{kit.purpose}</Text>
        </Paper>
      )}
      <Section title="The candidate">
        <Text size="sm">
          {[
            candidate.headline,
            candidate.location,
            candidate.totalYears !== null && `${candidate.totalYears} years`,
          ]
            .filter(Boolean)
            .join(' · ') || 'No headline yet.'}
        </Text>
        {candidate.experience.length > 0 && (
          <List size="sm" spacing={2}>
            {candidate.experience.slice(0, 4).map((entry) => (
              <List.Item key={`${entry.company}-${entry.start}`}>
                {entry.title ?? 'Role'} at {entry.company ?? '?'} ({entry.start ?? '?'} – {entry.end ?? 'now'}
                )
              </List.Item>
            ))}
          </List>
        )}
        <Group gap={6}>
          {candidate.skills.slice(0, 12).map((skill) => (
            <Badge key={skill.skill} variant="light" color="gray" tt="none">
              {skill.name}
              {skill.years ? ` · ${skill.years}y` : ''}
            </Badge>
          ))}
        </Group>
        {candidate.resumeFileId && (
          <Anchor href={fileUrl(candidate.resumeFileId)} target="_blank" size="sm">
            Open the résumé <IconExternalLink size={14} aria-hidden />
          </Anchor>
        )}
      </Section>
      <Section title="The role’s must-haves">
        <Group gap={6}>
          {kit.mustHaves.map((skill) => (
            <Badge key={skill.skill} variant={skill.assessedHere ? 'filled' : 'light'} tt="none">
              {skill.name}
              {skill.assessedHere ? ' — probe here' : ''}
            </Badge>
          ))}
        </Group>
      </Section>
      <Section title="Suggested questions">
        <Text size="sm" c="dimmed">
          Ask for stories of real work, then follow up. Open a question to see what strong and weak answers
          sound like.
        </Text>
        <Accordion variant="separated" multiple>
          {[...kit.systemDesignPrompts.slice(0, 2), ...kit.questions].map((question) => (
            <Accordion.Item key={question.id} value={question.id}>
              <Accordion.Control>
                <Text size="sm" fw={500}>
                  {question.text}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  <Text size="sm">
                    <Text span fw={600} c="teal.8">
                      Strong:{' '}
                    </Text>
                    {question.strongAnswer}
                  </Text>
                  <Text size="sm">
                    <Text span fw={600} c="red.8">
                      Weak:{' '}
                    </Text>
                    {question.weakAnswer}
                  </Text>
                  <Text size="sm" fw={600}>
                    Follow-ups
                  </Text>
                  <List size="sm" spacing={2}>
                    {question.followUps.map((followUp) => (
                      <List.Item key={followUp}>{followUp}</List.Item>
                    ))}
                  </List>
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Section>
      <Section title="Red flags to listen for">
        <List size="sm" spacing={4}>
          {kit.redFlags.map((flag) => (
            <List.Item key={flag.id}>
              <Text span size="sm" fw={500}>
                {flag.label}
              </Text>
              <Text span size="sm" c="dimmed">
                {' '}
                — {flag.listenFor}
              </Text>
            </List.Item>
          ))}
        </List>
      </Section>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={2} fz="lg">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
