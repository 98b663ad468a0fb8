import { and, asc, count, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/client.ts';
import { apiTokens, invites, organisations, passwordResets, sessions, users } from './accounts.tables.ts';

export type UserRow = typeof users.$inferSelect;
export type OrganisationRow = typeof organisations.$inferSelect;
export type InviteRow = typeof invites.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

// Log-in, reset and invite look-ups are the only queries not scoped by organisation: they find the tenant.

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return user;
}

export async function findSessionByTokenHash(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())));
  return row;
}

export async function findApiTokenByHash(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

export async function findInviteByTokenHash(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({ invite: invites, organisation: organisations })
    .from(invites)
    .innerJoin(organisations, eq(organisations.id, invites.orgId))
    .where(eq(invites.tokenHash, tokenHash));
  return row;
}

export async function findPasswordResetByHash(db: Executor, tokenHash: string) {
  const [row] = await db.select().from(passwordResets).where(eq(passwordResets.tokenHash, tokenHash));
  return row;
}

export async function slugTaken(db: Executor, slug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  return row !== undefined;
}

export async function countOrganisations(db: Executor): Promise<number> {
  const [row] = await db.select({ value: count() }).from(organisations);
  return row?.value ?? 0;
}

// Everything below is scoped to one organisation.

export async function getOrganisation(db: Executor, orgId: string): Promise<OrganisationRow | undefined> {
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, orgId));
  return organisation;
}

export async function getUser(db: Executor, orgId: string, userId: string): Promise<UserRow | undefined> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)));
  return user;
}

export function listUsers(db: Executor, orgId: string): Promise<UserRow[]> {
  return db.select().from(users).where(eq(users.orgId, orgId)).orderBy(asc(users.name), asc(users.id));
}

export async function countOtherActiveAdmins(db: Executor, orgId: string, exceptUserId: string) {
  const [row] = await db
    .select({ value: count() })
    .from(users)
    .where(
      and(
        eq(users.orgId, orgId),
        eq(users.role, 'admin'),
        eq(users.active, true),
        ne(users.id, exceptUserId),
      ),
    );
  return row?.value ?? 0;
}

export function listInvites(db: Executor, orgId: string) {
  return db
    .select({ invite: invites, inviter: { id: users.id, name: users.name } })
    .from(invites)
    .leftJoin(users, eq(users.id, invites.invitedBy))
    .where(eq(invites.orgId, orgId))
    .orderBy(desc(invites.createdAt), desc(invites.id));
}

export async function getInvite(
  db: Executor,
  orgId: string,
  inviteId: string,
): Promise<InviteRow | undefined> {
  const [invite] = await db
    .select()
    .from(invites)
    .where(and(eq(invites.orgId, orgId), eq(invites.id, inviteId)));
  return invite;
}

export async function findPendingInvite(db: Executor, orgId: string, email: string) {
  const [invite] = await db
    .select()
    .from(invites)
    .where(
      and(
        eq(invites.orgId, orgId),
        sql`lower(${invites.email}) = ${email.toLowerCase()}`,
        isNull(invites.acceptedAt),
        isNull(invites.revokedAt),
        gt(invites.expiresAt, new Date()),
      ),
    );
  return invite;
}

export function listApiTokens(db: Executor, orgId: string, userId: string): Promise<ApiTokenRow[]> {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.userId, userId)))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

export async function deleteSessionsOfUser(
  db: Executor,
  orgId: string,
  userId: string,
  exceptSessionId?: string,
) {
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.orgId, orgId),
        eq(sessions.userId, userId),
        exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined,
      ),
    );
}
