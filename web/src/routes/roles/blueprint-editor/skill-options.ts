import type { ComboboxItem, ComboboxParsedItem, ComboboxParsedItemGroup, OptionsFilter } from '@mantine/core';
import { skillCategoryLabels } from '../../../domain/blueprint-labels';
import { getSkill, searchSkills, skillCategories, skillsByCategory } from '../../../domain/hiring-domain';

/** Every taxonomy skill as combobox options, grouped by category in the taxonomy's order. */
export const skillOptionGroups = (() => {
  const byCategory = skillsByCategory();
  return skillCategories.map((category) => ({
    group: skillCategoryLabels[category],
    items: byCategory[category].map((skill) => ({ value: skill.id, label: skill.name })),
  }));
})();

export const skillName = (id: string) => getSkill(id)?.name ?? id;

const isGroup = (item: ComboboxParsedItem): item is ComboboxParsedItemGroup => 'group' in item;

/**
 * Ranks options with the taxonomy's own search, so aliases work ("postgres" finds PostgreSQL, "k8s"
 * finds Kubernetes). Without a search the grouped list shows as is.
 */
export const filterSkillOptions: OptionsFilter = ({ options, search, limit }) => {
  if (!search.trim()) return options;
  const available = new Map<string, ComboboxItem>();
  for (const option of options) {
    for (const item of isGroup(option) ? option.items : [option]) available.set(item.value, item);
  }
  return searchSkills(search, Number.POSITIVE_INFINITY)
    .map((skill) => available.get(skill.id))
    .filter((item) => item !== undefined)
    .slice(0, limit);
};
