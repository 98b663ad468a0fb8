// Shapes from docs/api-v1-foundation.md. Dates arrive as ISO 8601 strings.

export type Role = 'admin' | 'recruiter' | 'hiring_manager' | 'interviewer';

export type User = {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
  lastLoginAt: string | null;
};

export type Organisation = {
  id: string;
  name: string;
  slug: string;
  createdAt: string;
};

export type Session = {
  user: User;
  organisation: Organisation;
};

export type Meta = {
  hasOrganisations: boolean;
  signupOpen: boolean;
  version: string;
};

export type InviteStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export type Invite = {
  id: string;
  email: string;
  role: Role;
  status: InviteStatus;
  expiresAt: string;
  createdAt: string;
  invitedBy: { id: string; name: string } | null;
};

export type InviteLookup = {
  organisationName: string;
  email: string;
  role: Role;
};

export type ApiToken = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
};

export type OutboxStatus = 'queued' | 'sent' | 'failed' | 'stored';

export type OutboxMessageSummary = {
  id: string;
  to: string[];
  subject: string;
  status: OutboxStatus;
  createdAt: string;
  sentAt: string | null;
};

export type OutboxMessage = OutboxMessageSummary & {
  text: string;
  html: string | null;
  from: string;
  error: string | null;
};

export type BackgroundJobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** Work the server does in the background (not a job posting). */
export type BackgroundJob = {
  id: string;
  type: string;
  status: BackgroundJobStatus;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  runAt: string;
  createdAt: string;
  updatedAt: string;
};

export type ItemList<T> = { items: T[] };

export type Page<T> = { items: T[]; total: number };
