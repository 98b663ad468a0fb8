import { Alert, Anchor, List, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { revealField } from '../../roles/blueprint-editor/field-paths';
import { AvailabilitySection } from './availability-section';
import type { FieldErrors } from './candidate-draft';
import { ContactsSection } from './contacts-section';
import { EducationSection } from './education-section';
import { ExperienceSection } from './experience-section';
import { OriginSection } from './origin-section';
import { PersonSection } from './person-section';
import type { SectionProps } from './section-props';
import { SkillsSection } from './skills-section';

/** Every editable part of a candidate: the review form after a résumé upload, manual entry and edit. */
export function CandidateForm(props: SectionProps) {
  return (
    <Stack gap="lg">
      <ProblemList errors={props.errors} />
      <PersonSection {...props} />
      <ContactsSection {...props} />
      <SkillsSection {...props} />
      <ExperienceSection {...props} />
      <EducationSection {...props} />
      <AvailabilitySection {...props} />
      <OriginSection {...props} />
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
  name: 'Name',
  headline: 'Headline',
  location: 'Location',
  timeZone: 'Time zone',
  totalYears: 'Years of experience',
  emails: 'E-mail',
  phones: 'Phone',
  'links.github': 'GitHub',
  'links.linkedin': 'LinkedIn',
  'links.stackoverflow': 'Stack Overflow',
  'links.website': 'Website',
  skills: 'Skill',
  experience: 'Job',
  education: 'School',
  salaryExpectation: 'Salary expectation',
  availableFrom: 'Can start from',
  noticePeriodWeeks: 'Notice period',
  source: 'Source',
  sourceDetail: 'Source detail',
  tags: 'Tags',
  retainUntil: 'Keep their data until',
};

/** "emails.1" → "E-mail 2", "experience.0.end" → "Job 1". */
function fieldLabel(path: string): string {
  if (fieldLabels[path]) return fieldLabels[path];
  const [list, index] = path.split('.');
  const label = fieldLabels[list ?? ''];
  if (label && index !== undefined && /^\d+$/.test(index)) return `${label} ${Number(index) + 1}`;
  return label ?? path;
}
