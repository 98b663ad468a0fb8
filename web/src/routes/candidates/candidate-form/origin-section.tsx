import { Checkbox, NativeSelect, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import type { CandidateSource } from '../../../api/candidates';
import { fieldId } from '../../roles/blueprint-editor/field-paths';
import { sourceOptions } from '../candidate-labels';
import { FormSection } from './form-section';
import type { SectionProps } from './section-props';

/** Where the candidate came from, how the team labels them, and the right to keep their data. */
export function OriginSection({ draft, errors, update }: SectionProps) {
  return (
    <FormSection title="Source, tags and consent">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          id={fieldId('source')}
          label="Source"
          description="Insights compare how well each source works."
          data={sourceOptions}
          value={draft.source}
          onChange={(event) => update({ source: event.currentTarget.value as CandidateSource })}
          error={errors.source}
        />
        <TextInput
          id={fieldId('sourceDetail')}
          label="Source detail"
          description="Who referred them, which agency or job board."
          value={draft.sourceDetail}
          onChange={(event) => update({ sourceDetail: event.currentTarget.value })}
          error={errors.sourceDetail}
          maxLength={160}
        />
      </SimpleGrid>
      <TagsInput
        id={fieldId('tags')}
        label="Tags"
        description="Press Enter after each tag, e.g. “remote-ok” or “strong-sql”."
        value={draft.tags}
        onChange={(tags) => update({ tags })}
        error={errors.tags ?? errors['tags.0']}
        maxTags={30}
        clearable
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Checkbox
          id={fieldId('consent')}
          label="The candidate agreed that we keep their data"
          description="Record this only when they said yes, e.g. in their application or by e-mail."
          checked={draft.consent}
          onChange={(event) => update({ consent: event.currentTarget.checked })}
          error={errors.consent}
        />
        <TextInput
          id={fieldId('retainUntil')}
          label="Keep their data until"
          description="Empty uses your organisation’s retention rule."
          type="date"
          value={draft.retainUntil}
          onChange={(event) => update({ retainUntil: event.currentTarget.value })}
          error={errors.retainUntil}
        />
      </SimpleGrid>
    </FormSection>
  );
}
