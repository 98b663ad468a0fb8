import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from './log.ts';

const FINGERPRINT_FILE = '.source-fingerprint';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(full);
      return entry.isFile() ? [full] : [];
    })
    .sort();
}

/** A hash of every web source file and the lock file: the bundle is stale when it changes. */
export function webSourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  const inputs = [...listFiles(path.join(root, 'web')), path.join(root, 'package-lock.json')];
  for (const file of inputs) {
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Builds the web bundle when it is missing or older than its sources; a no-op otherwise. */
export async function ensureWebBuild(root: string, outDir: string, log: Logger): Promise<void> {
  const fingerprint = webSourceFingerprint(root);
  const stampFile = path.join(outDir, FINGERPRINT_FILE);
  const current = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : null;
  if (current === fingerprint && existsSync(path.join(outDir, 'index.html'))) return;

  log.info(current ? 'web sources changed; rebuilding the web app…' : 'building the web app (first run)…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(stampFile, `${fingerprint}\n`);
  log.info({ ms: Date.now() - started }, 'web app built');
}
