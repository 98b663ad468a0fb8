import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type CandidateInput, createCandidate } from '../../../api/candidates';
import { notifyUnknownSkills } from '../unknown-skills';

type CreateVariables = { candidate: CandidateInput; resumeUploadId?: string; jobId?: string };

/** Saves a new candidate, then opens their profile. */
export function useCreateCandidate() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (variables: CreateVariables) => createCandidate(variables),
    onSuccess: ({ candidate, duplicates, unknownSkills }) => {
      void queryClient.invalidateQueries({ queryKey: ['candidates'] });
      notifications.show({
        color: 'green',
        title: `${candidate.name} is in your pool`,
        message:
          duplicates.length > 0
            ? 'They look like someone you already have: the profile shows who, and lets you merge the two.'
            : 'Their profile is ready; add what you learn as notes on the timeline.',
      });
      notifyUnknownSkills(unknownSkills);
      void navigate({ to: '/candidates/$candidateId', params: { candidateId: candidate.id } });
    },
  });
}
