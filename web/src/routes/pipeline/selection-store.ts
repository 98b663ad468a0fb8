import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * The selected applications, outside React state: a checkbox re-renders only its own card and the
 * counters that read the selection, never the whole board of up to thousands of cards.
 */
export class SelectionStore {
  private selected = new Set<string>();
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  has = (id: string) => this.selected.has(id);

  get size() {
    return this.selected.size;
  }

  ids = () => [...this.selected];

  setMany(ids: readonly string[], selected: boolean) {
    const next = new Set(this.selected);
    for (const id of ids) {
      if (selected) next.add(id);
      else next.delete(id);
    }
    this.replace(next);
  }

  toggle(id: string) {
    this.setMany([id], !this.selected.has(id));
  }

  clear() {
    if (this.selected.size > 0) this.replace(new Set());
  }

  /** Drops ids that left the board (rejected, filtered out), so actions never touch what is not shown. */
  keepOnly(visible: ReadonlySet<string>) {
    if ([...this.selected].every((id) => visible.has(id))) return;
    this.replace(new Set([...this.selected].filter((id) => visible.has(id))));
  }

  private replace(next: Set<string>) {
    this.selected = next;
    for (const listener of this.listeners) listener();
  }
}

export const SelectionContext = createContext<SelectionStore | null>(null);

export function useSelectionStore(): SelectionStore {
  const store = useContext(SelectionContext);
  if (!store) throw new Error('useSelectionStore() needs a SelectionContext provider (the board page).');
  return store;
}

export function useIsSelected(id: string): boolean {
  const store = useSelectionStore();
  return useSyncExternalStore(store.subscribe, () => store.has(id));
}

export function useSelectedCount(): number {
  const store = useSelectionStore();
  return useSyncExternalStore(store.subscribe, () => store.size);
}

/** How many of these ids are selected, e.g. for a column's "Select all" checkbox. */
export function useSelectedAmong(ids: readonly string[]): number {
  const store = useSelectionStore();
  return useSyncExternalStore(store.subscribe, () => ids.filter(store.has).length);
}
