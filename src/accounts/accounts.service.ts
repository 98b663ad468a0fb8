import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../platform/audit/audit.ts';
import type { Executor } from '../platform/db/client.ts';
import { AppError, conflict, forbidden, notFound } from '../platform/errors.ts';
import { renderEmail } from '../platform/mail/templates.ts';
import {
  decoyPasswordHash,
  hashPassword,
  hashSecret,
  newSecret,
  verifyPassword,
} from '../platform/security/secrets.ts';
import type { Services } from '../platform/services.ts';
import type { OrganisationRow, UserRow } from './accounts.store.ts';
import * as store from './accounts.store.ts';
import {
  apiTokens,
  invites,
  organisations,
  passwordResets,
  sessions,
  type UserRole,
  users,
} from './accounts.tables.ts';

export type AuthContext = {
  user: UserRow;
  orgId: string;
  via: 'session' | 'token';
  sessionId: string | null;
  ip: string | null;
};

export type RequestInfo = { ip: string | null; userAgent: string | null };

const INVITE_DAYS = 7;
const RESET_MINUTES = 60;
const API_TOKEN_PREFIX = 'hb_';
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000);

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return slug || 'organisation';
}

async function uniqueSlug(db: Executor, name: string): Promise<string> {
  const base = slugify(name);
  for (let suffix = 1; ; suffix++) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await store.slugTaken(db, candidate))) return candidate;
  }
}

async function startSession(db: Executor, services: Services, user: UserRow, info: RequestInfo) {
  const token = newSecret();
  const [session] = await db
    .insert(sessions)
    .values({
      orgId: user.orgId,
      userId: user.id,
      tokenHash: hashSecret(token),
      ip: info.ip,
      userAgent: info.userAgent?.slice(0, 300) ?? null,
      expiresAt: daysFromNow(services.config.SESSION_DAYS),
    })
    .returning();
  return { token, expiresAt: session!.expiresAt };
}

async function requireOrganisation(db: Executor, orgId: string): Promise<OrganisationRow> {
  const organisation = await store.getOrganisation(db, orgId);
  if (!organisation) throw notFound('organisation');
  return organisation;
}

async function assertEmailFree(db: Executor, email: string) {
  if (await store.findUserByEmail(db, email)) {
    throw new AppError('conflict', 'An account with this e-mail already exists. Log in instead.', [
      { path: 'email', message: 'This e-mail already has an account.' },
    ]);
  }
}

export type NewOrganisation = { organisationName: string; name: string; email: string; password: string };

/** Creates an organisation with its first admin. Used by sign-up, the CLI and demo seeding. */
export async function createOrganisationWithAdmin(db: Executor, input: NewOrganisation) {
  await assertEmailFree(db, input.email);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [organisation] = await tx
      .insert(organisations)
      .values({ name: input.organisationName, slug: await uniqueSlug(tx, input.organisationName) })
      .returning();
    const [user] = await tx
      .insert(users)
      .values({
        orgId: organisation!.id,
        email: input.email,
        name: input.name,
        role: 'admin',
        passwordHash,
      })
      .returning();
    await recordAudit(tx, {
      orgId: organisation!.id,
      actorUserId: user!.id,
      action: 'organisation.created',
      targetType: 'organisation',
      targetId: organisation!.id,
    });
    return { organisation: organisation!, user: user! };
  });
}

export async function signUp(services: Services, input: NewOrganisation, info: RequestInfo) {
  if (!services.config.SIGNUP_OPEN) throw forbidden('New organisations cannot be created on this server.');
  const created = await createOrganisationWithAdmin(services.db, input);
  const lastLoginAt = new Date();
  await services.db.update(users).set({ lastLoginAt }).where(eq(users.id, created.user.id));
  const session = await startSession(services.db, services, created.user, info);
  return { ...created, user: { ...created.user, lastLoginAt }, session };
}

export async function logIn(
  services: Services,
  input: { email: string; password: string },
  info: RequestInfo,
) {
  const { db, config } = services;
  const user = await store.findUserByEmail(db, input.email);
  if (!user) {
    await verifyPassword(await decoyPasswordHash(), input.password);
    throw new AppError('invalid_credentials', 'That e-mail and password do not match an account.');
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) throw lockedError(user.lockedUntil);

  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = user.failedLogins + 1;
    const lock = failures >= config.LOGIN_MAX_FAILURES;
    const lockedUntil = lock ? new Date(Date.now() + config.LOGIN_LOCKOUT_MINUTES * 60_000) : null;
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ failedLogins: lock ? 0 : failures, lockedUntil })
        .where(eq(users.id, user.id));
      if (lock) {
        await recordAudit(tx, {
          orgId: user.orgId,
          actorUserId: null,
          action: 'user.locked_out',
          targetType: 'user',
          targetId: user.id,
          ip: info.ip,
        });
      }
    });
    if (lockedUntil) throw lockedError(lockedUntil);
    throw new AppError('invalid_credentials', 'That e-mail and password do not match an account.');
  }
  if (!user.active) {
    throw forbidden('This account has been deactivated. Ask an admin of your organisation to reactivate it.');
  }
  const now = new Date();
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
    .where(eq(users.id, user.id));
  const session = await startSession(db, services, user, info);
  const organisation = await requireOrganisation(db, user.orgId);
  return { user: { ...user, lastLoginAt: now }, organisation, session };
}

