import { Button, Combobox, Group, Stack, Text, Textarea, useCombobox } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useRef, useState } from 'react';
import { addCandidateNote, candidateTimelineQuery } from '../../../api/candidates';
import { usersQuery } from '../../../api/team';
import type { User } from '../../../api/types';
import { FormError } from '../../../components/form-error';

/** The "@name" being typed right before the caret, if any. */
const mentionBeforeCaret = /(?:^|\s)@([\p{L}\p{N}._-]*)$/u;

/**
 * A note for the team. Typing @ offers teammates; each one picked is e-mailed about the note
 * (as long as their @Name is still in the text when it is sent).
 */
export function NoteComposer({ candidateId }: { candidateId: string }) {
  const queryClient = useQueryClient();
  const users = useQuery(usersQuery);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const combobox = useCombobox();
  const [body, setBody] = useState('');
  const [picked, setPicked] = useState<User[]>([]);
  const [mentionQuery, setMentionQuery] = useState<string | null>(null);

  const mentioned = picked.filter((user) => body.includes(`@${user.name}`));
  const add = useMutation({
    mutationFn: () => addCandidateNote(candidateId, { body, mentions: mentioned.map((user) => user.id) }),
    onSuccess: () => {
      setBody('');
      setPicked([]);
      void queryClient.invalidateQueries(candidateTimelineQuery(candidateId));
    },
  });

  const matches = (users.data ?? [])
    .filter((user) => user.active && user.name.toLowerCase().includes((mentionQuery ?? '').toLowerCase()))
    .slice(0, 6);

  const onType = (value: string, caret: number) => {
    setBody(value);
    const query = mentionBeforeCaret.exec(value.slice(0, caret))?.[1] ?? null;
    setMentionQuery(query);
    if (query === null) combobox.closeDropdown();
    else {
      combobox.openDropdown();
      combobox.selectFirstOption();
    }
  };

  const pick = (userId: string) => {
    const user = users.data?.find((candidate) => candidate.id === userId);
    const element = textarea.current;
    if (!user || !element) return;
    const caret = element.selectionStart;
    const before = body.slice(0, caret).replace(/@[\p{L}\p{N}._-]*$/u, `@${user.name} `);
    const next = before + body.slice(caret);
    setBody(next);
    setPicked((current) => (current.some((entry) => entry.id === user.id) ? current : [...current, user]));
    setMentionQuery(null);
    combobox.closeDropdown();
    requestAnimationFrame(() => element.setSelectionRange(before.length, before.length));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey) && body.trim()) {
      event.preventDefault();
      add.mutate();
    }
  };

  return (
    <Stack gap="xs">
      <Combobox store={combobox} onOptionSubmit={pick} position="bottom-start" width={260}>
        <Combobox.Target withAriaAttributes withKeyboardNavigation={mentionQuery !== null}>
          <Textarea
            ref={textarea}
            label="Add a note"
            description="Type @ to mention a teammate: they get an e-mail with a link here."
            placeholder="What did you learn about this candidate?"
            autosize
            minRows={2}
            maxRows={10}
            maxLength={10_000}
            value={body}
            onChange={(event) => onType(event.currentTarget.value, event.currentTarget.selectionStart)}
            onKeyDown={onKeyDown}
            onBlur={() => combobox.closeDropdown()}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={mentionQuery === null}>
          <Combobox.Options aria-label="Teammates">
            {matches.length === 0 ? (
              <Combobox.Empty>Nobody on your team by that name</Combobox.Empty>
            ) : (
              matches.map((user) => (
                <Combobox.Option key={user.id} value={user.id}>
                  <Text size="sm">{user.name}</Text>
                  <Text size="xs" c="dimmed">
                    {user.email}
                  </Text>
                </Combobox.Option>
              ))
            )}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      <FormError error={add.error} />
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {mentioned.length > 0
            ? `Will notify ${mentioned.map((user) => user.name).join(', ')}.`
            : 'Notes are visible to everyone on your team.'}
        </Text>
        <Button size="xs" onClick={() => add.mutate()} loading={add.isPending} disabled={!body.trim()}>
          Add note
        </Button>
      </Group>
    </Stack>
  );
}
