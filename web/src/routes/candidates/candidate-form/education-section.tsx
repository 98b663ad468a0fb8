import { ActionIcon, Button, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { fieldId } from '../../roles/blueprint-editor/field-paths';
import { type EducationRow, rowKey } from './candidate-draft';
import { FormSection } from './form-section';
import { removeRow, replaceRow } from './row-list';
import type { SectionProps } from './section-props';

export function EducationSection({ draft, errors, update }: SectionProps) {
  const setEducation = (education: EducationRow[]) => update({ education });
  return (
    <FormSection title="Education">
      {draft.education.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing recorded. Optional: many good engineers learned on the job.
        </Text>
      )}
      {draft.education.map((row, index) => {
        const change = (changes: Partial<EducationRow>) =>
          setEducation(replaceRow(draft.education, row.key, changes));
        return (
          <Group key={row.key} align="flex-start" gap="xs" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
              <TextInput
                id={fieldId(`education.${index}.school`)}
                label={`School ${index + 1}`}
                value={row.school}
                onChange={(event) => change({ school: event.currentTarget.value })}
                error={errors[`education.${index}.school`]}
                maxLength={200}
              />
              <TextInput
                label="Degree or course"
                value={row.degree}
                onChange={(event) => change({ degree: event.currentTarget.value })}
                error={errors[`education.${index}.degree`]}
                maxLength={200}
              />
              <TextInput
                label="Finished"
                placeholder="2015"
                value={row.end}
                onChange={(event) => change({ end: event.currentTarget.value })}
                error={errors[`education.${index}.end`]}
                maxLength={20}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={26}
              aria-label={`Remove school ${index + 1}`}
              onClick={() => setEducation(removeRow(draft.education, row.key))}
            >
              <IconX size={18} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => setEducation([...draft.education, { key: rowKey(), school: '', degree: '', end: '' }])}
        style={{ alignSelf: 'flex-start' }}
        disabled={draft.education.length >= 20}
      >
        Add a school
      </Button>
    </FormSection>
  );
}
