import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signUpOrganisation } from '../../../test/support/api-client.ts';
import { createTestApp, createTestServices } from '../../../test/support/test-services.ts';
import { buildApp } from './app.ts';
import type { App } from './types.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  env = await createTestApp({ BODY_LIMIT_BYTES: '4096' });
});
afterAll(() => env.close());

describe('errors', () => {
  it('answers unknown API paths with a JSON 404', async () => {
    const response = await env.app.inject({ url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'not_found', message: expect.stringContaining('/api/v1/nothing-here') },
    });
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const client = new ApiClient(env.app);
    const response = await client.raw('POST', '/api/v1/auth/login', {
      payload: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_json');
  });

  it('answers an oversized body with 413', async () => {
    const client = new ApiClient(env.app);
    const response = await client.raw('POST', '/api/v1/auth/login', {
      body: { email: 'a@example.com', password: 'x'.repeat(10_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('answers a wrong content type with 415', async () => {
    const client = new ApiClient(env.app);
    const response = await client.raw('POST', '/api/v1/auth/login', {
      payload: 'email=a',
      headers: { 'content-type': 'text/plain' },
    });
    expect(response.statusCode).toBe(415);
  });

  it('answers validation errors in the query string with their path', async () => {
    const { client } = await signUpOrganisation(env.app);
    const response = await client.get('/api/v1/outbox?limit=500');
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([{ path: 'querystring.limit', message: expect.any(String) }]);
  });

  it('never shows a stack trace, and gives a reference to quote', async () => {
    const services = await createTestServices();
    const app: App = await buildApp(services, {
      routes: [
        (api) =>
          api.get('/explode', { config: { access: 'public' } }, async () => {
            throw new Error('secret internal detail at /srv/app.ts:42');
          }),
      ],
    });
    const response = await app.inject({ url: '/api/v1/explode', headers: { 'x-request-id': 'req-123' } });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('internal_error');
    expect(response.body).not.toContain('secret internal detail');
    expect(response.body).not.toMatch(/\.ts:\d+/);
    expect(response.json().error.message).toContain('req-123');
    await app.close();
    await services.close();
  });

  it('refuses to start when a route does not declare its access', async () => {
    const services = await createTestServices();
    await expect(
      buildApp(services, { routes: [(api) => api.get('/undeclared', async () => ({}))] }).then((app) =>
        app.ready(),
      ),
    ).rejects.toThrow(/does not declare who may call it/);
    await services.close();
  });
});

describe('transport', () => {
  it('sends security headers and a request id', async () => {
    const response = await env.app.inject({ url: '/healthz' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-request-id']).toMatch(/[0-9a-f-]{36}/);
  });

  it('marks the session cookie Secure behind an HTTPS proxy', async () => {
    const proxied = await createTestApp({ TRUST_PROXY: 'true' });
    const client = new ApiClient(proxied.app);
    const response = await client.raw('POST', '/api/v1/auth/signup', {
      headers: { 'x-forwarded-proto': 'https' },
      body: {
        organisationName: 'Secure Co',
        name: 'S',
        email: 'secure@example.com',
        password: 'long enough password',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.cookies.find((cookie) => cookie.name === 'hb_session')!.secure).toBe(true);
    await proxied.close();
  });
});

describe('health', () => {
  it('reports the process up and the database ready', async () => {
    expect((await env.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await env.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' });
  });

  it('reports not ready when the database is gone', async () => {
    const broken = await createTestApp();
    await broken.services.database.close();
    const response = await broken.app.inject({ url: '/readyz' });
    expect(response.statusCode).toBe(503);
    await broken.close();
  });
});

describe('OpenAPI', () => {
  it('publishes a valid OpenAPI 3 document covering every API route', async () => {
    const response = await env.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toMatch(/^3\./);
    for (const route of env.app.apiRoutes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(document.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
    }
  });

  it('serves browsable docs', async () => {
    const response = await env.app.inject({ url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });
});

describe('the web app', () => {
  it('serves the bundle, falls back to index.html for app routes, and sees a rebuild without a restart', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const webDir = mkdtempSync(path.join(tmpdir(), 'hirebench-web-'));
    mkdirSync(path.join(webDir, 'assets'));
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Hirebench</title>');
    writeFileSync(path.join(webDir, 'assets', 'app-1.js'), 'console.log(1)');
    const services = await createTestServices();
    const app = await buildApp(services, { routes: [], webDir });

    const home = await app.inject({ url: '/' });
    expect(home.body).toContain('<title>Hirebench</title>');
    expect(home.headers['cache-control']).toBe('no-cache');
    expect((await app.inject({ url: '/roles/blueprints/123' })).body).toContain('<title>Hirebench</title>');
    const asset = await app.inject({ url: '/assets/app-1.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);

    writeFileSync(path.join(webDir, 'assets', 'app-2.js'), 'console.log(2)');
    expect((await app.inject({ url: '/assets/app-2.js' })).body).toBe('console.log(2)');
    await app.close();
    await services.close();
  });
});
