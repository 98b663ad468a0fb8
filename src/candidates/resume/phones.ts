import {
  type CountryCode,
  findPhoneNumbersInText,
  type PhoneNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js';
import { dateSpans } from './dates.ts';
import type { Line } from './lines.ts';

/** Phone numbers of a résumé, through libphonenumber, without mistaking dates or postcodes for them. Pure. */

/** Words that announce a phone number, so an unresolvable one is still kept. */
const phoneLabel =
  /(?:phone|tel|mobile|mob|cell|handy|téléphone|teléfono|telefone|telefon|whatsapp|☎|📞|📱|(?:^|\s)[tmp]\s*:)/iu;

/** Digit runs with the separators phone numbers use; never across a line break. */
const phoneCandidate = /(?<![\p{L}\p{N}])(?:\+|00)?\(?\d[\d \t().\-–/]{5,22}\d(?![\p{N}])/gu;

const postcodePlus4 = /^\d{5}-\d{4}$/;

/** Shorter "numbers" are postcodes or house numbers that happen to be valid somewhere. */
const minNationalDigits = 7;

/**
 * Number matching is the slowest step of parsing; these bounds keep a hostile text (a number on every
 * line) fast. Nobody lists more than a handful of phones, and contact lines are short.
 */
const maxPhones = 10;
const maxPhoneLineLength = 2_000;

/**
 * All phone numbers, E.164 where the number can be resolved (an international prefix, the country hint,
 * or the country of another number on the same résumé), otherwise as written, cleaned. Dates, year
 * ranges and postcodes are never phones.
 */
export function findPhones(lines: Line[], defaultCountry?: CountryCode): string[] {
  type Found = { line: number; at: number; phone: string };
  const found: Found[] = [];
  const countries = new Set<CountryCode>(defaultCountry ? [defaultCountry] : []);
  const unresolved: { raw: string; at: number; line: Line }[] = [];

  for (const fullLine of lines) {
    if (found.length + unresolved.length >= maxPhones) break;
    if ((fullLine.text.match(/\d/g)?.length ?? 0) < minNationalDigits) continue;
    const line = { ...fullLine, text: fullLine.text.slice(0, maxPhoneLineLength) };
    const blocked = dateSpans(line.text);
    const overlapsDate = (start: number, end: number) =>
      blocked.some((span) => start < span.end && end > span.start);
    const isFax = (start: number) => /\bfax\b[\s.:]*$/i.test(line.text.slice(Math.max(0, start - 12), start));
    const libraryMatches = findPhoneNumbersInText(line.text, defaultCountry).filter(
      (match) =>
        !overlapsDate(match.startsAt, match.endsAt) &&
        !isFax(match.startsAt) &&
        match.number.nationalNumber.length >= minNationalDigits,
    );
    for (const match of libraryMatches) {
      found.push({ line: line.index, at: match.startsAt, phone: match.number.number });
      if (match.number.country) countries.add(match.number.country);
    }
    for (const match of line.text.matchAll(phoneCandidate)) {
      const start = match.index;
      const end = start + match[0].length;
      const takenByLibrary = libraryMatches.some((known) => start < known.endsAt && end > known.startsAt);
      if (takenByLibrary || overlapsDate(start, end) || isFax(start)) continue;
      unresolved.push({ raw: match[0], at: start, line });
    }
  }

  // Resolved last, so that a national number can borrow the country of an international one.
  for (const { raw, at, line } of unresolved) {
    const resolved = resolvePhone(raw, [...countries]);
    if (resolved) found.push({ line: line.index, at, phone: resolved.number });
    else if (isLikelyPhone(raw, line)) found.push({ line: line.index, at, phone: cleanPhone(raw) });
  }
  found.sort((a, b) => a.line - b.line || a.at - b.at);
  return [...new Set(found.map((entry) => entry.phone))];
}

/** "0049 30 901820" → +49…; a national number in the hinted country or one of the résumé's other countries. */
function resolvePhone(raw: string, countries: CountryCode[]): PhoneNumber | null {
  const digits = raw.replace(/[^\d+]/g, '');
  if (postcodePlus4.test(raw.trim()) || digits.replace('+', '').length < 7) return null;
  const international = digits.startsWith('00') ? `+${digits.slice(2)}` : digits;
  if (international.startsWith('+')) {
    // With its country code written out, a number of the right length is well defined even when the
    // metadata does not know its range (new mobile ranges, drama numbers).
    const phone = parsePhoneNumberFromString(international);
    return phone?.isValid() || phone?.isPossible() ? phone : null;
  }
  for (const country of countries) {
    const phone = parsePhoneNumberFromString(international, country);
    if (phone?.isValid()) return phone;
  }
  return null;
}

/** Kept as written only when the line calls it a phone, or it is grouped like one: "(415) 555-0134". */
function isLikelyPhone(raw: string, line: Line): boolean {
  const digitCount = raw.replace(/\D/g, '').length;
  if (digitCount < 7 || digitCount > 15 || postcodePlus4.test(raw.trim())) return false;
  if (phoneLabel.test(line.text)) return true;
  const grouped = /^(?:\+|00)?\(?\d{2,4}\)?[ .-]\d{2,4}(?:[ .-]\d{2,4}){1,3}$/.test(raw.trim());
  return grouped && digitCount >= 9 && (line.section === 'header' || line.section === 'contact');
}

function cleanPhone(raw: string): string {
  return raw
    .trim()
    .replace(/[\s\t]+/g, ' ')
    .replace(/[–]/g, '-');
}
