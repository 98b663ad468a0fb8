/** Only same-site paths are followed after login, so a crafted link cannot send people elsewhere. */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  return target;
}
