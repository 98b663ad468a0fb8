import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type AuthContext,
  authenticateApiToken,
  authenticateSession,
} from '../../accounts/accounts.service.ts';
import { AppError, forbidden } from '../errors.ts';
import type { Services } from '../services.ts';
import type { App } from './types.ts';

export const SESSION_COOKIE = 'hb_session';
export const CSRF_COOKIE = 'hb_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function secureCookies(services: Services, request: FastifyRequest): boolean {
  const mode = services.config.COOKIE_SECURE;
  return mode === 'always' || (mode === 'auto' && request.protocol === 'https');
}

export function setSessionCookie(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
) {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(services, request),
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(services: Services, request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(services, request),
  });
}

/** The signed-in context of a route whose access is not 'public'. */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('unauthenticated', 'Log in to continue.');
  return request.auth;
}

/**
 * Resolves who is calling (bearer token first, then the session cookie), enforces each route's declared
 * access, and checks the CSRF token on cookie-authenticated writes.
 */
export function installAuthHooks(app: App, services: Services) {
  app.decorateRequest('auth', null);
  app.decorate('apiRoutes', []);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const access = route.config?.access;
    if (!access) {
      throw new Error(`Route ${route.method} ${route.url} does not declare who may call it (config.access).`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url, access });
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) return;

    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const auth = match ? await authenticateApiToken(services, match[1]!, request.ip) : null;
      if (!auth) throw new AppError('unauthenticated', 'The API token is invalid, expired or revoked.');
      request.auth = auth;
    } else {
      const token = request.cookies[SESSION_COOKIE];
      if (token) request.auth = await authenticateSession(services, token, request.ip);
    }

    if (access === 'public') return;
    if (!request.auth) throw new AppError('unauthenticated', 'Log in to continue.');
    if (access !== 'signed-in' && !access.includes(request.auth.user.role)) throw forbidden();
  });

  app.addHook('preValidation', (request, reply, done) => {
    const config = request.routeOptions.config;
    if (
      !config?.access ||
      config.csrf === false ||
      SAFE_METHODS.has(request.method) ||
      request.auth?.via === 'token'
    ) {
      return done();
    }
    app.csrfProtection(request, reply, done);
  });
}
