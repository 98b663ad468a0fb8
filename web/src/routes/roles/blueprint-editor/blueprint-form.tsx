import { Alert, Anchor, Fieldset, List, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { FieldErrors } from './field-errors';
import { revealField } from './field-paths';
import type { SectionProps } from './section-props';
import { BasicsSection } from './sections/basics-section';
import { LocationSection } from './sections/location-section';
import { OfferSection } from './sections/offer-section';
import { ResponsibilitiesSection } from './sections/responsibilities-section';
import { SkillMatrixSection } from './sections/skill-matrix-section';
import { SoftSkillsSection } from './sections/soft-skills-section';
import { StackSection } from './sections/stack-section';
import { TeamContextSection } from './sections/team-context-section';

/** Every section of the blueprint; a disabled fieldset makes the whole form read-only. */
export function BlueprintForm({ readOnly, ...props }: SectionProps & { readOnly: boolean }) {
  return (
    <Stack gap="lg">
      <ProblemList errors={props.errors} />
      <Fieldset variant="unstyled" disabled={readOnly} p={0} m={0}>
        <Stack gap="lg">
          <BasicsSection {...props} />
          <StackSection {...props} />
          <SkillMatrixSection {...props} />
          <ResponsibilitiesSection {...props} />
          <LocationSection {...props} />
          <TeamContextSection {...props} />
          <SoftSkillsSection {...props} />
          <OfferSection {...props} />
        </Stack>
      </Fieldset>
    </Stack>
  );
}

/** Why saving did not happen, with a link to each field that needs fixing. */
function ProblemList({ errors }: { errors: FieldErrors }) {
  const problems = Object.entries(errors);
  if (problems.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={
        problems.length === 1
          ? 'One thing to fix before saving'
          : `${problems.length} things to fix before saving`
      }
      role="alert"
    >
      <List size="sm" spacing={2}>
        {problems.map(([path, message]) => (
          <List.Item key={path}>
            <Anchor component="button" type="button" size="sm" ta="left" onClick={() => revealField(path)}>
              {fieldLabel(path)}: {message}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

const fieldLabels: Record<string, string> = {
  title: 'Job title',
  experienceYears: 'Years of experience',
  headcount: 'How many people',
  existingStack: 'Your stack',
  skills: 'Skill matrix',
  responsibilities: 'Responsibilities',
  'location.city': 'City',
  'location.region': 'Region or state',
  'location.country': 'Country code',
  'location.remoteEligibility': 'Where applicants may live',
  'location.timeZones': 'Time zones',
  teamContext: 'Team context',
  softSkills: 'Soft skills',
  salary: 'Salary range',
  'offer.equity': 'Equity',
  'offer.bonus': 'Bonus',
  'offer.benefits': 'Benefits',
};

/** "salary.max" → "Salary range": the most specific label known for a path. */
function fieldLabel(path: string): string {
  const [first = '', second] = path.split('.');
  return fieldLabels[`${first}.${second}`] ?? fieldLabels[first] ?? first;
}
