import { queryOptions } from '@tanstack/react-query';
import { api } from './client';
import type { ApiToken, ItemList, User } from './types';

export const updateName = (name: string) =>
  api.patch<{ user: User }>('/account', { name }).then((body) => body.user);

export const changePassword = (values: { currentPassword: string; newPassword: string }) =>
  api.post('/account/password', values);

export const tokensQuery = queryOptions({
  queryKey: ['api-tokens'],
  queryFn: () => api.get<ItemList<ApiToken>>('/account/tokens').then((body) => body.items),
});

export const createToken = (values: { name: string; expiresInDays: number | null }) =>
  api.post<{ token: ApiToken; secret: string }>('/account/tokens', values);

export const revokeToken = (id: string) => api.delete(`/account/tokens/${encodeURIComponent(id)}`);
