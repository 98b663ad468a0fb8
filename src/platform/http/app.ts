import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';
import type { Services } from '../services.ts';
import { CSRF_COOKIE, installAuthHooks, secureCookies } from './auth-hooks.ts';
import { errorHandler } from './error-handler.ts';
import type { App } from './types.ts';

export type RouteModule = (app: App, services: Services) => void;

export type AppOptions = {
  routes: RouteModule[];
  /** Public pages outside the API (careers pages and feeds), mounted at the root. */
  pages?: RouteModule[];
  /** Folder of the built web app; served with an index.html fallback for client-side routes. */
  webDir?: string | null;
};

export const API_PREFIX = '/api/v1';

const waitText = (milliseconds: number) => {
  const seconds = Math.ceil(milliseconds / 1000);
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
};

export async function buildApp(services: Services, options: AppOptions): Promise<App> {
  const { config } = services;
  const app = Fastify({
    loggerInstance: services.log as FastifyBaseLogger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  // The API speaks JSON; a text body is almost always a client bug, so say so (415) instead of guessing.
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: 1200,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', `Too many requests. Try again in ${waitText(context.ttl)}.`, undefined, {
        'retry-after': String(Math.ceil(context.ttl / 1000)),
      }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Hirebench API',
        version: '1',
        description:
          'Hiring workbench for backend engineering roles. Authenticate with `Authorization: Bearer <API token>` (create one under Settings → API tokens) or with the session cookie plus an `x-csrf-token` header on writes.',
      },
      components: {
        securitySchemes: {
          bearerToken: { type: 'http', scheme: 'bearer', description: 'A personal API token (hb_…).' },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'hb_session' },
        },
      },
      security: [{ bearerToken: [] }, { sessionCookie: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  installAuthHooks(app, services);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const ready = await services.database.isReady();
    return reply.status(ready ? 200 : 503).send(ready ? { status: 'ready' } : { status: 'not_ready' });
  });

  await app.register(
    async (api) => {
      api.get(
        '/auth/csrf',
        {
          config: { access: 'public' },
          schema: { tags: ['auth'], summary: 'Get a CSRF token for cookie sessions' },
        },
        async (request, reply) => ({
          csrfToken: reply.generateCsrf({ secure: secureCookies(services, request) }),
        }),
      );
      for (const register of options.routes) register(api as App, services);
    },
    { prefix: API_PREFIX },
  );

  for (const register of options.pages ?? []) register(app, services);

  const webDir =
    options.webDir && existsSync(path.join(options.webDir, 'index.html')) ? options.webDir : null;
  if (webDir) {
    // Wildcard serving looks files up per request, so a rebuilt bundle is served without a restart.
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: true,
      index: ['index.html'],
      setHeaders: (reply, filePath) => {
        // Vite fingerprints everything under assets/: those never change, index.html always may.
        reply.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // The web app's own routes fall back to index.html; API paths and missing bundle files are real 404s.
    const isApi = request.url.startsWith('/api/') || request.url.startsWith('/assets/');
    if (!isApi && webDir && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply.status(404).send({
      error: {
        code: 'not_found',
        message: `There is no ${request.method} ${request.url.split('?')[0]} here.`,
      },
    });
  });

  return app as App;
}
