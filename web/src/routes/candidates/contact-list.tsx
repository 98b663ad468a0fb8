import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconMail, IconMapPin, IconPhone } from '@tabler/icons-react';
import type { Candidate } from '../../api/candidates';

type Contacts = Pick<Candidate, 'emails' | 'phones' | 'location' | 'timeZone'>;

/** Every e-mail and phone the candidate has, each one clickable to write or call. */
export function ContactList({ emails, phones, location, timeZone }: Contacts) {
  if (emails.length === 0 && phones.length === 0 && !location) {
    return (
      <Text size="sm" c="dimmed">
        No contact details yet. Edit the profile to add an e-mail or phone number.
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      {emails.map((email) => (
        <Group key={email} gap={8} wrap="nowrap">
          <IconMail size={18} stroke={1.6} aria-hidden style={{ flexShrink: 0 }} />
          <Anchor href={`mailto:${email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {email}
          </Anchor>
        </Group>
      ))}
      {phones.map((phone) => (
        <Group key={phone} gap={8} wrap="nowrap">
          <IconPhone size={18} stroke={1.6} aria-hidden style={{ flexShrink: 0 }} />
          <Anchor href={`tel:${phone}`} size="sm">
            {phone}
          </Anchor>
        </Group>
      ))}
      {location && (
        <Group gap={8} wrap="nowrap">
          <IconMapPin size={18} stroke={1.6} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm">
            {location}
            {timeZone && (
              <Text span inherit c="dimmed">
                {' '}
                · {timeZone}
              </Text>
            )}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
