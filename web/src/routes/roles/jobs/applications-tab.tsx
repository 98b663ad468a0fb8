import { ActionIcon, Anchor, Button, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import {
  IconChevronDown,
  IconChevronRight,
  IconDownload,
  IconExternalLink,
  IconInbox,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { type Application, applicationsQuery, type JobDetail, resumeDownloadUrl } from '../../../api/jobs';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { RelativeTime } from '../../../components/relative-time';
import { CandidateLinks } from './candidate-links';
import { CopyLinkButton } from './copy-link-button';

export function ApplicationsTab({ job }: { job: JobDetail }) {
  const applications = useQuery(applicationsQuery(job.id));
  if (applications.isPending) return <LoadingState label="Loading applications" />;
  if (applications.isError)
    return <ErrorState error={applications.error} onRetry={() => applications.refetch()} />;
  if (applications.data.length === 0) return <NoApplications job={job} />;
  return <ApplicationsTable applications={applications.data} />;
}

const nextStep: Record<JobDetail['status'], string> = {
  open: 'Share the link where the people you want will see it.',
  draft: 'Publish the job first, then share the link.',
  paused: 'Reopen the job to take applications again, then share the link.',
  closed: 'Reopen the job to take applications again, then share the link.',
};

function NoApplications({ job }: { job: JobDetail }) {
  const live = job.status === 'open';
  return (
    <EmptyState
      icon={<IconInbox aria-hidden />}
      title="No applications yet"
      description={`Candidates appear here as soon as they apply on your careers page. ${nextStep[job.status]}`}
    >
      <Stack gap="xs" align="center">
        <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {job.careersUrl}
        </Text>
        <Group gap="sm" justify="center">
          <CopyLinkButton value={job.careersUrl} label="Copy careers page link" text="Copy link" />
          {live && (
            <Button
              component="a"
              href={job.careersUrl}
              target="_blank"
              rel="noreferrer"
              variant="default"
              rightSection={<IconExternalLink size={16} aria-hidden />}
            >
              Open careers page
            </Button>
          )}
        </Group>
      </Stack>
    </EmptyState>
  );
}

function ApplicationsTable({ applications }: { applications: Application[] }) {
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Card withBorder radius="md" padding={0}>
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <VisuallyHidden>Answers</VisuallyHidden>
              </Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>E-mail</Table.Th>
              <Table.Th>Location</Table.Th>
              <Table.Th>Links</Table.Th>
              <Table.Th>Applied</Table.Th>
              <Table.Th>Résumé</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {applications.map((application) => {
              const { candidate } = application;
              const isOpen = expanded.has(application.id);
              const hasAnswers = application.answers.length > 0;
              return (
                <Fragment key={application.id}>
                  <Table.Tr>
                    <Table.Td>
                      {hasAnswers && (
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          onClick={() => toggle(application.id)}
                          aria-expanded={isOpen}
                          aria-label={`${isOpen ? 'Hide' : 'Show'} answers from ${candidate.name}`}
                        >
                          {isOpen ? (
                            <IconChevronDown size={18} aria-hidden />
                          ) : (
                            <IconChevronRight size={18} aria-hidden />
                          )}
                        </ActionIcon>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" fw={500}>
                        {candidate.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {candidate.email ? (
                        <Anchor href={`mailto:${candidate.email}`} size="sm">
                          {candidate.email}
                        </Anchor>
                      ) : (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{candidate.location ?? '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <CandidateLinks name={candidate.name} links={candidate.links} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        <RelativeTime value={application.createdAt} />
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {application.resumeFileId ? (
                        <Anchor
                          href={resumeDownloadUrl(application.resumeFileId)}
                          size="sm"
                          aria-label={`Download résumé of ${candidate.name}`}
                        >
                          <Group gap={4} wrap="nowrap">
                            <IconDownload size={16} aria-hidden />
                            Download
                          </Group>
                        </Anchor>
                      ) : (
                        <Text size="sm" c="dimmed">
                          None
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                  {isOpen && (
                    <Table.Tr id={`answers-${application.id}`}>
                      <Table.Td />
                      <Table.Td colSpan={6}>
                        <AnswersList answers={application.answers} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function AnswersList({ answers }: { answers: Application['answers'] }) {
  return (
    <Stack gap="xs" component="dl" m={0}>
      {answers.map((answer) => (
        <div key={answer.questionId}>
          <Text component="dt" size="sm" fw={600}>
            {answer.question}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
            {readableAnswer(answer.answer) || (
              <Text span c="dimmed" inherit>
                (not answered)
              </Text>
            )}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

/** Yes/no questions arrive as "yes" or "no". */
const readableAnswer = (answer: string) => (answer === 'yes' ? 'Yes' : answer === 'no' ? 'No' : answer);
