import { Button, Group, NativeSelect, Select, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type CandidateSource, skillSearchQuery } from '../../../api/candidates';
import { jobsQuery } from '../../../api/jobs';
import { sourceLabels, sourceOptions } from '../candidate-labels';
import type { PoolSearch } from '../candidate-routes-search';
import { AddFilterButton } from './add-filter-button';
import { FilterChip } from './filter-chip';
import { SkillPicker } from './skill-picker';

type Filters = Pick<PoolSearch, 'skill' | 'source' | 'tag' | 'jobId'>;

type PoolFiltersProps = { filters: Filters; onChange: (changes: Partial<Filters>) => void };

/** Active filters as removable chips, and a button per filter not yet in use. */
export function PoolFilters({ filters, onChange }: PoolFiltersProps) {
  const jobs = useQuery(jobsQuery());
  const skillName = useSkillName(filters.skill);
  const jobTitle = jobs.data?.find((job) => job.id === filters.jobId)?.title;

  return (
    <Group gap="xs">
      <Text size="sm" c="dimmed">
        Filters:
      </Text>
      {filters.skill && (
        <FilterChip
          label="Skill"
          value={skillName ?? filters.skill}
          onRemove={() => onChange({ skill: undefined })}
        />
      )}
      {filters.source && (
        <FilterChip
          label="Source"
          value={sourceLabels[filters.source as CandidateSource] ?? filters.source}
          onRemove={() => onChange({ source: undefined })}
        />
      )}
      {filters.tag && (
        <FilterChip label="Tag" value={filters.tag} onRemove={() => onChange({ tag: undefined })} />
      )}
      {filters.jobId && (
        <FilterChip label="Job" value={jobTitle ?? 'a job'} onRemove={() => onChange({ jobId: undefined })} />
      )}
      {!filters.skill && (
        <AddFilterButton label="Skill">
          {(close) => (
            <SkillPicker
              onPick={(skill) => {
                close();
                onChange({ skill: skill.id });
              }}
            />
          )}
        </AddFilterButton>
      )}
      {!filters.source && (
        <AddFilterButton label="Source">
          {(close) => (
            <NativeSelect
              label="Source"
              data={[{ value: '', label: 'Choose a source' }, ...sourceOptions]}
              data-autofocus
              onChange={(event) => {
                close();
                onChange({ source: event.currentTarget.value || undefined });
              }}
            />
          )}
        </AddFilterButton>
      )}
      {!filters.tag && (
        <AddFilterButton label="Tag">
          {(close) => (
            <TagPicker
              onPick={(tag) => {
                close();
                onChange({ tag });
              }}
            />
          )}
        </AddFilterButton>
      )}
      {!filters.jobId && (
        <AddFilterButton label="Job">
          {(close) => (
            <Select
              label="Applied to"
              placeholder={jobs.data?.length === 0 ? 'No jobs yet' : 'Choose a job'}
              data={(jobs.data ?? []).map((job) => ({ value: job.id, label: job.title }))}
              searchable
              comboboxProps={{ withinPortal: false }}
              data-autofocus
              nothingFoundMessage="No job with that title"
              onChange={(jobId) => {
                close();
                onChange({ jobId: jobId ?? undefined });
              }}
            />
          )}
        </AddFilterButton>
      )}
    </Group>
  );
}

function TagPicker({ onPick }: { onPick: (tag: string) => void }) {
  const [tag, setTag] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (tag.trim()) onPick(tag.trim());
      }}
    >
      <TextInput
        label="Tag"
        placeholder="strong-sql"
        value={tag}
        onChange={(event) => setTag(event.currentTarget.value)}
        data-autofocus
        maxLength={40}
      />
      <Button type="submit" size="xs" mt="xs" disabled={!tag.trim()}>
        Filter by this tag
      </Button>
    </form>
  );
}

/** The skill filter keeps a taxonomy id in the URL; this finds its display name. */
function useSkillName(id: string | undefined): string | undefined {
  const matches = useQuery(skillSearchQuery(id ?? ''));
  return matches.data?.find((skill) => skill.id === id)?.name;
}
