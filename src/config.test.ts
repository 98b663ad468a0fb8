import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  it('has working defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.HIREBENCH_DATA_DIR).toBe(path.resolve('.hirebench'));
    expect(config.PUBLIC_URL).toBe('http://localhost:3000');
    expect(config.LOG_FORMAT).toBe('pretty');
  });

  it('logs JSON in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).LOG_FORMAT).toBe('json');
  });

  it('reports every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SIGNUP_OPEN: 'maybe' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('SIGNUP_OPEN');
    }
  });

  it('makes the CLI print the problems and exit non-zero', async () => {
    const bin = path.resolve('bin/hirebench.mjs');
    const result = await promisify(execFile)(process.execPath, [bin, 'migrate'], {
      env: { ...process.env, PORT: '-1', LOG_LEVEL: 'loud' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('LOG_LEVEL');
    // A real process start (tsx compiles the sources), slow on a busy machine.
  }, 30_000);
});
