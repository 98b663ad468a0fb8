import { Combobox, InputBase, Text, useCombobox } from '@mantine/core';
import { useState } from 'react';
import type { SkillOption } from '../../../api/candidates';
import { useSkillSuggestions } from '../use-skill-suggestions';

/** Type part of a skill ("postg", "k8s") and pick it from the taxonomy. */
export function SkillPicker({ onPick }: { onPick: (skill: SkillOption) => void }) {
  const [typed, setTyped] = useState('');
  const suggestions = useSkillSuggestions(typed);
  const combobox = useCombobox({ opened: typed.trim().length > 0 });
  return (
    <Combobox
      store={combobox}
      withinPortal={false}
      onOptionSubmit={(id) => {
        const skill = suggestions.find((option) => option.id === id);
        if (skill) onPick(skill);
      }}
    >
      <Combobox.Target>
        <InputBase
          label="Skill"
          placeholder="Go, PostgreSQL, Kubernetes…"
          value={typed}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            combobox.selectFirstOption();
          }}
          data-autofocus
          autoComplete="off"
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options>
          {suggestions.length === 0 ? (
            <Combobox.Empty>No skill by that name yet</Combobox.Empty>
          ) : (
            suggestions.map((skill) => (
              <Combobox.Option key={skill.id} value={skill.id}>
                <Text size="sm">{skill.name}</Text>
                {skill.aliases.length > 0 && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    also {skill.aliases.slice(0, 3).join(', ')}
                  </Text>
                )}
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
