import { queryOptions } from '@tanstack/react-query';
import { api } from './client';
import type { Invite, ItemList, Role, User } from './types';

export const usersQuery = queryOptions({
  queryKey: ['users'],
  queryFn: () => api.get<ItemList<User>>('/users').then((body) => body.items),
});

export const invitesQuery = queryOptions({
  queryKey: ['invites'],
  queryFn: () => api.get<ItemList<Invite>>('/invites').then((body) => body.items),
});

export const updateUser = (id: string, changes: { role?: Role; active?: boolean }) =>
  api.patch<{ user: User }>(`/users/${encodeURIComponent(id)}`, changes).then((body) => body.user);

export const sendInvite = (values: { email: string; role: Role }) =>
  api.post<{ invite: Invite }>('/invites', values).then((body) => body.invite);

export const resendInvite = (id: string) =>
  api.post<{ invite: Invite }>(`/invites/${encodeURIComponent(id)}/resend`).then((body) => body.invite);

export const revokeInvite = (id: string) => api.delete(`/invites/${encodeURIComponent(id)}`);

export const loadDemoData = () => api.post<{ job: { id: string } }>('/demo-data');
