import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { skillMatchesQuery } from '../../api/pipeline';
import { getSkill } from '../../domain/hiring-domain';

type SkillFilterProps = { value: string | undefined; onChange: (skillId: string | undefined) => void };

/** Type a skill or one of its aliases ("postgres", "k8s"); the taxonomy on the server finds the skill. */
export function SkillFilter({ value, onChange }: SkillFilterProps) {
  const selectedName = value ? (getSkill(value)?.name ?? value) : '';
  const [search, setSearch] = useState(selectedName);
  const [query] = useDebouncedValue(search === selectedName ? '' : search, 200);
  const matches = useQuery({ ...skillMatchesQuery(query), placeholderData: keepPreviousData });
  const options = (matches.data ?? []).map((skill) => ({ value: skill.id, label: skill.name }));
  // The chosen skill stays an option, so its name shows even when the search has moved on.
  if (value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: selectedName });
  }

  return (
    <Select
      label="Skill"
      placeholder="Any skill"
      searchable
      clearable
      w={{ base: '100%', xs: 190 }}
      data={options}
      value={value ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already ranked the matches, aliases included; filtering them again by label would drop some.
      filter={({ options: all }) => all}
      nothingFoundMessage={query ? 'No skill matches' : 'Type to search skills'}
      onChange={(skillId) => onChange(skillId ?? undefined)}
    />
  );
}
