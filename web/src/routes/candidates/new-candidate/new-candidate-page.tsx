import { Anchor, Container, SegmentedControl } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { PageHeader } from '../../../components/page-header';
import type { NewCandidateMode } from '../candidate-routes-search';
import { ManualEntry } from './manual-entry';
import { ResumeIntake } from './resume-intake';

const route = getRouteApi('/app/candidates/new');

const descriptions: Record<NewCandidateMode, string> = {
  resume: 'Upload their résumé: Hirebench fills in the profile for you to check.',
  manual: 'Type in what you know; you can add a résumé and more details later.',
};

export function NewCandidatePage() {
  const { mode } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <Container size="md" p={0}>
      <Anchor component={Link} to="/candidates" size="sm" c="dimmed">
        ← Candidates
      </Anchor>
      <PageHeader
        title="Add a candidate"
        description={descriptions[mode]}
        actions={
          <SegmentedControl
            aria-label="How to add the candidate"
            value={mode}
            onChange={(value) =>
              void navigate({ search: { mode: value as NewCandidateMode }, replace: true })
            }
            data={[
              { value: 'resume', label: 'Upload a résumé' },
              { value: 'manual', label: 'Enter by hand' },
            ]}
          />
        }
      />
      {mode === 'manual' ? <ManualEntry /> : <ResumeIntake />}
    </Container>
  );
}
