import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from './client';
import type { BackgroundJob, BackgroundJobStatus, OutboxMessage, OutboxMessageSummary, Page } from './types';

export const pageSize = 20;

export const outboxQuery = (page: number) =>
  queryOptions({
    queryKey: ['outbox', page],
    queryFn: () =>
      api.get<Page<OutboxMessageSummary>>('/outbox', { limit: pageSize, offset: (page - 1) * pageSize }),
    placeholderData: keepPreviousData,
  });

export const outboxMessageQuery = (id: string) =>
  queryOptions({
    queryKey: ['outbox-message', id],
    queryFn: () =>
      api.get<{ message: OutboxMessage }>(`/outbox/${encodeURIComponent(id)}`).then((body) => body.message),
  });

export const backgroundJobsQuery = (status: BackgroundJobStatus, page: number) =>
  queryOptions({
    queryKey: ['background-jobs', status, page],
    queryFn: () =>
      api.get<Page<BackgroundJob>>('/background-jobs', {
        status,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      }),
    // Keep the old page on screen while the next one loads, but never show another status's jobs.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === status ? previous : undefined,
    // Queued and running jobs change by themselves; keep the list fresh while someone watches.
    refetchInterval: status === 'queued' || status === 'running' ? 5_000 : false,
  });

export const retryBackgroundJob = (id: string) =>
  api
    .post<{ job: BackgroundJob }>(`/background-jobs/${encodeURIComponent(id)}/retry`)
    .then((body) => body.job);
