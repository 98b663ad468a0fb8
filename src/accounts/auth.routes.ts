import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authOf, clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import {
  acceptInviteBody,
  loginBody,
  passwordResetConfirmBody,
  passwordResetRequestBody,
  signedInSchema,
  signupBody,
} from './accounts.contract.ts';
import { presentOrganisation, presentUser } from './accounts.presenters.ts';
import * as accounts from './accounts.service.ts';
import { countOrganisations } from './accounts.store.ts';

const tags = ['auth'];
const requestInfo = (request: FastifyRequest) => ({
  ip: request.ip ?? null,
  userAgent: request.headers['user-agent'] ?? null,
});
// Guessing passwords or flooding reset e-mails from one address is throttled per IP.
const strictLimit = (services: Services) => ({
  max: services.config.LOGIN_RATE_LIMIT_PER_MINUTE,
  timeWindow: '1 minute',
});

export function authRoutes(app: App, services: Services) {
  app.get(
    '/meta',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'What the sign-in screens need to know about this server',
        response: {
          200: z.object({ hasOrganisations: z.boolean(), signupOpen: z.boolean(), version: z.string() }),
        },
      },
    },
    async () => ({
      hasOrganisations: (await countOrganisations(services.db)) > 0,
      signupOpen: services.config.SIGNUP_OPEN,
      version: '0.1.0',
    }),
  );

  app.post(
    '/auth/signup',
    {
      config: { access: 'public', rateLimit: strictLimit(services) },
      schema: {
        tags,
        summary: 'Create an organisation and its first admin, and sign in',
        body: signupBody,
        response: { 201: signedInSchema },
      },
    },
    async (request, reply) => {
      const { user, organisation, session } = await accounts.signUp(
        services,
        request.body,
        requestInfo(request),
      );
      setSessionCookie(services, request, reply, session);
      return reply
        .status(201)
        .send({ user: presentUser(user), organisation: presentOrganisation(organisation) });
    },
  );

  app.post(
    '/auth/login',
    {
      config: { access: 'public', rateLimit: strictLimit(services) },
      schema: {
        tags,
        summary: 'Log in with e-mail and password',
        body: loginBody,
        response: { 200: signedInSchema },
      },
    },
    async (request, reply) => {
      const { user, organisation, session } = await accounts.logIn(
        services,
        request.body,
        requestInfo(request),
      );
      setSessionCookie(services, request, reply, session);
      return { user: presentUser(user), organisation: presentOrganisation(organisation) };
    },
  );

  app.post(
    '/auth/logout',
    { config: { access: 'public' }, schema: { tags, summary: 'End this session' } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await accounts.logOut(services, token);
      clearSessionCookie(services, request, reply);
      return reply.status(204).send();
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Who is signed in', response: { 200: signedInSchema } },
    },
    async (request) => {
      const auth = authOf(request);
      const organisation = await accounts.currentOrganisation(services, auth);
      return { user: presentUser(auth.user), organisation: presentOrganisation(organisation) };
    },
  );

  app.post(
    '/auth/password-reset',
    {
      config: { access: 'public', rateLimit: strictLimit(services) },
      schema: {
        tags,
        summary: 'E-mail a single-use password reset link',
        description: 'Always answers 202, whether or not the e-mail has an account.',
        body: passwordResetRequestBody,
        response: { 202: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      await accounts.requestPasswordReset(services, request.body.email, requestInfo(request));
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: { access: 'public', rateLimit: strictLimit(services) },
      schema: { tags, summary: 'Set a new password with a reset token', body: passwordResetConfirmBody },
    },
    async (request, reply) => {
      await accounts.resetPassword(services, request.body);
      return reply.status(204).send();
    },
  );

  app.get(
    '/invites/lookup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['team'],
        summary: 'What an invitation link is for',
        querystring: z.object({ token: z.string().min(10).max(200) }),
        response: {
          200: z.object({ organisationName: z.string(), email: z.string(), role: z.string() }),
        },
      },
    },
    async (request) => accounts.lookupInvite(services, request.query.token),
  );

  app.post(
    '/invites/accept',
    {
      config: { access: 'public', rateLimit: strictLimit(services) },
      schema: {
        tags: ['team'],
        summary: 'Accept an invitation: create the account and sign in',
        body: acceptInviteBody,
        response: { 201: signedInSchema },
      },
    },
    async (request, reply) => {
      const { user, organisation, session } = await accounts.acceptInvite(
        services,
        request.body,
        requestInfo(request),
      );
      setSessionCookie(services, request, reply, session);
      return reply
        .status(201)
        .send({ user: presentUser(user), organisation: presentOrganisation(organisation) });
    },
  );
}