function lockedError(until: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AppError(
    'account_locked',
    `Too many failed attempts. This account is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}; try again later or reset your password.`,
    undefined,
    { 'retry-after': String(seconds) },
  );
}

export async function logOut(services: Services, sessionToken: string): Promise<void> {
  await services.db.delete(sessions).where(eq(sessions.tokenHash, hashSecret(sessionToken)));
}

/** Resolves the session cookie to a signed-in user, or null. */
export async function authenticateSession(services: Services, token: string, ip: string | null) {
  const row = await store.findSessionByTokenHash(services.db, hashSecret(token));
  if (!row?.user.active) return null;
  // Refresh last-seen at most once a minute: a write per request would be wasted I/O.
  if (Date.now() - row.session.lastSeenAt.getTime() > 60_000) {
    await services.db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, row.session.id));
  }
  return {
    user: row.user,
    orgId: row.user.orgId,
    via: 'session',
    sessionId: row.session.id,
    ip,
  } as AuthContext;
}

/** Resolves a bearer API token to its owner, or null when unknown, revoked, expired or the owner is inactive. */
export async function authenticateApiToken(services: Services, secret: string, ip: string | null) {
  if (!secret.startsWith(API_TOKEN_PREFIX)) return null;
  const row = await store.findApiTokenByHash(services.db, hashSecret(secret));
  if (!row?.user.active) return null;
  if (row.token.expiresAt && row.token.expiresAt <= new Date()) return null;
  if (!row.token.lastUsedAt || Date.now() - row.token.lastUsedAt.getTime() > 60_000) {
    await services.db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.token.id));
  }
  return { user: row.user, orgId: row.user.orgId, via: 'token', sessionId: null, ip } as AuthContext;
}

export async function currentOrganisation(services: Services, auth: AuthContext) {
  return requireOrganisation(services.db, auth.orgId);
}

export async function requestPasswordReset(services: Services, email: string, info: RequestInfo) {
  const user = await store.findUserByEmail(services.db, email);
  if (!user?.active) return; // Same answer either way: the response must not reveal who has an account.
  const token = newSecret();
  const url = `${services.config.PUBLIC_URL}/reset-password?token=${encodeURIComponent(token)}`;
  await services.db.transaction(async (tx) => {
    await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
    await tx.insert(passwordResets).values({
      orgId: user.orgId,
      userId: user.id,
      tokenHash: hashSecret(token),
      expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
    });
    await services.mailer.send(tx, {
      orgId: user.orgId,
      to: [user.email],
      ...renderEmail({
        subject: 'Reset your Hirebench password',
        heading: 'Reset your password',
        paragraphs: [
          `Hi ${user.name}, someone (hopefully you) asked to reset the password of your Hirebench account.`,
          `The link works once and expires in ${RESET_MINUTES} minutes. If you did not ask for this, ignore this e-mail: your password stays as it is.`,
        ],
        action: { label: 'Choose a new password', url },
        footer: info.ip ? `Requested from ${info.ip}.` : undefined,
      }),
    });
  });
}

export async function resetPassword(services: Services, input: { token: string; password: string }) {
  const reset = await store.findPasswordResetByHash(services.db, hashSecret(input.token));
  if (!reset || reset.usedAt || reset.expiresAt <= new Date()) {
    throw new AppError('invalid_token', 'This reset link is invalid, used or expired. Ask for a new one.');
  }
  const passwordHash = await hashPassword(input.password);
  await services.db.transaction(async (tx) => {
    await tx.update(passwordResets).set({ usedAt: new Date() }).where(eq(passwordResets.id, reset.id));
    await tx
      .update(users)
      .set({ passwordHash, failedLogins: 0, lockedUntil: null })
      .where(eq(users.id, reset.userId));
    await store.deleteSessionsOfUser(tx, reset.orgId, reset.userId);
    await recordAudit(tx, {
      orgId: reset.orgId,
      actorUserId: reset.userId,
      action: 'user.password_reset',
      targetType: 'user',
      targetId: reset.userId,
    });
  });
}

