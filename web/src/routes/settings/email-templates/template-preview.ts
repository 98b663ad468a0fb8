/** Fills {{variables}} the way the server does, with sample values, to show what a candidate will read. */

const placeholder = /\{\{\s*([a-zA-Z.]+)\s*\}\}/g;

type SampleValues = Record<string, string>;

export function sampleValues(organisationName: string, senderName: string): SampleValues {
  return {
    'candidate.name': 'Jane Doe',
    'candidate.firstName': 'Jane',
    'job.title': 'Senior backend engineer',
    'organisation.name': organisationName,
    'stage.name': 'System design',
    'sender.name': senderName,
  };
}

/** Unknown variables stay as written, so the preview shows what would go wrong. */
export const fillTemplate = (text: string, values: SampleValues) =>
  text.replace(placeholder, (match, name: string) => values[name] ?? match);

export function unknownVariables(text: string, known: string[]): string[] {
  return [...new Set([...text.matchAll(placeholder)].map(([, name]) => name ?? ''))].filter(
    (name) => !known.includes(name),
  );
}
