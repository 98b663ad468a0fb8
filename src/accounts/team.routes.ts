import { z } from 'zod';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import {
  createInviteBody,
  idParams,
  inviteSchema,
  organisationSchema,
  updateOrganisationBody,
  updateUserBody,
  userSchema,
} from './accounts.contract.ts';
import { presentInvite, presentOrganisation, presentUser } from './accounts.presenters.ts';
import * as accounts from './accounts.service.ts';
import { listUsers } from './accounts.store.ts';

const tags = ['team'];
const admin = ['admin'] as const;

export function teamRoutes(app: App, services: Services) {
  app.get(
    '/organisation',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Your organisation',
        response: { 200: z.object({ organisation: organisationSchema }) },
      },
    },
    async (request) => ({
      organisation: presentOrganisation(await accounts.currentOrganisation(services, authOf(request))),
    }),
  );

  app.patch(
    '/organisation',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Rename your organisation',
        body: updateOrganisationBody,
        response: { 200: z.object({ organisation: organisationSchema }) },
      },
    },
    async (request) => ({
      organisation: presentOrganisation(
        await accounts.updateOrganisation(services, authOf(request), request.body),
      ),
    }),
  );

  app.get(
    '/users',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Everyone in your organisation',
        response: { 200: z.object({ items: z.array(userSchema) }) },
      },
    },
    async (request) => ({ items: (await listUsers(services.db, authOf(request).orgId)).map(presentUser) }),
  );

  app.patch(
    '/users/:id',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Change a teammate’s role, or deactivate / reactivate them',
        params: idParams,
        body: updateUserBody,
        response: { 200: z.object({ user: userSchema }) },
      },
    },
    async (request) => ({
      user: presentUser(
        await accounts.updateTeammate(services, authOf(request), request.params.id, request.body),
      ),
    }),
  );

  app.get(
    '/invites',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Invitations sent',
        response: { 200: z.object({ items: z.array(inviteSchema) }) },
      },
    },
    async (request) => ({
      items: (await accounts.listInvitesWithStatus(services, authOf(request))).map(({ invite, inviter }) =>
        presentInvite(invite, inviter),
      ),
    }),
  );

  app.post(
    '/invites',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Invite a teammate by e-mail with a role',
        body: createInviteBody,
        response: { 201: z.object({ invite: inviteSchema }) },
      },
    },
    async (request, reply) => {
      const { invite, inviter } = await accounts.inviteTeammate(services, authOf(request), request.body);
      return reply.status(201).send({ invite: presentInvite(invite, inviter) });
    },
  );

  app.post(
    '/invites/:id/resend',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Send the invitation again with a fresh link',
        params: idParams,
        response: { 200: z.object({ invite: inviteSchema }) },
      },
    },
    async (request) => {
      const { invite, inviter } = await accounts.resendInvite(services, authOf(request), request.params.id);
      return { invite: presentInvite(invite, inviter) };
    },
  );

  app.delete(
    '/invites/:id',
    { config: { access: admin }, schema: { tags, summary: 'Revoke an invitation', params: idParams } },
    async (request, reply) => {
      await accounts.revokeInvite(services, authOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
