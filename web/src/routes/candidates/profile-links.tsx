import { Anchor, Group, Stack, Text } from '@mantine/core';
import {
  type Icon,
  IconBrandGithub,
  IconBrandLinkedin,
  IconBrandStackoverflow,
  IconWorld,
} from '@tabler/icons-react';
import type { CandidateLinks } from '../../api/candidates';

type ProfileLink = { label: string; text: string; href: string; icon: Icon };

/** GitHub arrives as a handle, the others as full URLs; only web links are ever made clickable. */
function profileLinks(links: CandidateLinks): ProfileLink[] {
  const entries: { label: string; text: string; href: string | null; icon: Icon }[] = [
    {
      label: 'GitHub',
      text: links.github ? `@${links.github}` : '',
      href: links.github && `https://github.com/${encodeURIComponent(links.github)}`,
      icon: IconBrandGithub,
    },
    { label: 'LinkedIn', text: shortUrl(links.linkedin), href: links.linkedin, icon: IconBrandLinkedin },
    {
      label: 'Stack Overflow',
      text: shortUrl(links.stackoverflow),
      href: links.stackoverflow,
      icon: IconBrandStackoverflow,
    },
    { label: 'Website', text: shortUrl(links.website), href: links.website, icon: IconWorld },
  ];
  return entries.filter(
    (entry): entry is ProfileLink => typeof entry.href === 'string' && /^https?:\/\//i.test(entry.href),
  );
}

function shortUrl(url: string | null): string {
  return url ? url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '') : '';
}

export function ProfileLinks({ links }: { links: CandidateLinks }) {
  const present = profileLinks(links);
  if (present.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No GitHub, LinkedIn, Stack Overflow or website yet.
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      {present.map((link) => (
        <Group key={link.label} gap={8} wrap="nowrap">
          <link.icon size={18} stroke={1.6} aria-hidden style={{ flexShrink: 0 }} />
          <Anchor
            href={link.href}
            target="_blank"
            rel="noreferrer noopener"
            size="sm"
            style={{ overflowWrap: 'anywhere' }}
          >
            <Text span inherit c="dimmed">
              {link.label}:{' '}
            </Text>
            {link.text}
          </Anchor>
        </Group>
      ))}
    </Stack>
  );
}
