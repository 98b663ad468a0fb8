import { MultiSelect } from '@mantine/core';
import { errorsUnder } from '../field-errors';
import type { SectionProps } from '../section-props';
import { filterSkillOptions, skillOptionGroups } from '../skill-options';
import { EditorSection } from './editor-section';
import { FieldAnchor } from './field-anchor';

export function StackSection({ draft, change, errors }: SectionProps) {
  return (
    <EditorSection
      id="section-stack"
      title="Your stack"
      description="Hire for the language your codebase is in: someone who knows it is productive weeks sooner."
    >
      <FieldAnchor path="existingStack">
        <MultiSelect
          label="What your product is built with"
          description="Languages, frameworks, databases and cloud services. Type to search, e.g. “postgres” or “k8s”."
          placeholder={draft.existingStack.length === 0 ? 'Search skills' : undefined}
          data={skillOptionGroups}
          value={draft.existingStack}
          onChange={(value) => change('existingStack', value)}
          filter={filterSkillOptions}
          limit={40}
          maxValues={30}
          searchable
          hidePickedOptions
          clearable
          nothingFoundMessage="No skill by that name. Try another spelling."
          maxDropdownHeight={280}
          error={errorsUnder(errors, 'existingStack')}
        />
      </FieldAnchor>
    </EditorSection>
  );
}
