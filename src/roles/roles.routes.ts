import { z } from 'zod';
import { idParams } from '../accounts/accounts.contract.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { allSkills, searchSkills } from '../skills/taxonomy.ts';
import { adviseWithTaxonomy } from './advice.ts';
import { rules } from './advisor.ts';
import { blueprintSchema, skillCategories } from './blueprint.ts';
import { responsibilityLibrary } from './responsibilities.ts';
import {
  blueprintDetailSchema,
  blueprintDocumentSchema,
  blueprintSummarySchema,
  findingSchema,
  saveBlueprintBody,
} from './roles.contract.ts';
import { presentBlueprintDetail, presentBlueprintSummary } from './roles.presenters.ts';
import * as roles from './roles.service.ts';
import * as store from './roles.store.ts';
import { roleTemplates } from './templates.ts';

const editors = ['admin', 'recruiter', 'hiring_manager'] as const;
const tags = ['roles'];

const skillSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.enum(skillCategories),
  aliases: z.array(z.string()),
  implies: z.array(z.string()),
  tags: z.array(z.string()),
});

export function rolesRoutes(app: App, services: Services) {
  app.get(
    '/skills',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['skills'],
        summary: 'The skill taxonomy; with q, the best matches for autocomplete',
        querystring: z.object({
          q: z.string().max(80).optional(),
          limit: z.coerce.number().int().min(1).max(50).default(10),
        }),
        response: { 200: z.object({ items: z.array(skillSchema) }) },
      },
    },
    async (request) => {
      const found = request.query.q ? searchSkills(request.query.q, request.query.limit) : allSkills();
      return {
        items: found.map(({ id, name, category, aliases, implies, tags: skillTags }) => ({
          id,
          name,
          category,
          aliases: [...aliases],
          implies: [...implies],
          tags: [...skillTags],
        })),
      };
    },
  );

  app.get(
    '/role-templates',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Starting points for a blueprint',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                summary: z.string(),
                blueprint: blueprintDocumentSchema,
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      items: roleTemplates.map(({ id, name, summary, blueprint }) => ({ id, name, summary, blueprint })),
    }),
  );

  app.get(
    '/responsibilities',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The library of responsibilities to pick from',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                group: z.string(),
                text: z.string(),
                seniority: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      items: responsibilityLibrary.map((item) => ({ ...item, seniority: [...item.seniority] })),
    }),
  );

  app.get(
    '/advisor/rules',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Every rule the hiring advisor checks',
        response: {
          200: z.object({
            items: z.array(z.object({ code: z.string(), severity: z.string(), description: z.string() })),
          }),
        },
      },
    },
    async () => ({
      items: rules.map(({ code, severity, description }) => ({ code, severity, description })),
    }),
  );

  app.post(
    '/advisor/check',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Check a blueprint (and optionally a posting text) against the hiring advisor',
        body: z.object({ blueprint: blueprintSchema, postingText: z.string().max(20_000).optional() }),
        response: { 200: z.object({ findings: z.array(findingSchema), publishable: z.boolean() }) },
      },
    },
    async (request) => {
      const findings = adviseWithTaxonomy(request.body.blueprint, request.body.postingText);
      return { findings, publishable: !findings.some((finding) => finding.severity === 'error') };
    },
  );

  app.get(
    '/blueprints',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Role blueprints',
        querystring: z.object({ archived: z.enum(['true', 'false']).default('false') }),
        response: { 200: z.object({ items: z.array(blueprintSummarySchema) }) },
      },
    },
    async (request) => ({
      items: (
        await store.listBlueprints(services.db, authOf(request).orgId, request.query.archived === 'true')
      ).map(presentBlueprintSummary),
    }),
  );

  app.post(
    '/blueprints',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Create a blueprint',
        body: saveBlueprintBody,
        response: { 201: z.object({ blueprint: blueprintDetailSchema }) },
      },
    },
    async (request, reply) => {
      const row = await roles.createBlueprint(services, authOf(request), request.body);
      return reply.status(201).send({ blueprint: presentBlueprintDetail(row) });
    },
  );

  app.get(
    '/blueprints/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'A blueprint with the advisor’s findings',
        params: idParams,
        response: { 200: z.object({ blueprint: blueprintDetailSchema }) },
      },
    },
    async (request) => {
      const row = await roles.requireBlueprint(services.db, authOf(request).orgId, request.params.id);
      return { blueprint: presentBlueprintDetail(row) };
    },
  );

  app.put(
    '/blueprints/:id',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Save a new version of a blueprint',
        params: idParams,
        body: saveBlueprintBody,
        response: { 200: z.object({ blueprint: blueprintDetailSchema }) },
      },
    },
    async (request) => ({
      blueprint: presentBlueprintDetail(
        await roles.updateBlueprint(services, authOf(request), request.params.id, request.body),
      ),
    }),
  );

  app.post(
    '/blueprints/:id/duplicate',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Copy a blueprint',
        params: idParams,
        response: { 201: z.object({ blueprint: blueprintDetailSchema }) },
      },
    },
    async (request, reply) => {
      const row = await roles.duplicateBlueprint(services, authOf(request), request.params.id);
      return reply.status(201).send({ blueprint: presentBlueprintDetail(row) });
    },
  );

  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/blueprints/:id/${action}`,
      {
        config: { access: editors },
        schema: {
          tags,
          summary: `${action === 'archive' ? 'Archive' : 'Restore'} a blueprint`,
          params: idParams,
          response: { 200: z.object({ blueprint: blueprintDetailSchema }) },
        },
      },
      async (request) => ({
        blueprint: presentBlueprintDetail(
          await roles.setBlueprintArchived(services, authOf(request), request.params.id, archived),
        ),
      }),
    );
  }

  app.get(
    '/blueprints/:id/versions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Every saved version of a blueprint, newest first',
        params: idParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                version: z.number().int(),
                changedBy: z.uuid().nullable(),
                createdAt: z.iso.datetime(),
                blueprint: blueprintDocumentSchema,
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const blueprint = await roles.requireBlueprint(services.db, auth.orgId, request.params.id);
      const versions = await store.listBlueprintVersions(services.db, auth.orgId, blueprint.id);
      return {
        items: versions.map((version) => ({
          version: version.version,
          changedBy: version.changedBy,
          createdAt: version.createdAt.toISOString(),
          blueprint: version.data,
        })),
      };
    },
  );
}
