import { Button, Checkbox, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { responsibilityGroupLabels, seniorityLabels } from '../../../../domain/blueprint-labels';
import {
  type Blueprint,
  type LibraryResponsibility,
  responsibilityGroups,
  responsibilityLibrary,
} from '../../../../domain/hiring-domain';

type ResponsibilityLibraryModalProps = {
  opened: boolean;
  onClose: () => void;
  draft: Blueprint;
  onChange: (next: Blueprint['responsibilities']) => void;
  max: number;
};

/** The whole library by group; items that fit the role's seniority come first in each group. */
export function ResponsibilityLibraryModal({
  opened,
  onClose,
  draft,
  onChange,
  max,
}: ResponsibilityLibraryModalProps) {
  const chosen = draft.responsibilities;
  const chosenIds = new Set(chosen.map((item) => item.id));
  const full = chosen.length >= max;
  const fits = (item: LibraryResponsibility) => item.seniority.includes(draft.seniority);

  const toggle = (item: LibraryResponsibility, checked: boolean) =>
    onChange(
      checked
        ? [...chosen, { id: item.id, text: item.text }]
        : chosen.filter((existing) => existing.id !== item.id),
    );

  return (
    <Modal opened={opened} onClose={onClose} title="Responsibilities library" size="lg">
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          Tick the ones that describe the job. You have {chosen.length} of at most {max}.
        </Text>
        {responsibilityGroups.map((group) => {
          const items = responsibilityLibrary
            .filter((item) => item.group === group)
            .sort((a, b) => Number(fits(b)) - Number(fits(a)));
          return (
            <Stack key={group} gap="xs" component="section" aria-labelledby={`library-${group}`}>
              <Title order={3} fz="sm" id={`library-${group}`}>
                {responsibilityGroupLabels[group]}
              </Title>
              {items.map((item) => (
                <Checkbox
                  key={item.id}
                  label={item.text}
                  description={fits(item) ? undefined : `Usually for ${seniorityNames(item)} roles`}
                  checked={chosenIds.has(item.id)}
                  disabled={full && !chosenIds.has(item.id)}
                  onChange={(event) => toggle(item, event.currentTarget.checked)}
                />
              ))}
            </Stack>
          );
        })}
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function seniorityNames(item: LibraryResponsibility): string {
  return item.seniority.map((seniority) => seniorityLabels[seniority].toLowerCase()).join(' or ');
}
