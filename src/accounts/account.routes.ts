import { z } from 'zod';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import {
  apiTokenSchema,
  changePasswordBody,
  createTokenBody,
  idParams,
  updateAccountBody,
  userSchema,
} from './accounts.contract.ts';
import { presentApiToken, presentUser } from './accounts.presenters.ts';
import * as accounts from './accounts.service.ts';
import { listApiTokens } from './accounts.store.ts';

const tags = ['account'];

export function accountRoutes(app: App, services: Services) {
  app.patch(
    '/account',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Change your name',
        body: updateAccountBody,
        response: { 200: z.object({ user: userSchema }) },
      },
    },
    async (request) => ({
      user: presentUser(await accounts.updateProfile(services, authOf(request), request.body)),
    }),
  );

  app.post(
    '/account/password',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Change your password (ends your other sessions)', body: changePasswordBody },
    },
    async (request, reply) => {
      await accounts.changePassword(services, authOf(request), request.body);
      return reply.status(204).send();
    },
  );

  app.get(
    '/account/tokens',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Your API tokens',
        response: { 200: z.object({ items: z.array(apiTokenSchema) }) },
      },
    },
    async (request) => {
      const auth = authOf(request);
      return { items: (await listApiTokens(services.db, auth.orgId, auth.user.id)).map(presentApiToken) };
    },
  );

  app.post(
    '/account/tokens',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Create an API token; the secret is shown only in this response',
        body: createTokenBody,
        response: { 201: z.object({ token: apiTokenSchema, secret: z.string() }) },
      },
    },
    async (request, reply) => {
      const { token, secret } = await accounts.createApiToken(services, authOf(request), request.body);
      return reply.status(201).send({ token: presentApiToken(token), secret });
    },
  );

  app.delete(
    '/account/tokens/:id',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'Revoke an API token', params: idParams } },
    async (request, reply) => {
      await accounts.revokeApiToken(services, authOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
