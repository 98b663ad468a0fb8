import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconMail, IconPhone } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { type BoardCard, type CandidateProfile, candidateProfileQuery, fileUrl } from '../../api/pipeline';
import { ErrorState, LoadingState } from '../../components/query-states';
import { CandidateLinks } from '../roles/jobs/candidate-links';
import { sourceLabels } from './pipeline-labels';
import { TagsEditor } from './tags-editor';

type DrawerProfileProps = { jobId: string; card: BoardCard; canEditTags: boolean };

export function DrawerProfile({ jobId, card, canEditTags }: DrawerProfileProps) {
  const profile = useQuery(candidateProfileQuery(card.candidateId));
  if (profile.isPending) return <LoadingState label="Loading the profile" />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => profile.refetch()} />;
  const candidate = profile.data;
  return (
    <Stack gap="lg">
      <Basics candidate={candidate} />
      <TagsEditor jobId={jobId} card={card} tags={candidate.tags} canEdit={canEditTags} />
      <Section title="Skills">
        {candidate.skills.length === 0 ? (
          <Text size="sm" c="dimmed">
            No skills recorded yet.
          </Text>
        ) : (
          <Group gap={6}>
            {candidate.skills.map((skill) => (
              <Badge key={skill.skill} variant="light" color="indigo" tt="none" radius="sm">
                {skill.name}
                {skill.years ? ` · ${skill.years} ${skill.years === 1 ? 'yr' : 'yrs'}` : ''}
              </Badge>
            ))}
          </Group>
        )}
      </Section>
      <Section title="Experience">
        <Experience candidate={candidate} />
      </Section>
      <Section title="Résumé">
        <Resume candidate={candidate} />
      </Section>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Title order={3} fz="sm" mb={6}>
        {title}
      </Title>
      {children}
    </section>
  );
}

/** The main e-mail and phone first, then the others, each once. */
const contacts = (main: string | null, others: string[]) => [
  ...new Set([main, ...others].filter((value) => value !== null)),
];

function Basics({ candidate }: { candidate: CandidateProfile }) {
  const emails = contacts(candidate.email, candidate.emails);
  const phones = contacts(candidate.phone, candidate.phones);
  const facts = [
    candidate.location,
    candidate.timeZone,
    candidate.totalYears !== null ? `${candidate.totalYears} years of experience` : null,
    `Source: ${sourceLabels[candidate.source] ?? candidate.source}`,
  ].filter(Boolean);
  return (
    <Stack gap={6}>
      {candidate.headline && <Text fw={500}>{candidate.headline}</Text>}
      <Text size="sm" c="dimmed">
        {facts.join(' · ')}
      </Text>
      <Group gap="md">
        {emails.map((email) => (
          <Anchor key={email} href={`mailto:${email}`} size="sm">
            <Group gap={4} wrap="nowrap" component="span">
              <IconMail size={15} aria-hidden />
              {email}
            </Group>
          </Anchor>
        ))}
        {phones.map((phone) => (
          <Anchor key={phone} href={`tel:${phone}`} size="sm">
            <Group gap={4} wrap="nowrap" component="span">
              <IconPhone size={15} aria-hidden />
              {phone}
            </Group>
          </Anchor>
        ))}
        {emails.length + phones.length === 0 && (
          <Text size="sm" c="dimmed">
            No e-mail or phone on file.
          </Text>
        )}
      </Group>
      {Object.values(candidate.links).some(Boolean) && (
        <CandidateLinks name={candidate.name} links={candidate.links} />
      )}
      <Anchor
        renderRoot={(props) => (
          <Link {...props} to="/candidates/$candidateId" params={{ candidateId: candidate.id }} />
        )}
        size="sm"
      >
        Open the full profile
      </Anchor>
    </Stack>
  );
}

/** "2021-03" → "Mar 2021". */
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
const month = (value: string | null) => (value ? monthFormat.format(new Date(`${value}-01T00:00:00`)) : null);

function Experience({ candidate }: { candidate: CandidateProfile }) {
  if (candidate.experience.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No experience recorded yet.
      </Text>
    );
  }
  return (
    <Stack gap={8} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {candidate.experience.map((job, index) => (
        // Entries have no id; their order is the profile's order.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={index}>
          <Text size="sm" fw={500}>
            {[job.title, job.company].filter(Boolean).join(' at ') || 'Untitled role'}
          </Text>
          <Text size="xs" c="dimmed">
            {month(job.start) ?? '?'} – {job.end ? month(job.end) : 'now'}
          </Text>
        </li>
      ))}
    </Stack>
  );
}

/** PDFs show in the drawer (the server sends them inline on request); other files are a download. */
function Resume({ candidate }: { candidate: CandidateProfile }) {
  const resume = candidate.files.find((file) => file.purpose === 'resume');
  if (!resume) {
    return (
      <Text size="sm" c="dimmed">
        No résumé on file.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {resume.contentType === 'application/pdf' && (
        <iframe
          title={`Résumé of ${candidate.name}`}
          // Fit the page to the drawer's width, without the thumbnails pane.
          src={`${fileUrl(resume.id)}?inline=true#navpanes=0&view=FitH`}
          style={{
            width: '100%',
            height: 460,
            border: '1px solid var(--mantine-color-gray-3)',
            borderRadius: 'var(--mantine-radius-md)',
          }}
        />
      )}
      <DownloadLink file={resume} />
    </Stack>
  );
}

function DownloadLink({ file }: { file: CandidateProfile['files'][number] }) {
  return (
    <Anchor href={fileUrl(file.id)} size="sm" download={file.filename}>
      <Group gap={6} wrap="nowrap" component="span">
        <IconDownload size={16} aria-hidden />
        Download résumé
        <Text span size="xs" c="dimmed">
          ({file.filename}, {Math.max(1, Math.round(file.sizeBytes / 1024))} KB)
        </Text>
      </Group>
    </Anchor>
  );
}
