import type { ReactNode } from 'react';
import { fieldId } from '../field-paths';

/** Marks where a blueprint field lives, so the advisor and error links can scroll to it and make it flash. */
export function FieldAnchor({ path, children }: { path: string; children: ReactNode }) {
  return (
    <div id={fieldId(path)} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
      {children}
    </div>
  );
}
