import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

type PoolSearchBoxProps = { value: string; onSearch: (q: string) => void };

/** Searches as you type, once typing pauses; the URL keeps the query. */
export function PoolSearchBox({ value, onSearch }: PoolSearchBoxProps) {
  const [typed, setTyped] = useState(value);
  const search = useDebouncedCallback(onSearch, 250);
  // Back and forward change the URL under the box: show what the URL says (keeping a space being typed).
  useEffect(() => setTyped((current) => (current.trim() === value ? current : value)), [value]);

  return (
    <TextInput
      aria-label="Search candidates"
      placeholder="Name, skill, company, or anything in a résumé or note"
      leftSection={<IconSearch size={18} aria-hidden />}
      rightSection={
        typed && (
          <CloseButton
            aria-label="Clear the search"
            onClick={() => {
              setTyped('');
              search.cancel();
              onSearch('');
            }}
          />
        )
      }
      value={typed}
      onChange={(event) => {
        setTyped(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          search.cancel();
          onSearch(typed);
        }
      }}
      type="search"
      size="md"
      maxLength={200}
    />
  );
}
