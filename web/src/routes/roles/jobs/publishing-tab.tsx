import { ActionIcon, Alert, Card, Group, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconExternalLink, IconInfoCircle } from '@tabler/icons-react';
import type { JobDetail } from '../../../api/jobs';
import { useSession } from '../../../layouts/session-context';
import { careersLinks } from './careers-links';
import { CopyLinkButton } from './copy-link-button';

type PublicLink = { name: string; url: string; purpose: string };

export function PublishingTab({ job }: { job: JobDetail }) {
  const { organisation } = useSession();
  const links = careersLinks(job, organisation.slug);
  const publicLinks: PublicLink[] = [
    {
      name: 'Job page',
      url: links.jobPage,
      purpose:
        'Where candidates read the posting and apply. Search engines read the job data built into the page, so it can show up in job search results.',
    },
    {
      name: 'Careers page',
      url: links.careersPage,
      purpose: 'All your open jobs in one list. Link to it from your website.',
    },
    {
      name: 'XML job feed',
      url: links.jobFeed,
      purpose:
        'Job boards and aggregators read this feed to list your open jobs automatically. Give it to them once.',
    },
    {
      name: 'RSS feed',
      url: links.rssFeed,
      purpose: 'For feed readers and tools that post new openings to chat or social media.',
    },
  ];

  return (
    <Stack gap="lg" maw={860}>
      {job.status !== 'open' && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />}>
          This job is {job.status === 'draft' ? 'not published yet' : job.status}, so it is not on the careers
          page or in the feeds. It appears there as soon as you{' '}
          {job.status === 'draft' ? 'publish' : 'reopen'} it.
        </Alert>
      )}
      <Card withBorder radius="md" padding="lg">
        <Title order={3} fz="lg" mb="md">
          Where this job is published
        </Title>
        <Stack gap="lg">
          {publicLinks.map((link) => (
            <PublicLinkRow key={link.name} link={link} />
          ))}
        </Stack>
      </Card>
    </Stack>
  );
}

function PublicLinkRow({ link }: { link: PublicLink }) {
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <TextInput
          label={link.name}
          value={link.url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: 1 }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        />
        <Group gap={2} wrap="nowrap" mb={4}>
          <CopyLinkButton value={link.url} label={`Copy ${link.name} URL`} />
          <Tooltip label="Open" withArrow>
            <ActionIcon
              component="a"
              href={link.url}
              target="_blank"
              rel="noreferrer"
              variant="subtle"
              color="gray"
              aria-label={`Open ${link.name}`}
            >
              <IconExternalLink size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {link.purpose}
      </Text>
    </Stack>
  );
}
