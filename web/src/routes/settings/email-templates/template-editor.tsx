import { Alert, Button, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import {
  type EmailTemplate,
  resetEmailTemplate,
  saveEmailTemplate,
  shippedTemplateKeys,
} from '../../../api/email-templates';
import { ConfirmModal } from '../../../components/confirm-modal';
import { FormError } from '../../../components/form-error';
import { templateKey, unknownVariables } from './template-preview';
import { TemplatePreviewCard } from './template-preview-card';
import { VariableChips } from './variable-chips';

type TemplateEditorProps = {
  /** null for a new template. */
  template: EmailTemplate | null;
  existingKeys: string[];
  variables: string[];
  canEdit: boolean;
  onSaved: (key: string) => void;
  onCancelNew: () => void;
};

type Field = 'subject' | 'body';

export function TemplateEditor({
  template,
  existingKeys,
  variables,
  canEdit,
  onSaved,
  onCancelNew,
}: TemplateEditorProps) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(template?.name ?? '');
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [resetOpened, resetConfirm] = useDisclosure(false);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastField = useRef<Field>('body');
  const shipped = template !== null && shippedTemplateKeys.includes(template.key);
  const dirty = !template || name !== template.name || subject !== template.subject || body !== template.body;
  const unknown = unknownVariables(`${subject}\n${body}`, variables);

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['email-templates'] });
  const save = useMutation({
    mutationFn: () =>
      saveEmailTemplate(template?.key ?? uniqueKey(templateKey(name), existingKeys), { name, subject, body }),
    onSuccess: async (saved) => {
      await refresh();
      notifications.show({
        color: 'green',
        message: template
          ? `“${saved.name}” saved. The next e-mails use it.`
          : `“${saved.name}” saved. Pick it when e-mailing candidates from a board.`,
      });
      onSaved(saved.key);
    },
  });
  const reset = useMutation({
    mutationFn: () => resetEmailTemplate(template?.key ?? ''),
    onSuccess: async () => {
      resetConfirm.close();
      await refresh();
      notifications.show({
        message: shipped
          ? `“${template?.name}” is back to the shipped text.`
          : `“${template?.name}” is deleted.`,
      });
      if (!shipped) onCancelNew();
    },
  });
  const errors = fieldErrors(save.error);

  const insert = (variable: string) => {
    const field = lastField.current;
    const element = field === 'subject' ? subjectRef.current : bodyRef.current;
    const value = field === 'subject' ? subject : body;
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    const token = `{{${variable}}}`;
    const next = value.slice(0, start) + token + value.slice(end);
    (field === 'subject' ? setSubject : setBody)(next);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg" component="section">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          <Stack gap="md">
            <Title order={2} fz="lg">
              {template ? template.name : 'New template'}
            </Title>
            <TextInput
              label="Name"
              readOnly={!canEdit}
              description="Only your team sees it, e.g. when picking the e-mail to send from a board."
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.name}
              required
              minLength={2}
              maxLength={80}
            />
            <TextInput
              ref={subjectRef}
              label="Subject"
              readOnly={!canEdit}
              value={subject}
              onChange={(event) => setSubject(event.currentTarget.value)}
              onFocus={() => {
                lastField.current = 'subject';
              }}
              error={errors.subject}
              required
              maxLength={200}
            />
            <Textarea
              ref={bodyRef}
              label="Text"
              readOnly={!canEdit}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              onFocus={() => {
                lastField.current = 'body';
              }}
              error={errors.body}
              required
              autosize
              minRows={8}
              maxRows={24}
              maxLength={10_000}
            />
            {canEdit && <VariableChips variables={variables} onInsert={insert} />}
            {unknown.length > 0 && (
              <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
                {unknown.map((variable) => `{{${variable}}}`).join(', ')}{' '}
                {unknown.length === 1 ? 'is not a variable' : 'are not variables'}, so saving will not work.
                Use the buttons above to insert one that exists.
              </Alert>
            )}
            <FormError error={save.error && Object.keys(errors).length === 0 ? save.error : null} />
            {canEdit && (
              <Group justify="space-between">
                <Group gap="xs">
                  {template?.customised && (
                    <Button variant="subtle" color={shipped ? 'gray' : 'red'} onClick={resetConfirm.open}>
                      {shipped ? 'Reset to the shipped text' : 'Delete this template'}
                    </Button>
                  )}
                  {!template && (
                    <Button variant="default" onClick={onCancelNew}>
                      Cancel
                    </Button>
                  )}
                </Group>
                <Button type="submit" loading={save.isPending} disabled={!dirty}>
                  Save template
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      </Paper>
      <TemplatePreviewCard subject={subject} body={body} />
      {template && (
        <ConfirmModal
          opened={resetOpened}
          title={shipped ? 'Go back to the shipped text?' : `Delete “${template.name}”?`}
          confirmLabel={shipped ? 'Reset' : 'Delete'}
          destructive={!shipped}
          pending={reset.isPending}
          error={reset.error}
          onConfirm={() => reset.mutate()}
          onClose={resetConfirm.close}
        >
          {shipped
            ? 'Your changes to this e-mail are replaced by the text Hirebench ships with. E-mails already sent stay as they were.'
            : 'Nobody can pick this template any more. E-mails already sent stay as they were.'}
        </ConfirmModal>
      )}
    </Stack>
  );
}

/** The server names the field of each problem ("subject", "body"); the rest goes above the button. */
function fieldErrors(error: unknown): Partial<Record<'name' | 'subject' | 'body', string>> {
  const errors: Partial<Record<'name' | 'subject' | 'body', string>> = {};
  if (!(error instanceof ApiError)) return errors;
  for (const issue of error.details) {
    const field = issue.path.replace(/^body\./, '');
    if (field === 'name' || field === 'subject' || field === 'body')
      errors[field] = errors[field] ? `${errors[field]} ${issue.message}` : issue.message;
  }
  return errors;
}

function uniqueKey(key: string, existing: string[]): string {
  let candidate = key;
  for (let suffix = 2; existing.includes(candidate); suffix++) candidate = `${key.slice(0, 57)}_${suffix}`;
  return candidate;
}
