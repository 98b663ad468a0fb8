/**
 * Pure: turns what people type or what résumés say into canonical profile links.
 * Each parser returns null for text it cannot read as that kind of link.
 */

function asUrl(text: string): URL | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

const GITHUB_HANDLE = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
const reservedGithubPaths = new Set(['orgs', 'settings', 'features', 'about', 'login', 'topics', 'sponsors']);

/** A GitHub username from a handle ("octocat", "@octocat") or a profile URL. */
export function githubHandle(text: string): string | null {
  const trimmed = text.trim().replace(/^@/, '');
  if (GITHUB_HANDLE.test(trimmed)) return trimmed;
  const url = asUrl(trimmed);
  if (!url || !/^(www\.)?github\.com$/i.test(url.hostname)) return null;
  const handle = url.pathname.split('/').filter(Boolean)[0] ?? '';
  return GITHUB_HANDLE.test(handle) && !reservedGithubPaths.has(handle.toLowerCase()) ? handle : null;
}

/** A LinkedIn profile handle from "linkedin.com/in/<handle>" in any of its spellings. */
export function linkedinHandle(text: string): string | null {
  const url = asUrl(text);
  if (!url || !/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
  const match = /^\/(?:in|pub)\/([^/?#]+)/i.exec(url.pathname);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** A Stack Overflow numeric user id from a profile URL ("stackoverflow.com/users/22656/jon-skeet"). */
export function stackOverflowUserId(text: string): string | null {
  const url = asUrl(text);
  if (!url || !/(^|\.)stackoverflow\.com$/i.test(url.hostname)) return null;
  const match = /^\/users\/(\d+)/.exec(url.pathname);
  return match ? match[1]! : null;
}

/** Any http(s) address, normalised. */
export function websiteUrl(text: string): string | null {
  const url = asUrl(text);
  return url?.hostname.includes('.') ? url.toString() : null;
}

export const githubUrl = (handle: string) => `https://github.com/${handle}`;
export const linkedinUrl = (handle: string) => `https://www.linkedin.com/in/${handle}`;
export const stackOverflowUrl = (userId: string) => `https://stackoverflow.com/users/${userId}`;
