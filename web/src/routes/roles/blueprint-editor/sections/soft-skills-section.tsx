import { TagsInput } from '@mantine/core';
import { errorsUnder } from '../field-errors';
import type { SectionProps } from '../section-props';
import { EditorSection } from './editor-section';
import { FieldAnchor } from './field-anchor';

// The ones the guides name most for backend engineers; anything else can be typed in.
const commonSoftSkills = [
  'Clear written communication',
  'Explaining trade-offs to non-technical people',
  'Problem solving',
  'Analytical thinking',
  'Ownership',
  'Pragmatic prioritisation',
  'Taking and giving feedback',
  'Mentoring',
  'Flagging problems early',
];

export function SoftSkillsSection({ draft, change, errors }: SectionProps) {
  return (
    <EditorSection
      id="section-soft-skills"
      title="Soft skills"
      description="How they work with people. The interview plan checks these as carefully as the technical skills."
    >
      <FieldAnchor path="softSkills">
        <TagsInput
          label="Soft skills"
          description="Pick from the list or type your own and press Enter. Three or four is plenty."
          placeholder={draft.softSkills.length === 0 ? 'e.g. Clear written communication' : undefined}
          data={commonSoftSkills}
          value={draft.softSkills}
          onChange={(value) => change('softSkills', value)}
          maxTags={12}
          error={errorsUnder(errors, 'softSkills')}
        />
      </FieldAnchor>
    </EditorSection>
  );
}
