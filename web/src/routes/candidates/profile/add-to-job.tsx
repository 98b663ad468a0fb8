import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { addCandidateToJob, type Candidate } from '../../../api/candidates';
import { jobsQuery } from '../../../api/jobs';
import { FormError } from '../../../components/form-error';

/** Puts someone from the pool into another job's first stage (open jobs first, closed ones left out). */
export function AddToJob({ candidate }: { candidate: Candidate }) {
  const queryClient = useQueryClient();
  const jobs = useQuery(jobsQuery());
  const [jobId, setJobId] = useState<string | null>(null);
  const inJobs = new Set(candidate.applications.map((application) => application.jobId));
  const options = [...(jobs.data ?? [])]
    .filter((job) => job.status !== 'closed' && !inJobs.has(job.id))
    .sort((left, right) => Number(right.status === 'open') - Number(left.status === 'open'))
    .map((job) => ({
      value: job.id,
      label: job.status === 'open' ? job.title : `${job.title} (${job.status})`,
    }));

  const add = useMutation({
    mutationFn: (id: string) => addCandidateToJob(candidate.id, id),
    onSuccess: async (_result, id) => {
      const title = options.find((option) => option.value === id)?.label ?? 'the job';
      setJobId(null);
      await queryClient.invalidateQueries({ queryKey: ['candidates', candidate.id] });
      await queryClient.invalidateQueries({ queryKey: ['jobs'] });
      notifications.show({ color: 'teal', message: `${candidate.name} is now in ${title}’s first stage.` });
    },
  });

  if (jobs.isSuccess && options.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Add to a job"
          placeholder={jobs.isPending ? 'Loading jobs…' : 'Choose a job'}
          data={options}
          value={jobId}
          onChange={setJobId}
          searchable
          nothingFoundMessage="No job with that title"
          style={{ flex: '1 1 260px' }}
        />
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={!jobId}
          loading={add.isPending}
          onClick={() => jobId && add.mutate(jobId)}
        >
          Add to job
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={6}>
        They start in the job’s first stage, with their latest résumé.
      </Text>
      {add.isError && <FormError error={add.error} />}
    </Paper>
  );
}