export async function changePassword(
  services: Services,
  auth: AuthContext,
  input: { currentPassword: string; newPassword: string },
) {
  if (!(await verifyPassword(auth.user.passwordHash, input.currentPassword))) {
    throw new AppError('validation_failed', 'Your current password is not right.', [
      { path: 'currentPassword', message: 'This is not your current password.' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await services.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, auth.user.id));
    await store.deleteSessionsOfUser(tx, auth.orgId, auth.user.id, auth.sessionId ?? undefined);
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'user.password_changed',
      targetType: 'user',
      targetId: auth.user.id,
      ip: auth.ip,
    });
  });
}

export async function updateProfile(services: Services, auth: AuthContext, input: { name: string }) {
  const [user] = await services.db
    .update(users)
    .set({ name: input.name })
    .where(and(eq(users.orgId, auth.orgId), eq(users.id, auth.user.id)))
    .returning();
  return user!;
}

export async function updateOrganisation(services: Services, auth: AuthContext, input: { name: string }) {
  const [organisation] = await services.db
    .update(organisations)
    .set({ name: input.name })
    .where(eq(organisations.id, auth.orgId))
    .returning();
  if (!organisation) throw notFound('organisation');
  return organisation;
}

export async function updateTeammate(
  services: Services,
  auth: AuthContext,
  userId: string,
  change: { role?: UserRole | undefined; active?: boolean | undefined },
) {
  return services.db.transaction(async (tx) => {
    const user = await store.getUser(tx, auth.orgId, userId);
    if (!user) throw notFound('user');
    const losesAdmin =
      user.role === 'admin' &&
      user.active &&
      ((change.role !== undefined && change.role !== 'admin') || change.active === false);
    if (losesAdmin && (await store.countOtherActiveAdmins(tx, auth.orgId, user.id)) === 0) {
      throw conflict('An organisation needs at least one active admin. Make someone else an admin first.');
    }
    const [updated] = await tx
      .update(users)
      .set({ role: change.role ?? user.role, active: change.active ?? user.active })
      .where(and(eq(users.orgId, auth.orgId), eq(users.id, user.id)))
      .returning();
    if (change.active === false) await store.deleteSessionsOfUser(tx, auth.orgId, user.id);
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'user.updated',
      targetType: 'user',
      targetId: user.id,
      data: {
        from: { role: user.role, active: user.active },
        to: { role: updated!.role, active: updated!.active },
      },
      ip: auth.ip,
    });
    return updated!;
  });
}

function inviteEmail(
  services: Services,
  organisation: OrganisationRow,
  inviter: UserRow,
  role: UserRole,
  token: string,
) {
  const url = `${services.config.PUBLIC_URL}/invite?token=${encodeURIComponent(token)}`;
  return renderEmail({
    subject: `${inviter.name} invited you to ${organisation.name} on Hirebench`,
    heading: `Join ${organisation.name} on Hirebench`,
    paragraphs: [
      `${inviter.name} invited you to help hire engineers at ${organisation.name}, as ${role.replace('_', ' ')}.`,
      `The invitation expires in ${INVITE_DAYS} days.`,
    ],
    action: { label: 'Accept the invitation', url },
  });
}

export async function inviteTeammate(
  services: Services,
  auth: AuthContext,
  input: { email: string; role: UserRole },
) {
  await assertEmailFree(services.db, input.email);
  if (await store.findPendingInvite(services.db, auth.orgId, input.email)) {
    throw conflict('This person already has a pending invitation. Resend it from the list instead.');
  }
  const organisation = await requireOrganisation(services.db, auth.orgId);
  const token = newSecret();
  return services.db.transaction(async (tx) => {
    const [invite] = await tx
      .insert(invites)
      .values({
        orgId: auth.orgId,
        email: input.email,
        role: input.role,
        tokenHash: hashSecret(token),
        invitedBy: auth.user.id,
        expiresAt: daysFromNow(INVITE_DAYS),
      })
      .returning();
    await services.mailer.send(tx, {
      orgId: auth.orgId,
      to: [input.email],
      ...inviteEmail(services, organisation, auth.user, input.role, token),
    });
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'invite.created',
      targetType: 'invite',
      targetId: invite!.id,
      data: { email: input.email, role: input.role },
      ip: auth.ip,
    });
    return { invite: invite!, inviter: { id: auth.user.id, name: auth.user.name } };
  });
}

