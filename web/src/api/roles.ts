import { queryOptions } from '@tanstack/react-query';
import type { Blueprint, Finding } from '../domain/hiring-domain';
import { api } from './client';
import type { JobDetail } from './jobs';
import type { ItemList } from './types';

// Shapes from src/roles/roles.contract.ts and src/roles/roles.routes.ts.

export type BlueprintSummary = {
  id: string;
  title: string;
  seniority: Blueprint['seniority'];
  productStage: Blueprint['productStage'];
  version: number;
  templateId: string | null;
  archived: boolean;
  /** Advisor findings that block publishing. */
  errors: number;
  warnings: number;
  createdAt: string;
  updatedAt: string;
};

export type BlueprintDetail = BlueprintSummary & { blueprint: Blueprint; findings: Finding[] };

export type BlueprintVersion = {
  version: number;
  changedBy: string | null;
  createdAt: string;
  blueprint: Blueprint;
};

export type RoleTemplate = { id: string; name: string; summary: string; blueprint: Blueprint };

const blueprintPath = (id: string) => `/blueprints/${encodeURIComponent(id)}`;

export const blueprintsQuery = (archived: boolean) =>
  queryOptions({
    queryKey: ['blueprints', 'list', { archived }],
    queryFn: () =>
      api
        .get<ItemList<BlueprintSummary>>('/blueprints', { archived: String(archived) })
        .then((body) => body.items),
  });

export const blueprintQuery = (id: string) =>
  queryOptions({
    queryKey: ['blueprints', 'detail', id],
    queryFn: () => api.get<{ blueprint: BlueprintDetail }>(blueprintPath(id)).then((body) => body.blueprint),
  });

export const blueprintVersionsQuery = (id: string) =>
  queryOptions({
    queryKey: ['blueprints', 'versions', id],
    queryFn: () =>
      api.get<ItemList<BlueprintVersion>>(`${blueprintPath(id)}/versions`).then((body) => body.items),
  });

export const roleTemplatesQuery = queryOptions({
  queryKey: ['role-templates'],
  queryFn: () => api.get<ItemList<RoleTemplate>>('/role-templates').then((body) => body.items),
  // Templates ship with the server and never change while it runs.
  staleTime: Number.POSITIVE_INFINITY,
});

export const createBlueprint = (blueprint: Blueprint, templateId?: string) =>
  api
    .post<{ blueprint: BlueprintDetail }>('/blueprints', { blueprint, templateId })
    .then((body) => body.blueprint);

/** Saves a new version; fails with `conflict` when someone else saved since `expectedVersion`. */
export const saveBlueprint = (id: string, blueprint: Blueprint, expectedVersion: number) =>
  api
    .put<{ blueprint: BlueprintDetail }>(blueprintPath(id), { blueprint, expectedVersion })
    .then((body) => body.blueprint);

export const duplicateBlueprint = (id: string) =>
  api.post<{ blueprint: BlueprintDetail }>(`${blueprintPath(id)}/duplicate`).then((body) => body.blueprint);

export const setBlueprintArchived = (id: string, archived: boolean) =>
  api
    .post<{ blueprint: BlueprintDetail }>(`${blueprintPath(id)}/${archived ? 'archive' : 'restore'}`)
    .then((body) => body.blueprint);

/** A draft job whose posting the server writes from the blueprint's latest saved version. */
export const createJobFromBlueprint = (blueprintId: string) =>
  api.post<{ job: JobDetail }>('/jobs', { blueprintId }).then((body) => body.job);
