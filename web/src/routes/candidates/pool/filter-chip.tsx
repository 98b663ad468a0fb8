import { Pill } from '@mantine/core';

type FilterChipProps = { label: string; value: string; onRemove: () => void };

/** One active filter, e.g. "Skill: Go", removed with its ✕. */
export function FilterChip({ label, value, onRemove }: FilterChipProps) {
  return (
    <Pill
      size="lg"
      withRemoveButton
      onRemove={onRemove}
      // Mantine hides this button from the keyboard (it is made for tag inputs); here it is the only way to remove.
      removeButtonProps={{
        'aria-label': `Remove the filter ${label}: ${value}`,
        'aria-hidden': false,
        tabIndex: 0,
      }}
      bg="indigo.0"
    >
      {label}: <b>{value}</b>
    </Pill>
  );
}
