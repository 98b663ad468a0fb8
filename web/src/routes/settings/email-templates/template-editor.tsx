import { Alert, Button, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type EmailTemplate,
  resetEmailTemplate,
  saveEmailTemplate,
  shippedTemplateKeys,
} from '../../../api/email-templates';
import { ConfirmModal } from '../../../components/confirm-modal';
import { FormError } from '../../../components/form-error';
import {
  templateFieldErrors,
  templateKey,
  uniqueKey,
  useVariableInsertion,
} from '../../../lib/template-editing';
import { unknownVariables } from './template-preview';
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
  const { bind, insert } = useVariableInsertion(
    { subject: { value: subject, set: setSubject }, body: { value: body, set: setBody } },
    'body',
  );
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
  const errors = templateFieldErrors(save.error, ['name', 'subject', 'body'] as const);

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
              {...bind('subject')}
              label="Subject"
              readOnly={!canEdit}
              value={subject}
              onChange={(event) => setSubject(event.currentTarget.value)}
              error={errors.subject}
              required
              maxLength={200}
            />
            <Textarea
              {...bind('body')}
              label="Text"
              readOnly={!canEdit}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
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
