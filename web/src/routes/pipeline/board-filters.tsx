import { Badge, Button, Collapse, Group, NumberInput, Select, Switch } from '@mantine/core';
import { useDebouncedCallback, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconFilterOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { type BoardSearch, noFilters } from './board-search';
import { sourceOptions } from './pipeline-labels';
import { SkillFilter } from './skill-filter';

type BoardFiltersProps = {
  search: BoardSearch;
  /** Tags seen on this job's cards, offered in the tag filter. */
  knownTags: string[];
  onChange: (change: Partial<BoardSearch>) => void;
};

/**
 * The filters write to the URL, so a filtered board can be bookmarked and shared. On phones they fold
 * away behind a button, so the board starts near the top of the screen.
 */
export function BoardFilters({ search, knownTags, onChange }: BoardFiltersProps) {
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  const [opened, filters] = useDisclosure(false);
  const active = [search.skill, search.source, search.tag, search.minDays].filter(Boolean).length;
  const showClosed = (
    <Switch
      label="Show closed"
      description={phone ? undefined : 'Rejected and withdrawn'}
      checked={Boolean(search.closed)}
      onChange={(event) => onChange({ closed: event.currentTarget.checked ? true : undefined })}
      mb={phone ? 0 : 4}
    />
  );

  if (!phone) {
    return (
      <Group gap="sm" align="flex-end" mb="md">
        <FilterInputs search={search} knownTags={knownTags} onChange={onChange} />
        {showClosed}
        {active > 0 && <ClearFilters onClear={() => onChange(noFilters)} />}
      </Group>
    );
  }
  return (
    <div style={{ marginBottom: 'var(--mantine-spacing-sm)' }}>
      <Group gap="sm" justify="space-between">
        <Button
          variant="default"
          size="sm"
          onClick={filters.toggle}
          aria-expanded={opened}
          leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
          rightSection={
            active > 0 ? (
              <Badge size="sm" circle aria-label={`${active} active`}>
                {active}
              </Badge>
            ) : undefined
          }
        >
          Filters
        </Button>
        {showClosed}
      </Group>
      <Collapse expanded={opened}>
        <Group gap="sm" align="flex-end" pt="sm">
          <FilterInputs search={search} knownTags={knownTags} onChange={onChange} />
          {active > 0 && <ClearFilters onClear={() => onChange(noFilters)} />}
        </Group>
      </Collapse>
    </div>
  );
}

function ClearFilters({ onClear }: { onClear: () => void }) {
  return (
    <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClear}>
      Clear filters
    </Button>
  );
}

function FilterInputs({ search, knownTags, onChange }: BoardFiltersProps) {
  // Typed days apply after a short pause, not on every keystroke; "Clear filters" empties the box too.
  const [minDays, setMinDays] = useState<string | number>(search.minDays ?? '');
  useEffect(() => setMinDays(search.minDays ?? ''), [search.minDays]);
  const applyMinDays = useDebouncedCallback((value: string | number) => {
    const days = Number(value);
    onChange({ minDays: Number.isInteger(days) && days > 0 ? days : undefined });
  }, 300);
  const tags = search.tag && !knownTags.includes(search.tag) ? [search.tag, ...knownTags] : knownTags;

  return (
    <>
      <SkillFilter key={search.skill ?? ''} value={search.skill} onChange={(skill) => onChange({ skill })} />
      <Select
        label="Source"
        placeholder="Any source"
        clearable
        w={{ base: 'calc(50% - 6px)', xs: 160 }}
        data={sourceOptions}
        value={search.source ?? null}
        onChange={(source) => onChange({ source: source ?? undefined })}
      />
      <Select
        label="Tag"
        placeholder={tags.length ? 'Any tag' : 'No tags yet'}
        searchable
        clearable
        w={{ base: 'calc(50% - 6px)', xs: 160 }}
        data={tags}
        value={search.tag ?? null}
        nothingFoundMessage="No card has that tag"
        onChange={(tag) => onChange({ tag: tag ?? undefined })}
      />
      <NumberInput
        label="In stage for at least"
        placeholder="Any time"
        min={1}
        max={3650}
        allowDecimal={false}
        allowNegative={false}
        rightSection="days"
        rightSectionWidth={48}
        w={{ base: 'calc(50% - 6px)', xs: 170 }}
        value={minDays}
        onChange={(value) => {
          setMinDays(value);
          applyMinDays(value);
        }}
      />
    </>
  );
}
