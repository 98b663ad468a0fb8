import { ActionIcon, Button, Group, Paper, SimpleGrid, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { fieldId } from '../../roles/blueprint-editor/field-paths';
import { type ExperienceRow, rowKey } from './candidate-draft';
import { FormSection } from './form-section';
import { removeRow, replaceRow } from './row-list';
import type { SectionProps } from './section-props';

export function ExperienceSection({ draft, errors, update }: SectionProps) {
  const setExperience = (experience: ExperienceRow[]) => update({ experience });
  return (
    <FormSection title="Experience" description="Leave the end month empty for the job they have now.">
      {draft.experience.length === 0 && (
        <Text size="sm" c="dimmed">
          No jobs yet. Add their recent jobs so the team sees where they worked and for how long.
        </Text>
      )}
      {draft.experience.map((row, index) => {
        const at = (field: string) => errors[`experience.${index}.${field}`];
        const change = (changes: Partial<ExperienceRow>) =>
          setExperience(replaceRow(draft.experience, row.key, changes));
        return (
          <Paper key={row.key} withBorder radius="md" p="sm" id={fieldId(`experience.${index}`)}>
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} style={{ flex: 1 }}>
                <TextInput
                  label={`Job ${index + 1}: title`}
                  value={row.title}
                  onChange={(event) => change({ title: event.currentTarget.value })}
                  error={at('title')}
                  maxLength={160}
                />
                <TextInput
                  label="Company"
                  value={row.company}
                  onChange={(event) => change({ company: event.currentTarget.value })}
                  error={at('company')}
                  maxLength={160}
                />
                <TextInput
                  id={fieldId(`experience.${index}.start`)}
                  label="Started"
                  type="month"
                  placeholder="YYYY-MM"
                  value={row.start}
                  onChange={(event) => change({ start: event.currentTarget.value })}
                  error={at('start')}
                />
                <TextInput
                  id={fieldId(`experience.${index}.end`)}
                  label="Ended"
                  type="month"
                  placeholder="YYYY-MM"
                  value={row.end}
                  onChange={(event) => change({ end: event.currentTarget.value })}
                  error={at('end')}
                />
              </SimpleGrid>
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={26}
                aria-label={`Remove job ${index + 1}`}
                onClick={() => setExperience(removeRow(draft.experience, row.key))}
              >
                <IconX size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Paper>
        );
      })}
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() =>
          setExperience([...draft.experience, { key: rowKey(), company: '', title: '', start: '', end: '' }])
        }
        style={{ alignSelf: 'flex-start' }}
        disabled={draft.experience.length >= 40}
      >
        Add a job
      </Button>
    </FormSection>
  );
}
