import { z } from 'zod';
import { userRoles } from './accounts.tables.ts';

export const roleSchema = z.enum(userRoles).describe('admin | recruiter | hiring_manager | interviewer');
export const emailSchema = z
  .email({ message: 'Enter a valid e-mail address.' })
  .max(254)
  .transform((email) => email.trim().toLowerCase());
export const passwordSchema = z
  .string()
  .min(10, { message: 'Use at least 10 characters.' })
  .max(200, { message: 'Use at most 200 characters.' });
const personName = z.string().trim().min(1, { message: 'Enter a name.' }).max(120);
const timestamp = z.iso.datetime();

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    active: z.boolean(),
    createdAt: timestamp,
    lastLoginAt: timestamp.nullable(),
  })
  .meta({ id: 'User' });

export const organisationSchema = z
  .object({ id: z.uuid(), name: z.string(), slug: z.string(), createdAt: timestamp })
  .meta({ id: 'Organisation' });

export const signedInSchema = z.object({ user: userSchema, organisation: organisationSchema });

export const inviteSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: roleSchema,
    status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
    expiresAt: timestamp,
    createdAt: timestamp,
    invitedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: 'Invite' });

export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('The first characters of the secret, to tell tokens apart.'),
    createdAt: timestamp,
    lastUsedAt: timestamp.nullable(),
    expiresAt: timestamp.nullable(),
    revokedAt: timestamp.nullable(),
  })
  .meta({ id: 'ApiToken' });

export const signupBody = z.object({
  organisationName: z.string().trim().min(2, { message: 'Enter your organisation’s name.' }).max(120),
  name: personName,
  email: emailSchema,
  password: passwordSchema,
});
export const loginBody = z.object({ email: emailSchema, password: z.string().min(1).max(200) });
export const passwordResetRequestBody = z.object({ email: emailSchema });
export const passwordResetConfirmBody = z.object({
  token: z.string().min(10).max(200),
  password: passwordSchema,
});
export const acceptInviteBody = z.object({
  token: z.string().min(10).max(200),
  name: personName,
  password: passwordSchema,
});
export const updateAccountBody = z.object({ name: personName });
export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});
export const createTokenBody = z.object({
  name: z.string().trim().min(1, { message: 'Name the token so you can recognise it later.' }).max(80),
  expiresInDays: z.number().int().min(1).max(3650).nullable().optional(),
});
export const updateOrganisationBody = z.object({ name: z.string().trim().min(2).max(120) });
export const updateUserBody = z
  .object({ role: roleSchema.optional(), active: z.boolean().optional() })
  .refine((body) => body.role !== undefined || body.active !== undefined, {
    message: 'Send a role, an active flag, or both.',
  });
export const createInviteBody = z.object({ email: emailSchema, role: roleSchema });
export const idParams = z.object({ id: z.uuid({ message: 'Not a valid id.' }) });
