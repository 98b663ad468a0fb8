import { normaliseSkill } from '../../skills/taxonomy.ts';
import { githubHandle, linkedinHandle, stackOverflowUserId, websiteUrl } from '../profile-links.ts';
import type { Line } from './lines.ts';

/** E-mail addresses and profile links (GitHub, LinkedIn, Stack Overflow, a personal site) of a résumé. Pure. */

export type ResumeLinks = {
  github: string | null;
  linkedin: string | null;
  stackoverflow: string | null;
  website: string | null;
};

const emailPattern =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export function findEmails(text: string): string[] {
  const emails = [...text.matchAll(emailPattern)].map((match) =>
    match[0].replace(/^[.]+|[.]+$/g, '').toLowerCase(),
  );
  return [...new Set(emails)];
}

/** Top-level domains accepted on a bare "name.tld" (no scheme, no www): keeps "Node.js" and "cv.pdf" out. */
const bareDomainTlds = new Set(
  'com net org io dev me co ai app tech info xyz site page blog codes sh so us uk de fr nl se no dk fi es it pl pt ch at be ca au nz in jp cn br ru ua eu cz ro gr ie il sg hk tw kr vn id za mx ar cl tr one cc ly to gg pro name website online space cloud run works design studio'.split(
    ' ',
  ),
);

const urlToken =
  /(?:https?:\/\/|www\.)[^\s<>()"'|,]+|(?<![@\p{L}\p{N}.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/[^\s<>()"'|,]*)?/giu;

/** Hosts that are profiles or platforms, never the candidate's own website. */
const notPersonalSites =
  /(?:^|\.)(?:github\.com|linkedin\.com|stackoverflow\.com|stackexchange\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|gitlab\.com|bitbucket\.org|npmjs\.com|leetcode\.com|hackerrank\.com|kaggle\.com|youtube\.com|google\.com|gmail\.com|outlook\.com|hotmail\.com|yahoo\.com)$/i;

/** "Website: …", "Portfolio – …": a label right before an address says it is the candidate's own. */
const websiteLabel =
  /\b(?:website|web|portfolio|blog|homepage|home page|personal site|site)\b\s*[:–—-]?\s*$/i;

export function findLinks(lines: Line[], emails: string[]): ResumeLinks {
  const emailDomains = new Set(emails.map((email) => email.split('@')[1]!));
  const links: ResumeLinks = { github: null, linkedin: null, stackoverflow: null, website: null };
  for (const line of lines) {
    const text = line.text.replace(emailPattern, ' ');
    for (const match of text.matchAll(urlToken)) {
      const token = match[0].replace(/[.,;:!?)\]}>'"]+$/, '');
      const explicit = /^(?:https?:\/\/|www\.)/i.test(token);
      if (!explicit && !isPlausibleBareDomain(token)) continue;
      links.github ??= /github\.com/i.test(token) ? githubHandle(token) : null;
      links.linkedin ??= linkedinHandle(token);
      links.stackoverflow ??= stackOverflowUserId(token);
      const labelled = websiteLabel.test(text.slice(Math.max(0, match.index - 24), match.index));
      links.website ??= personalWebsite(token, { explicit, labelled }, line, emailDomains);
    }
  }
  links.github ??= labelledGithubHandle(lines);
  return links;
}

/**
 * A web address that is the candidate's own site. Company and project links in the experience section
 * ("Booking.com", "acme.io") are not, and neither is the domain of an e-mail address unless written as a
 * web address ("https://…", "www.…").
 */
function personalWebsite(
  token: string,
  { explicit, labelled }: { explicit: boolean; labelled: boolean },
  line: Line,
  emailDomains: Set<string>,
): string | null {
  const inContactArea = ['header', 'contact', 'summary'].includes(line.section) || labelled;
  if (!inContactArea) return null;
  const url = websiteUrl(token);
  if (!url) return null;
  const host = new URL(url).hostname.replace(/^www\./i, '').toLowerCase();
  if (notPersonalSites.test(host) || /linkedin\.com$/.test(host)) return null;
  if (!explicit && !labelled && emailDomains.has(host)) return null;
  return url;
}

/** The text with e-mail and web addresses blanked: "github.com/jane" is a link, not the skill GitHub. */
export function withoutAddresses(text: string): string {
  return text.replace(emailPattern, ' ').replace(urlToken, (token) => {
    const explicit = /^(?:https?:\/\/|www\.)/i.test(token);
    return explicit || isPlausibleBareDomain(token.replace(/[.,;:!?)\]}>'"]+$/, '')) ? ' ' : token;
  });
}

function isPlausibleBareDomain(token: string): boolean {
  const host = token.split('/')[0]!;
  const tld = host.split('.').pop()!.toLowerCase();
  return bareDomainTlds.has(tld) && normaliseSkill(host) === null && !/^\d+(?:\.\d+)+$/.test(host);
}

/** "GitHub: octocat" — a handle written after its label instead of a URL. */
function labelledGithubHandle(lines: Line[]): string | null {
  for (const line of lines) {
    const match = /\bgithub\s*:\s*@?([A-Za-z\d-]{1,39})(?![\w./@])/i.exec(line.text);
    const handle = match ? githubHandle(match[1]!) : null;
    if (handle) return handle;
  }
  return null;
}
