import type { CountryCode } from 'libphonenumber-js';

/**
 * Words that tell a job title from a company, and a place from either. Small, hand-kept lists: enough to
 * classify the fields of an experience line, not a gazetteer.
 */

/** A job title has one of these ("Senior Backend Engineer", "Tech Lead", "CTO", "Software Developer"). */
const titleWordPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${[
    'engineer',
    'engineers',
    'developer',
    'dev',
    'programmer',
    'architect',
    'manager',
    'lead',
    'leader',
    'head of',
    'director',
    'chief',
    'cto',
    'ceo',
    'cio',
    'coo',
    'ciso',
    'vp',
    'vice president',
    'president',
    'founder',
    'co-founder',
    'cofounder',
    'owner',
    'partner',
    'consultant',
    'contractor',
    'freelancer',
    'freelance',
    'intern',
    'internship',
    'apprentice',
    'trainee',
    'analyst',
    'scientist',
    'researcher',
    'research assistant',
    'specialist',
    'administrator',
    'sysadmin',
    'sre',
    'devops',
    'tester',
    'qa',
    'designer',
    'officer',
    'principal',
    'technician',
    'coordinator',
    'expert',
    'evangelist',
    'advocate',
    'instructor',
    'teacher',
    'lecturer',
    'professor',
    'teaching assistant',
    'member of technical staff',
    'mts',
    'sde',
    'swe',
    'entwickler',
    'ingenieur',
    'ingénieur',
    'développeur',
    'desarrollador',
    'ingeniero',
    'desenvolvedor',
  ].join('|')})(?![\p{L}\p{N}])`,
  'iu',
);

export function looksLikeJobTitle(text: string): boolean {
  return titleWordPattern.test(text);
}

const companySuffixPattern =
  /(?<![\p{L}])(?:inc|llc|l\.l\.c|ltd|limited|gmbh|ag|corp|corporation|co|company|s\.?a|sas|sarl|s\.?r\.?l|s\.?p\.?a|b\.?v|n\.?v|plc|pty|oy|ab|a\/s|aps|kg|kk|group|holdings?|technologies|technology|labs?|solutions|systems|software|bank|studios?|agency|consulting|consultancy|ventures|networks|games|university|institute)\.?(?![\p{L}])/iu;

export function looksLikeCompany(text: string): boolean {
  return companySuffixPattern.test(text);
}

/** ", Inc." and friends belong to the company name: never split a company at that comma. */
export const companySuffixAfterComma =
  /,\s*(?=(?:inc|llc|ltd|limited|gmbh|ag|corp|co|s\.?a|plc|pty|l\.l\.c)\b\.?)/iu;

const usStates = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(
    ' ',
  ),
);

/** Country names (lower case) and their ISO codes, which also serve as the phone-number country. */
const countries = new Map<string, CountryCode>([
  ['usa', 'US'],
  ['us', 'US'],
  ['u.s.', 'US'],
  ['u.s.a.', 'US'],
  ['united states', 'US'],
  ['uk', 'GB'],
  ['u.k.', 'GB'],
  ['united kingdom', 'GB'],
  ['england', 'GB'],
  ['scotland', 'GB'],
  ['wales', 'GB'],
  ['ireland', 'IE'],
  ['canada', 'CA'],
  ['mexico', 'MX'],
  ['brazil', 'BR'],
  ['brasil', 'BR'],
  ['argentina', 'AR'],
  ['chile', 'CL'],
  ['colombia', 'CO'],
  ['peru', 'PE'],
  ['germany', 'DE'],
  ['deutschland', 'DE'],
  ['france', 'FR'],
  ['spain', 'ES'],
  ['españa', 'ES'],
  ['portugal', 'PT'],
  ['italy', 'IT'],
  ['italia', 'IT'],
  ['netherlands', 'NL'],
  ['the netherlands', 'NL'],
  ['belgium', 'BE'],
  ['switzerland', 'CH'],
  ['austria', 'AT'],
  ['sweden', 'SE'],
  ['norway', 'NO'],
  ['denmark', 'DK'],
  ['finland', 'FI'],
  ['iceland', 'IS'],
  ['poland', 'PL'],
  ['polska', 'PL'],
  ['czechia', 'CZ'],
  ['czech republic', 'CZ'],
  ['slovakia', 'SK'],
  ['hungary', 'HU'],
  ['romania', 'RO'],
  ['bulgaria', 'BG'],
  ['greece', 'GR'],
  ['serbia', 'RS'],
  ['croatia', 'HR'],
  ['slovenia', 'SI'],
  ['ukraine', 'UA'],
  ['estonia', 'EE'],
  ['latvia', 'LV'],
  ['lithuania', 'LT'],
  ['turkey', 'TR'],
  ['türkiye', 'TR'],
  ['israel', 'IL'],
  ['egypt', 'EG'],
  ['nigeria', 'NG'],
  ['kenya', 'KE'],
  ['south africa', 'ZA'],
  ['uae', 'AE'],
  ['united arab emirates', 'AE'],
  ['india', 'IN'],
  ['pakistan', 'PK'],
  ['bangladesh', 'BD'],
  ['sri lanka', 'LK'],
  ['china', 'CN'],
  ['japan', 'JP'],
  ['south korea', 'KR'],
  ['korea', 'KR'],
  ['taiwan', 'TW'],
  ['hong kong', 'HK'],
  ['singapore', 'SG'],
  ['malaysia', 'MY'],
  ['indonesia', 'ID'],
  ['philippines', 'PH'],
  ['thailand', 'TH'],
  ['vietnam', 'VN'],
  ['viet nam', 'VN'],
  ['australia', 'AU'],
  ['new zealand', 'NZ'],
  ['luxembourg', 'LU'],
  ['cyprus', 'CY'],
  ['malta', 'MT'],
]);

const cities = new Set(
  [
    'new york',
    'new york city',
    'nyc',
    'san francisco',
    'sf bay area',
    'bay area',
    'san francisco bay area',
    'los angeles',
    'seattle',
    'austin',
    'boston',
    'chicago',
    'denver',
    'atlanta',
    'miami',
    'dallas',
    'houston',
    'portland',
    'philadelphia',
    'pittsburgh',
    'washington',
    'san diego',
    'san jose',
    'palo alto',
    'mountain view',
    'menlo park',
    'sunnyvale',
    'cupertino',
    'redmond',
    'toronto',
    'vancouver',
    'montreal',
    'ottawa',
    'london',
    'manchester',
    'edinburgh',
    'cambridge',
    'oxford',
    'dublin',
    'berlin',
    'munich',
    'münchen',
    'hamburg',
    'frankfurt',
    'cologne',
    'köln',
    'paris',
    'lyon',
    'amsterdam',
    'rotterdam',
    'brussels',
    'zurich',
    'zürich',
    'geneva',
    'vienna',
    'wien',
    'prague',
    'budapest',
    'warsaw',
    'warszawa',
    'kraków',
    'krakow',
    'wrocław',
    'wroclaw',
    'gdańsk',
    'madrid',
    'barcelona',
    'lisbon',
    'lisboa',
    'porto',
    'milan',
    'rome',
    'stockholm',
    'gothenburg',
    'copenhagen',
    'oslo',
    'helsinki',
    'tallinn',
    'riga',
    'vilnius',
    'kyiv',
    'kiev',
    'lviv',
    'bucharest',
    'sofia',
    'belgrade',
    'zagreb',
    'athens',
    'istanbul',
    'tel aviv',
    'dubai',
    'cairo',
    'lagos',
    'nairobi',
    'cape town',
    'bangalore',
    'bengaluru',
    'mumbai',
    'delhi',
    'new delhi',
    'hyderabad',
    'pune',
    'chennai',
    'singapore',
    'hong kong',
    'tokyo',
    'osaka',
    'seoul',
    'beijing',
    'shanghai',
    'shenzhen',
    'taipei',
    'hanoi',
    'ho chi minh city',
    'bangkok',
    'manila',
    'jakarta',
    'kuala lumpur',
    'sydney',
    'melbourne',
    'brisbane',
    'auckland',
    'são paulo',
    'sao paulo',
    'rio de janeiro',
    'buenos aires',
    'santiago',
    'bogotá',
    'bogota',
    'mexico city',
    'lima',
  ].map((name) => name.toLowerCase()),
);

const workModes = /^\(?(?:remote|hybrid|on-?site|onsite|anywhere|worldwide|distributed)\)?$/i;

/** "Remote", "(Hybrid)": where the work happened, not who employed. */
export function isWorkMode(text: string): boolean {
  return workModes.test(text.trim());
}

/**
 * A place: "San Francisco, CA", "Berlin, Germany", "London", "Austin, TX 78701", "Remote (EU)".
 * Words before a comma must look like a place name (capitalised, short); what follows must be a state,
 * country or postcode, so "Acme, Inc." is not a place.
 */
export function isPlace(text: string): boolean {
  const cleaned = text
    .trim()
    .replace(/^(?:based in|location:?|located in)\s+/i, '')
    .replace(/\s*\((?:remote|hybrid|on-?site)\)$/i, '')
    .replace(/[.;]$/, '');
  const lower = cleaned.toLowerCase();
  if (cleaned.includes('\t')) return false;
  if (isWorkMode(cleaned) || /^(?:remote|hybrid)\b/i.test(cleaned)) return true;
  if (cities.has(lower) || countries.has(lower)) return true;
  const parts = cleaned.split(/\s*,\s*/);
  if (parts.length < 2 || parts.length > 3) return false;
  const first = parts[0]!;
  // "Acme Corp, Berlin, Germany" is an employer and where it is, not a place.
  if (!isPlaceName(first) || looksLikeCompany(first) || looksLikeJobTitle(first)) return false;
  // The last part must be a state or country ("Zalando, Berlin" is not a place);
  // "Bengaluru, Karnataka, India": the middle part may be any region name.
  return isRegion(parts[parts.length - 1]!) && (parts.length === 2 || isPlaceName(parts[1]!));
}

/** "Berlin", "Rio de Janeiro", "10115 Berlin" (a postcode first, as in most of Europe). */
function isPlaceName(text: string): boolean {
  return /^(?:\d{4,5} )?\p{Lu}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){0,3}$/u.test(text);
}

function regionCountry(region: string): CountryCode | null {
  const bare = region.replace(/\s+\d{4,6}(?:-\d{4})?$/, '');
  if (usStates.has(bare)) return 'US';
  return countries.get(bare.toLowerCase()) ?? null;
}

/** The country a place is in, when it says so: "Austin, TX" → US, "Lyon, France" → FR, "Germany" → DE. */
export function countryOfPlace(place: string): CountryCode | null {
  const last = place
    .split(/\s*,\s*/)
    .pop()!
    .trim();
  return regionCountry(last);
}

function isRegion(part: string): boolean {
  const withoutPostcode = part.replace(/\s+\d{4,6}(?:-\d{4})?$/, '');
  return (
    usStates.has(withoutPostcode) ||
    countries.has(withoutPostcode.toLowerCase()) ||
    /^[A-Z]{2}$/.test(withoutPostcode)
  );
}

/** "Acme Corp, Berlin, Germany" → "Acme Corp"; a field that is only a place → "". */
export function withoutTrailingPlace(field: string): string {
  const parts = field.split(/\s*,\s*/);
  for (let first = 0; first < parts.length; first++) {
    if (isPlace(parts.slice(first).join(', '))) return parts.slice(0, first).join(', ');
  }
  return field;
}
