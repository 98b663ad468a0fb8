// Browsers report a few zones by their old names (Chromium says "Asia/Calcutta"); people search for the new ones.
const currentNames: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
};

const current = (zone: string) => currentNames[zone] ?? zone;

/** The browser's IANA time zone, e.g. "Europe/London". */
export function browserTimeZone(): string {
  return current(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

let zones: string[] | undefined;

/** Every IANA zone the browser knows, for a searchable picker; always includes UTC and the browser's. */
export function timeZoneOptions(): string[] {
  if (!zones) {
    const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    zones = [...new Set(['UTC', browserTimeZone(), ...known.map(current)])].sort((a, b) =>
      a.localeCompare(b),
    );
  }
  return zones;
}

/** "UTC+5:30", "UTC-4" or "UTC" for a zone at a moment (now by default), as the server labels slots. */
export function utcOffsetLabel(timeZone: string, at: Date = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((entry) => entry.type === 'timeZoneName')?.value;
    if (!part || part === 'GMT') return 'UTC';
    const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(part);
    if (!match) return part.replace('GMT', 'UTC');
    const [, sign, hours, minutes] = match;
    return `UTC${sign}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
  } catch {
    return '';
  }
}

/** "Monday 7 December 2026, 14:30" in the given zone. */
export function formatInZone(
  iso: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions = {},
): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...options,
  }).format(new Date(iso));
}
