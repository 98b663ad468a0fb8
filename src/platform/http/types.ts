import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AuthContext } from '../../accounts/accounts.service.ts';
import type { UserRole } from '../../accounts/accounts.tables.ts';

/**
 * Who may call a route. Every API route must say so; the app refuses to start otherwise.
 * - 'public': anyone (still CSRF-checked on writes unless the route opts out);
 * - 'signed-in': any active user of the organisation;
 * - a list of roles: only those roles.
 */
export type Access = 'public' | 'signed-in' | readonly UserRole[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Set to false only for routes that cannot carry a CSRF token and change nothing a session owns. */
    csrf?: boolean;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyInstance {
    /** Every API route with its declared access, for docs and the cross-tenant test. */
    apiRoutes: ApiRoute[];
  }
}

export type ApiRoute = { method: string; url: string; access: Access };

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;
