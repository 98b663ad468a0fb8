import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { jobsQuery } from '../../../api/jobs';
import { FormSection } from '../candidate-form/form-section';

type JobPickerProps = { value: string | null; onChange: (jobId: string | null) => void };

/** "Add to job": the candidate also enters that job's first stage. Open jobs come first. */
export function JobPicker({ value, onChange }: JobPickerProps) {
  const jobs = useQuery(jobsQuery());
  const data = [...(jobs.data ?? [])]
    .filter((job) => job.status !== 'closed')
    .sort((left, right) => Number(right.status === 'open') - Number(left.status === 'open'))
    .map((job) => ({
      value: job.id,
      label: job.status === 'open' ? job.title : `${job.title} (${job.status})`,
    }));
  return (
    <FormSection title="Job">
      <Select
        label="Add to job"
        description="Optional. They start in the job’s first stage, on its board."
        placeholder={jobs.isPending ? 'Loading jobs…' : data.length ? 'Not now' : 'No open jobs yet'}
        data={data}
        value={value}
        onChange={onChange}
        clearable
        searchable
        disabled={data.length === 0}
        nothingFoundMessage="No job with that title"
      />
    </FormSection>
  );
}
