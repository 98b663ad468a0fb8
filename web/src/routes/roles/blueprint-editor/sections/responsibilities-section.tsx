import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconBooks, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { type Blueprint, suggestResponsibilities } from '../../../../domain/hiring-domain';
import { errorsUnder } from '../field-errors';
import { fieldId } from '../field-paths';
import type { SectionProps } from '../section-props';
import { EditorSection } from './editor-section';
import { ResponsibilityLibraryModal } from './responsibility-library-modal';

type Responsibility = Blueprint['responsibilities'][number];

const maxResponsibilities = 20;

export function ResponsibilitiesSection({ draft, change, errors }: SectionProps) {
  const items = draft.responsibilities;
  const [libraryOpened, library] = useDisclosure(false);
  const full = items.length >= maxResponsibilities;
  const suggestions = suggestResponsibilities(draft, 4);
  const keys = textKeys(items);

  const set = (next: Responsibility[]) => change('responsibilities', next);
  const add = (item: Responsibility) => !full && set([...items, item]);
  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    set(next);
  };

  return (
    <EditorSection
      id="section-responsibilities"
      title="Responsibilities"
      description="What the person will do day to day. Four to eight plain sentences work best; the posting lists them in this order."
    >
      <Stack gap="xs" id={fieldId('responsibilities')}>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing here yet. Add the suggestions below, browse the library, or write your own.
          </Text>
        ) : (
          <Stack component="ol" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((item, index) => (
              <ChosenResponsibility
                key={keys[index]}
                item={item}
                index={index}
                count={items.length}
                error={errorsUnder(errors, `responsibilities.${index}`)}
                onMove={move}
                onRemove={() => set(items.filter((_, at) => at !== index))}
              />
            ))}
          </Stack>
        )}
        {errors.responsibilities && (
          <Text size="sm" c="red">
            {errors.responsibilities}
          </Text>
        )}
      </Stack>

      {suggestions.length > 0 && !full && (
        <Stack gap={6}>
          <Title order={3} fz="sm">
            Suggested for this role
          </Title>
          {suggestions.map((suggestion) => (
            <Group key={suggestion.id} wrap="nowrap" gap="xs" align="flex-start">
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => add({ id: suggestion.id, text: suggestion.text })}
                aria-label={`Add: ${suggestion.text}`}
                style={{ flexShrink: 0 }}
              >
                Add
              </Button>
              <Text size="sm">{suggestion.text}</Text>
            </Group>
          ))}
        </Stack>
      )}

      <Group gap="sm" align="flex-end">
        <OwnResponsibility disabled={full} onAdd={(text) => add({ id: null, text })} />
        <Button variant="default" leftSection={<IconBooks size={16} aria-hidden />} onClick={library.open}>
          Browse the library
        </Button>
      </Group>
      {full && (
        <Text size="sm" c="dimmed">
          That is the maximum of {maxResponsibilities}. Remove one to add another.
        </Text>
      )}
      <ResponsibilityLibraryModal
        opened={libraryOpened}
        onClose={library.close}
        draft={draft}
        onChange={set}
        max={maxResponsibilities}
      />
    </EditorSection>
  );
}

type ChosenResponsibilityProps = {
  item: Responsibility;
  index: number;
  count: number;
  error?: string;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: () => void;
};

function ChosenResponsibility({ item, index, count, error, onMove, onRemove }: ChosenResponsibilityProps) {
  const short = item.text.length > 40 ? `${item.text.slice(0, 40)}…` : item.text;
  return (
    <Paper component="li" id={fieldId(`responsibilities.${index}`)} withBorder radius="md" px="sm" py={6}>
      <Group wrap="nowrap" gap="xs" align="flex-start">
        <Text size="sm" c="dimmed" w={22} ta="right" aria-hidden>
          {index + 1}.
        </Text>
        <Text size="sm" style={{ flex: 1 }}>
          {item.text}
        </Text>
        <Group gap={2} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            color="gray"
            disabled={index === 0}
            onClick={() => onMove(index, -1)}
            aria-label={`Move up: ${short}`}
          >
            <IconArrowUp size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="gray"
            disabled={index === count - 1}
            onClick={() => onMove(index, 1)}
            aria-label={`Move down: ${short}`}
          >
            <IconArrowDown size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={`Remove: ${short}`}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
      {error && (
        <Text size="xs" c="red" mt={4}>
          {error}
        </Text>
      )}
    </Paper>
  );
}

function OwnResponsibility({ disabled, onAdd }: { disabled: boolean; onAdd: (text: string) => void }) {
  const [text, setText] = useState('');
  const tooShort = text.trim().length < 3;
  // Not a <form>: the editor is one page, and Enter here should only add this line.
  const submit = () => {
    if (tooShort || disabled) return;
    onAdd(text.trim());
    setText('');
  };
  return (
    <Group gap="xs" align="flex-end" style={{ flex: '1 1 320px' }} wrap="nowrap">
      <TextInput
        label="Write your own"
        placeholder="e.g. Keep our payment integrations reliable"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          submit();
        }}
        maxLength={400}
        disabled={disabled}
        style={{ flex: 1 }}
      />
      <Button
        variant="default"
        onClick={submit}
        disabled={disabled || tooShort}
        aria-label="Add this responsibility"
      >
        Add
      </Button>
    </Group>
  );
}

/** Keys from the text, numbered when the same sentence appears twice. */
function textKeys(items: Responsibility[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const count = (seen.get(item.text) ?? 0) + 1;
    seen.set(item.text, count);
    return `${item.text}#${count}`;
  });
}
