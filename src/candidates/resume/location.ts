import type { Line } from './lines.ts';
import { splitFields } from './lines.ts';
import { isPlace } from './vocabulary.ts';

/** Where the candidate lives, as the top of the résumé says it. Pure. */

/** Where the candidate lives, from the top of the résumé: "San Francisco, CA", "Location: Lisbon". */
export function findLocation(lines: Line[]): string | null {
  for (const line of lines.slice(0, 60)) {
    if (['experience', 'education', 'projects'].includes(line.section)) break;
    if (line.isHeading) continue;
    const labelled = /^(?:location|based in|city|wohnort|ubicación|localisation)\s*:?\s+(.+)$/i.exec(
      line.text,
    );
    if (labelled) return labelled[1]!.trim();
    for (const field of splitFields(line.text)) {
      const place = placeAtEnd(field.replace(/^(?:address|adresse)\s*:\s*/i, '').replace(/^[📍⌂]\s*/u, ''));
      if (place) return place;
    }
  }
  return null;
}

/** "1 Main St, Springfield, IL 62701" → "Springfield, IL 62701": the street is not needed. */
function placeAtEnd(field: string): string | null {
  const parts = field.split(/\s*,\s*/);
  for (let first = 0; first < parts.length; first++) {
    const candidate = parts.slice(first).join(', ').replace(/[.;]$/, '');
    if (isPlace(candidate) && !/^(?:remote|hybrid|anywhere)/i.test(candidate)) return candidate;
  }
  return null;
}
