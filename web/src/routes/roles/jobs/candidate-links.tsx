import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import {
  type Icon,
  IconBrandGithub,
  IconBrandLinkedin,
  IconBrandStackoverflow,
  IconWorld,
} from '@tabler/icons-react';
import type { Application } from '../../../api/jobs';

type Links = Application['candidate']['links'];

/** GitHub arrives as a handle, the others as full URLs; only web links are ever made clickable. */
type ProfileLink = { label: string; href: string; icon: Icon };

function profileLinks(links: Links): ProfileLink[] {
  const entries: { label: string; href: string | null; icon: Icon }[] = [
    {
      label: 'GitHub',
      href: links.github && `https://github.com/${encodeURIComponent(links.github)}`,
      icon: IconBrandGithub,
    },
    { label: 'LinkedIn', href: links.linkedin, icon: IconBrandLinkedin },
    { label: 'Stack Overflow', href: links.stackoverflow, icon: IconBrandStackoverflow },
    { label: 'Website', href: links.website, icon: IconWorld },
  ];
  return entries.filter(
    (entry): entry is ProfileLink => typeof entry.href === 'string' && /^https?:\/\//i.test(entry.href),
  );
}

export function CandidateLinks({ name, links }: { name: string; links: Links }) {
  const present = profileLinks(links);
  if (present.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  return (
    <Group gap={2} wrap="nowrap">
      {present.map((link) => (
        <Tooltip key={link.label} label={link.label} withArrow>
          <ActionIcon
            component="a"
            href={link.href}
            target="_blank"
            rel="noreferrer noopener"
            variant="subtle"
            color="gray"
            aria-label={`${name} on ${link.label}`}
          >
            <link.icon size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      ))}
    </Group>
  );
}
