import {
  Alert,
  Button,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  deleteLetterTemplate,
  type LetterTemplateEntry,
  saveLetterTemplate,
} from '../../../api/offer-letter-templates';
import { ConfirmModal } from '../../../components/confirm-modal';
import { FormError } from '../../../components/form-error';
import {
  type OfferEngagement,
  offerEngagementLabels,
  offerEngagements,
  templateProblems,
  variablesFor,
} from '../../../domain/offer-letter-domain';
import {
  templateFieldErrors,
  templateKey,
  uniqueKey,
  useVariableInsertion,
} from '../../../lib/template-editing';
import { LetterPreview } from './letter-preview';
import { VariableList } from './variable-list';

type LetterTemplateEditorProps = {
  /** null for a new template. */
  template: LetterTemplateEntry | null;
  existingKeys: string[];
  canEdit: boolean;
  onSaved: (key: string) => void;
  onGone: () => void;
};

export function LetterTemplateEditor({
  template,
  existingKeys,
  canEdit,
  onSaved,
  onGone,
}: LetterTemplateEditorProps) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(template?.name ?? '');
  const [engagement, setEngagement] = useState<OfferEngagement>(template?.engagement ?? 'full_time');
  const [title, setTitle] = useState(template?.title ?? 'Offer: {{job.title}}');
  const [body, setBody] = useState(template?.body ?? 'Dear {{candidate.firstName}},\n\n');
  const [removeOpened, removeConfirm] = useDisclosure(false);
  const { bind, insert } = useVariableInsertion(
    { title: { value: title, set: setTitle }, body: { value: body, set: setBody } },
    'body',
  );
  const draft = { key: template?.key ?? 'new', name, engagement, title, body };
  const problems = templateProblems(draft);
  const dirty =
    !template ||
    name !== template.name ||
    title !== template.title ||
    body !== template.body ||
    engagement !== template.engagement;

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['offer-letter-templates'] });
  const save = useMutation({
    mutationFn: () =>
      saveLetterTemplate(template?.key ?? uniqueKey(templateKey(name), existingKeys), {
        name,
        engagement,
        title,
        body,
      }),
    onSuccess: async (saved) => {
      await refresh();
      notifications.show({
        color: 'green',
        message: `“${saved.name}” saved. Offers not yet sent will use the new text; letters already sent stay exactly as the candidate received them.`,
      });
      onSaved(saved.key);
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteLetterTemplate(template?.key ?? ''),
    onSuccess: async () => {
      removeConfirm.close();
      await refresh();
      notifications.show({
        message: template?.shipped
          ? `“${template.name}” is back to the shipped text.`
          : `“${template?.name}” is deleted.`,
      });
      if (!template?.shipped) onGone();
    },
  });
  const errors = templateFieldErrors(save.error, ['name', 'title', 'body'] as const);

  return (
    <Stack gap="lg">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder radius="md" p="lg" component="section" aria-label="Edit the template">
            <form
              onSubmit={(event) => {
                event.preventDefault();
                save.mutate();
              }}
            >
              <Stack gap="md">
                <Title order={2} fz="lg">
                  {template ? template.name : 'New letter template'}
                </Title>
                <TextInput
                  label="Name"
                  description="Only your team sees it, when choosing the letter for an offer."
                  readOnly={!canEdit}
                  value={name}
                  onChange={(event) => setName(event.currentTarget.value)}
                  error={errors.name}
                  required
                  minLength={2}
                  maxLength={120}
                />
                {template ? (
                  <Text size="sm">
                    <Text span fw={500}>
                      For
                    </Text>{' '}
                    {offerEngagementLabels[engagement].toLowerCase()} offers
                  </Text>
                ) : (
                  <Select
                    label="For which offers"
                    description="Each kind of offer has its own terms, so its own variables."
                    data={offerEngagements.map((value) => ({ value, label: offerEngagementLabels[value] }))}
                    value={engagement}
                    onChange={(value) => value && setEngagement(value as OfferEngagement)}
                    allowDeselect={false}
                  />
                )}
                <TextInput
                  {...bind('title')}
                  label="Title"
                  readOnly={!canEdit}
                  value={title}
                  onChange={(event) => setTitle(event.currentTarget.value)}
                  error={errors.title}
                  required
                  maxLength={200}
                />
                <Textarea
                  {...bind('body')}
                  label="Letter"
                  description="A blank line starts a new paragraph, “# ” a heading and “- ” a bullet."
                  readOnly={!canEdit}
                  value={body}
                  onChange={(event) => setBody(event.currentTarget.value)}
                  error={errors.body}
                  required
                  autosize
                  minRows={12}
                  maxRows={30}
                  maxLength={20_000}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
                />
                {problems.length > 0 && (
                  <Alert
                    color="yellow"
                    variant="light"
                    icon={<IconAlertTriangle aria-hidden />}
                    title="Saving will not work yet"
                  >
                    {problems.map((problem) => problem.message).join(' ')} Use the variables listed beside the
                    editor.
                  </Alert>
                )}
                <FormError error={save.error && Object.keys(errors).length === 0 ? save.error : null} />
                {canEdit && (
                  <Group justify="space-between">
                    <Group gap="xs">
                      {template?.customised && (
                        <Button
                          variant="subtle"
                          color={template.shipped ? 'gray' : 'red'}
                          onClick={removeConfirm.open}
                        >
                          {template.shipped ? 'Go back to the shipped text' : 'Delete this template'}
                        </Button>
                      )}
                      {!template && (
                        <Button variant="default" onClick={onGone}>
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
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <VariableList variables={variablesFor(engagement)} onInsert={canEdit ? insert : undefined} />
        </Grid.Col>
      </Grid>
      <LetterPreview template={draft} problems={problems} />
      {template && (
        <ConfirmModal
          opened={removeOpened}
          title={template.shipped ? 'Go back to the shipped text?' : `Delete “${template.name}”?`}
          confirmLabel={template.shipped ? 'Go back' : 'Delete'}
          destructive={!template.shipped}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate()}
          onClose={removeConfirm.close}
        >
          {template.shipped
            ? 'Your changes are replaced by the text Hirebench ships with, in every offer that uses this letter.'
            : 'Nobody can choose this letter any more; offers that used it show the shipped letter for their kind of offer instead.'}
        </ConfirmModal>
      )}
    </Stack>
  );
}
