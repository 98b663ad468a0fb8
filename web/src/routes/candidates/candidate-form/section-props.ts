import type { CandidateDraft, FieldErrors } from './candidate-draft';

export type SectionProps = {
  draft: CandidateDraft;
  errors: FieldErrors;
  update: (changes: Partial<CandidateDraft>) => void;
};
