import { Button, Combobox, Group, Stack, Text, Textarea, useCombobox } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { addNote } from '../../api/pipeline';
import { usersQuery } from '../../api/team';
import type { User } from '../../api/types';
import { FormError } from '../../components/form-error';

type NoteComposerProps = { candidateId: string; applicationId: string };

/** The "@word" being typed just before the caret, if any. */
function mentionAt(text: string, caret: number): { query: string; start: number } | null {
  const match = /(?:^|\s)@([^\s@]*)$/.exec(text.slice(0, caret));
  return match ? { query: match[1] ?? '', start: caret - (match[1]?.length ?? 0) - 1 } : null;
}

/** A note on the candidate; typing @ offers the teammates to mention, who are then e-mailed. */
export function NoteComposer({ candidateId, applicationId }: NoteComposerProps) {
  const queryClient = useQueryClient();
  const users = useQuery(usersQuery);
  const [body, setBody] = useState('');
  const [mentioned, setMentioned] = useState<User[]>([]);
  const [mention, setMention] = useState<{ query: string; start: number } | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  const query = mention?.query.toLowerCase();
  const matches =
    query === undefined
      ? []
      : (users.data ?? [])
          .filter((user) => user.active)
          .filter(
            (user) => user.name.toLowerCase().includes(query) || user.email.toLowerCase().startsWith(query),
          )
          .slice(0, 6);

  // Enter picks the first match, as people expect from mention pickers. (The store is a new object each render.)
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new query or match count re-selects
  useEffect(() => {
    if (matches.length > 0) combobox.selectFirstOption();
  }, [query, matches.length]);

  const track = (text: string, caret: number) => {
    const found = mentionAt(text, caret);
    setMention(found);
    if (found) combobox.openDropdown();
    else combobox.closeDropdown();
  };

  const pick = (userId: string) => {
    const user = users.data?.find((candidate) => candidate.id === userId);
    if (!user || !mention) return;
    const caret = textarea.current?.selectionStart ?? body.length;
    const inserted = `@${user.name} `;
    setBody(body.slice(0, mention.start) + inserted + body.slice(caret));
    setMentioned((current) =>
      current.some((person) => person.id === user.id) ? current : [...current, user],
    );
    setMention(null);
    combobox.closeDropdown();
    const position = mention.start + inserted.length;
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(position, position);
    });
  };

  const save = useMutation({
    mutationFn: () =>
      addNote(candidateId, {
        body: body.trim(),
        // Only the people whose @name is still in the text; a deleted mention notifies nobody.
        mentions: mentioned.filter((user) => body.includes(`@${user.name}`)).map((user) => user.id),
        applicationId,
      }),
    onSuccess: async () => {
      setBody('');
      setMentioned([]);
      await queryClient.invalidateQueries({ queryKey: ['candidates', candidateId] });
    },
  });

  return (
    <Stack gap={6}>
      <Combobox store={combobox} onOptionSubmit={pick} position="bottom-start" width={280}>
        <Combobox.Target withKeyboardNavigation={matches.length > 0}>
          <Textarea
            ref={textarea}
            label="Add a note"
            description="Type @ to mention a teammate; they get an e-mail with the note."
            placeholder="What stood out? @mention someone to ask for their view."
            autosize
            minRows={3}
            maxRows={10}
            value={body}
            onChange={(event) => {
              setBody(event.currentTarget.value);
              track(event.currentTarget.value, event.currentTarget.selectionStart);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.metaKey || event.ctrlKey) && body.trim()) save.mutate();
            }}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={matches.length === 0}>
          <Combobox.Options aria-label="Teammates to mention">
            {matches.map((user) => (
              <Combobox.Option value={user.id} key={user.id}>
                <Text size="sm">{user.name}</Text>
                <Text size="xs" opacity={0.75}>
                  {user.email}
                </Text>
              </Combobox.Option>
            ))}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      <FormError error={save.error} />
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {mentioned.length > 0
            ? `Will notify ${
                mentioned
                  .filter((user) => body.includes(`@${user.name}`))
                  .map((user) => user.name)
                  .join(', ') || 'nobody'
              }`
            : 'Ctrl+Enter also saves.'}
        </Text>
        <Button size="xs" onClick={() => save.mutate()} loading={save.isPending} disabled={!body.trim()}>
          Add note
        </Button>
      </Group>
    </Stack>
  );
}
