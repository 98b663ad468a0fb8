import { SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { workplaceOptions } from '../../../../domain/blueprint-labels';
import type { Blueprint } from '../../../../domain/hiring-domain';
import { errorsUnder } from '../field-errors';
import { fieldId } from '../field-paths';
import type { SectionProps } from '../section-props';
import { EditorSection } from './editor-section';
import { FieldAnchor } from './field-anchor';
import { SegmentedField } from './segmented-field';

type Location = Blueprint['location'];

const orNull = (text: string) => (text.trim() === '' ? null : text);

export function LocationSection({ draft, change, errors }: SectionProps) {
  const location = draft.location;
  const set = (changes: Partial<Location>) => change('location', { ...location, ...changes });
  const remote = location.workplace === 'remote';

  return (
    <EditorSection
      id="section-location"
      title="Location & remote"
      description="Candidates filter on this first. Say where people may live and which hours they need to share with the team."
    >
      <Stack gap="lg" id={fieldId('location')}>
        <SegmentedField
          path="location.workplace"
          label="Where they work"
          options={workplaceOptions}
          value={location.workplace}
          onChange={(workplace) => set({ workplace })}
          error={errors['location.workplace']}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <FieldAnchor path="location.city">
            <TextInput
              label="City"
              placeholder={remote ? 'Optional' : 'e.g. Chicago'}
              value={location.city ?? ''}
              onChange={(event) => set({ city: orNull(event.currentTarget.value) })}
              error={errors['location.city']}
            />
          </FieldAnchor>
          <FieldAnchor path="location.region">
            <TextInput
              label="Region or state"
              placeholder="e.g. IL"
              value={location.region ?? ''}
              onChange={(event) => set({ region: orNull(event.currentTarget.value) })}
              error={errors['location.region']}
            />
          </FieldAnchor>
          <FieldAnchor path="location.country">
            <TextInput
              label="Country code"
              placeholder="e.g. US"
              description="Two letters"
              value={location.country ?? ''}
              onChange={(event) => set({ country: orNull(event.currentTarget.value.toUpperCase()) })}
              maxLength={2}
              error={errors['location.country']}
            />
          </FieldAnchor>
        </SimpleGrid>
        {remote && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FieldAnchor path="location.remoteEligibility">
              <TagsInput
                label="Where applicants may live"
                description="Countries or regions; press Enter after each."
                placeholder={location.remoteEligibility.length === 0 ? 'e.g. US, Canada, EU' : undefined}
                value={location.remoteEligibility}
                onChange={(remoteEligibility) => set({ remoteEligibility })}
                maxTags={30}
                splitChars={[',']}
                error={errorsUnder(errors, 'location.remoteEligibility')}
              />
            </FieldAnchor>
            <FieldAnchor path="location.timeZones">
              <TagsInput
                label="Time zones to overlap with"
                description="For example “UTC-5 to UTC+1”; press Enter after each."
                placeholder={location.timeZones.length === 0 ? 'e.g. UTC-8 to UTC-5' : undefined}
                value={location.timeZones}
                onChange={(timeZones) => set({ timeZones })}
                maxTags={10}
                error={errorsUnder(errors, 'location.timeZones')}
              />
            </FieldAnchor>
          </SimpleGrid>
        )}
      </Stack>
    </EditorSection>
  );
}
