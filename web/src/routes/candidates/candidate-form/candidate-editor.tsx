import { Button, Group, Paper, Stack } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { CandidateInput } from '../../../api/candidates';
import { FormError } from '../../../components/form-error';
import {
  type CandidateDraft,
  draftToInput,
  type FieldErrors,
  serverFieldErrors,
  validateDraft,
  withoutBlankRows,
} from './candidate-draft';
import { CandidateForm } from './candidate-form';
import { LeaveGuard } from './leave-guard';

type CandidateEditorProps = {
  initialDraft: CandidateDraft;
  submitLabel: string;
  pending: boolean;
  /** The last failed save; its details land next to the fields they name. */
  error: unknown;
  onSubmit: (input: CandidateInput) => void;
  onCancel: () => void;
  /** A last part of the form before the save bar, e.g. the job picker. */
  extraSection?: ReactNode;
};

/** The candidate form with its own state, the checks a person can fix, and the save bar. */
export function CandidateEditor({
  initialDraft,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  extraSection,
}: CandidateEditorProps) {
  const [initial] = useState(initialDraft);
  const [draft, setDraft] = useState(initial);
  // Every change makes a new draft object, so "not the one we started with" means edited.
  const edited = draft !== initial;
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const serverErrors = serverFieldErrors(error);
  const errors = { ...serverErrors, ...localErrors };
  const hasFieldErrors = Object.keys(serverErrors).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cleaned = withoutBlankRows(draft);
    setDraft(cleaned);
    const problems = validateDraft(cleaned);
    setLocalErrors(problems);
    if (Object.keys(problems).length === 0) onSubmit(draftToInput(cleaned));
  };

  return (
    <form onSubmit={submit} noValidate>
      {/* While saving, the page moves on to the profile by itself. */}
      <LeaveGuard dirty={edited && !pending} />
      <Stack gap="lg">
        <CandidateForm
          draft={draft}
          errors={errors}
          update={(changes) => setDraft((current) => ({ ...current, ...changes }))}
        />
        {extraSection}
        <Paper
          withBorder
          radius="md"
          p="md"
          shadow="sm"
          style={{ position: 'sticky', bottom: 'var(--mantine-spacing-sm)', zIndex: 2 }}
        >
          <Stack gap="sm">
            {!hasFieldErrors && <FormError error={error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel} disabled={pending}>
                Cancel
              </Button>
              <Button type="submit" loading={pending}>
                {submitLabel}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}
