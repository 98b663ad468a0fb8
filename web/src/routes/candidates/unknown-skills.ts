import { notifications } from '@mantine/notifications';

/** Skills the taxonomy does not know are left out by the server; say which, so nobody wonders. */
export function notifyUnknownSkills(unknownSkills: string[]) {
  if (unknownSkills.length === 0) return;
  notifications.show({
    color: 'yellow',
    title: 'Some skills were left out',
    message: `Hirebench’s skill list has no ${unknownSkills.join(', ')}. Pick the closest skill from the suggestions instead.`,
    autoClose: 12_000,
  });
}
