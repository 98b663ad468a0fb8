import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { skillSearchQuery } from '../../api/candidates';

/** Skills from the taxonomy that match what is being typed, asked for once typing pauses. */
export function useSkillSuggestions(typed: string) {
  const [query] = useDebouncedValue(typed.trim(), 150);
  const suggestions = useQuery(skillSearchQuery(query));
  return suggestions.data ?? [];
}
