import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Candidate, type CandidateInput, updateCandidate } from '../../../api/candidates';
import { draftFromCandidate } from '../candidate-form/candidate-draft';
import { CandidateEditor } from '../candidate-form/candidate-editor';
import { notifyUnknownSkills } from '../unknown-skills';

type EditProfileProps = { candidate: Candidate; onDone: () => void };

export function EditProfile({ candidate, onDone }: EditProfileProps) {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (input: CandidateInput) => updateCandidate(candidate.id, input),
    onSuccess: async ({ unknownSkills }) => {
      await queryClient.invalidateQueries({ queryKey: ['candidates'] });
      notifications.show({ color: 'green', message: 'Profile saved.' });
      notifyUnknownSkills(unknownSkills);
      onDone();
    },
  });
  return (
    <CandidateEditor
      initialDraft={draftFromCandidate(candidate)}
      submitLabel="Save changes"
      pending={save.isPending}
      error={save.error}
      onSubmit={(input) => save.mutate(input)}
      onCancel={onDone}
    />
  );
}
