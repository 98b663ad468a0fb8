import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { emptyDraft } from '../candidate-form/candidate-draft';
import { CandidateEditor } from '../candidate-form/candidate-editor';
import { JobPicker } from './job-picker';
import { useCreateCandidate } from './use-create-candidate';

export function ManualEntry() {
  const navigate = useNavigate();
  const create = useCreateCandidate();
  const [jobId, setJobId] = useState<string | null>(null);
  return (
    <CandidateEditor
      initialDraft={emptyDraft()}
      submitLabel="Save candidate"
      pending={create.isPending}
      error={create.error}
      onSubmit={(candidate) => create.mutate({ candidate, jobId: jobId ?? undefined })}
      onCancel={() => void navigate({ to: '/candidates' })}
      extraSection={<JobPicker value={jobId} onChange={setJobId} />}
    />
  );
}
