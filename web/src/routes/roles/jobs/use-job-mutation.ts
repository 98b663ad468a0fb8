import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type JobDetail, jobQuery } from '../../../api/jobs';

/** A change to a job whose answer is the updated job: the page shows it at once, lists refresh. */
export function useJobMutation<Variables>(
  mutationFn: (variables: Variables) => Promise<JobDetail>,
  onSuccess?: (job: JobDetail, variables: Variables) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (job, variables) => {
      queryClient.setQueryData(jobQuery(job.id).queryKey, job);
      void queryClient.invalidateQueries({ queryKey: ['jobs'], exact: false, refetchType: 'none' });
      onSuccess?.(job, variables);
    },
  });
}
