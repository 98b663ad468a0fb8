import { Button, Combobox, Group, Text, useCombobox } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { skillCategoryLabels } from '../../../../domain/blueprint-labels';
import { type Skill, searchSkills } from '../../../../domain/hiring-domain';
import { skillOptionGroups } from '../skill-options';

type SkillPickerProps = {
  /** Skills already in the matrix; they are not offered again. */
  exclude: ReadonlySet<string>;
  onPick: (skillId: string) => void;
};

/** The "Add skill" button: opens a searchable list of the taxonomy (aliases work, e.g. "k8s"). */
export function SkillPicker({ exclude, onPick }: SkillPickerProps) {
  const [search, setSearch] = useState('');
  const combobox = useCombobox({
    onDropdownOpen: () => combobox.focusSearchInput(),
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      combobox.focusTarget();
      setSearch('');
    },
  });

  return (
    <Combobox
      store={combobox}
      width={340}
      position="bottom-start"
      onOptionSubmit={(skillId) => {
        onPick(skillId);
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target withAriaAttributes={false}>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => combobox.toggleDropdown()}
          aria-haspopup="listbox"
          aria-expanded={combobox.dropdownOpened}
        >
          Add skill
        </Button>
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Search
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.updateSelectedOptionIndex();
          }}
          placeholder="Search, e.g. postgres or k8s"
          aria-label="Search skills"
        />
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }}>
          {search.trim() ? (
            <SearchResults search={search} exclude={exclude} />
          ) : (
            <AllSkills exclude={exclude} />
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

function SearchResults({ search, exclude }: { search: string; exclude: ReadonlySet<string> }) {
  const matches = searchSkills(search, 60).filter((skill) => !exclude.has(skill.id));
  if (matches.length === 0)
    return <Combobox.Empty>No skill by that name. Try another spelling.</Combobox.Empty>;
  return matches.slice(0, 30).map((skill) => <SkillOption key={skill.id} skill={skill} />);
}

function SkillOption({ skill }: { skill: Skill }) {
  return (
    <Combobox.Option value={skill.id}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm">{skill.name}</Text>
        <Text size="xs" c="dimmed">
          {skillCategoryLabels[skill.category]}
        </Text>
      </Group>
    </Combobox.Option>
  );
}

function AllSkills({ exclude }: { exclude: ReadonlySet<string> }) {
  return skillOptionGroups.map((group) => (
    <Combobox.Group key={group.group} label={group.group}>
      {group.items
        .filter((item) => !exclude.has(item.value))
        .map((item) => (
          <Combobox.Option key={item.value} value={item.value}>
            {item.label}
          </Combobox.Option>
        ))}
    </Combobox.Group>
  ));
}
