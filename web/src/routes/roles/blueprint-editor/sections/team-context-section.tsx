import { Textarea } from '@mantine/core';
import type { SectionProps } from '../section-props';
import { EditorSection } from './editor-section';
import { FieldAnchor } from './field-anchor';

const maxLength = 2000;

export function TeamContextSection({ draft, change, errors }: SectionProps) {
  return (
    <EditorSection
      id="section-team"
      title="Team context"
      description="Candidates decide on the people as much as the tech. Say who they will work with, who they report to and what they will own."
    >
      <FieldAnchor path="teamContext">
        <Textarea
          label="About the team"
          placeholder="e.g. You join two founders and a freelance designer. You report to the CEO and own the backend."
          value={draft.teamContext}
          onChange={(event) => change('teamContext', event.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={maxLength}
          description={`${draft.teamContext.length} of ${maxLength} characters`}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          error={errors.teamContext}
        />
      </FieldAnchor>
    </EditorSection>
  );
}