/** A fresh link (the old one stops working) and a fresh expiry. */
export async function resendInvite(services: Services, auth: AuthContext, inviteId: string) {
  const invite = await store.getInvite(services.db, auth.orgId, inviteId);
  if (!invite) throw notFound('invitation');
  if (invite.acceptedAt || invite.revokedAt)
    throw conflict('This invitation was already accepted or revoked.');
  const organisation = await requireOrganisation(services.db, auth.orgId);
  const token = newSecret();
  return services.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(invites)
      .set({ tokenHash: hashSecret(token), expiresAt: daysFromNow(INVITE_DAYS) })
      .where(and(eq(invites.orgId, auth.orgId), eq(invites.id, invite.id)))
      .returning();
    await services.mailer.send(tx, {
      orgId: auth.orgId,
      to: [invite.email],
      ...inviteEmail(services, organisation, auth.user, invite.role, token),
    });
    return { invite: updated!, inviter: { id: auth.user.id, name: auth.user.name } };
  });
}

export async function revokeInvite(services: Services, auth: AuthContext, inviteId: string) {
  const invite = await store.getInvite(services.db, auth.orgId, inviteId);
  if (!invite) throw notFound('invitation');
  if (invite.acceptedAt) throw conflict('This invitation was already accepted; deactivate the user instead.');
  await services.db
    .update(invites)
    .set({ revokedAt: invite.revokedAt ?? new Date() })
    .where(and(eq(invites.orgId, auth.orgId), eq(invites.id, invite.id)));
}

async function usableInvite(db: Executor, token: string) {
  const row = await store.findInviteByTokenHash(db, hashSecret(token));
  if (!row || row.invite.acceptedAt || row.invite.revokedAt || row.invite.expiresAt <= new Date()) {
    throw new AppError('not_found', 'This invitation link is invalid, used or expired. Ask for a new one.');
  }
  return row;
}

export async function lookupInvite(services: Services, token: string) {
  const { invite, organisation } = await usableInvite(services.db, token);
  return { organisationName: organisation.name, email: invite.email, role: invite.role };
}

export async function acceptInvite(
  services: Services,
  input: { token: string; name: string; password: string },
  info: RequestInfo,
) {
  const { invite, organisation } = await usableInvite(services.db, input.token);
  await assertEmailFree(services.db, invite.email);
  const passwordHash = await hashPassword(input.password);
  const user = await services.db.transaction(async (tx) => {
    // Conditional update: two tabs accepting the same invite cannot both succeed.
    const claimed = await tx
      .update(invites)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invites.id, invite.id), isNull(invites.acceptedAt), isNull(invites.revokedAt)))
      .returning({ id: invites.id });
    if (claimed.length === 0) throw new AppError('not_found', 'This invitation was already used.');
    const [created] = await tx
      .insert(users)
      .values({
        orgId: invite.orgId,
        email: invite.email,
        name: input.name,
        role: invite.role,
        passwordHash,
        lastLoginAt: new Date(),
      })
      .returning();
    await recordAudit(tx, {
      orgId: invite.orgId,
      actorUserId: created!.id,
      action: 'invite.accepted',
      targetType: 'invite',
      targetId: invite.id,
      ip: info.ip,
    });
    return created!;
  });
  const session = await startSession(services.db, services, user, info);
  return { user, organisation, session };
}

export async function listInvitesWithStatus(services: Services, auth: AuthContext) {
  const rows = await store.listInvites(services.db, auth.orgId);
  return rows.map(({ invite, inviter }) => ({ invite, inviter: inviter?.id ? inviter : null }));
}

export async function createApiToken(
  services: Services,
  auth: AuthContext,
  input: { name: string; expiresInDays?: number | null | undefined },
) {
  const secret = newSecret(API_TOKEN_PREFIX);
  return services.db.transaction(async (tx) => {
    const [token] = await tx
      .insert(apiTokens)
      .values({
        orgId: auth.orgId,
        userId: auth.user.id,
        name: input.name,
        prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
        tokenHash: hashSecret(secret),
        expiresAt: input.expiresInDays ? daysFromNow(input.expiresInDays) : null,
      })
      .returning();
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'api_token.created',
      targetType: 'api_token',
      targetId: token!.id,
      ip: auth.ip,
    });
    return { token: token!, secret };
  });
}

export async function revokeApiToken(services: Services, auth: AuthContext, tokenId: string) {
  const [token] = await services.db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(apiTokens.orgId, auth.orgId), eq(apiTokens.userId, auth.user.id), eq(apiTokens.id, tokenId)),
    )
    .returning();
  if (!token) throw notFound('API token');
  await recordAudit(services.db, {
    orgId: auth.orgId,
    actorUserId: auth.user.id,
    action: 'api_token.revoked',
    targetType: 'api_token',
    targetId: token.id,
    ip: auth.ip,
  });
}
