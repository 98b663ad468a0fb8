import type { z } from 'zod';
import type { apiTokenSchema, inviteSchema, organisationSchema, userSchema } from './accounts.contract.ts';
import type { ApiTokenRow, InviteRow, OrganisationRow, UserRow } from './accounts.store.ts';

// Presenters decide what leaves the server: never a password hash, token hash or lockout counter.

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function presentUser(user: UserRow): z.infer<typeof userSchema> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: iso(user.lastLoginAt),
  };
}

export function presentOrganisation(organisation: OrganisationRow): z.infer<typeof organisationSchema> {
  return {
    id: organisation.id,
    name: organisation.name,
    slug: organisation.slug,
    createdAt: organisation.createdAt.toISOString(),
  };
}

export function inviteStatus(invite: InviteRow, now = new Date()): z.infer<typeof inviteSchema>['status'] {
  if (invite.acceptedAt) return 'accepted';
  if (invite.revokedAt) return 'revoked';
  if (invite.expiresAt <= now) return 'expired';
  return 'pending';
}

export function presentInvite(
  invite: InviteRow,
  inviter: { id: string; name: string } | null,
): z.infer<typeof inviteSchema> {
  return {
    id: invite.id,
    email: invite.email,
    role: invite.role,
    status: inviteStatus(invite),
    expiresAt: invite.expiresAt.toISOString(),
    createdAt: invite.createdAt.toISOString(),
    invitedBy: inviter,
  };
}

export function presentApiToken(token: ApiTokenRow): z.infer<typeof apiTokenSchema> {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: iso(token.lastUsedAt),
    expiresAt: iso(token.expiresAt),
    revokedAt: iso(token.revokedAt),
  };
}
