import type { z } from 'zod';
import { adviseWithTaxonomy } from './advice.ts';
import type { blueprintDetailSchema, blueprintSummarySchema } from './roles.contract.ts';
import type { BlueprintRow } from './roles.store.ts';

export function presentBlueprintSummary(row: BlueprintRow): z.infer<typeof blueprintSummarySchema> {
  const findings = adviseWithTaxonomy(row.data);
  return {
    id: row.id,
    title: row.title,
    seniority: row.data.seniority,
    productStage: row.data.productStage,
    version: row.version,
    templateId: row.templateId,
    archived: row.archivedAt !== null,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentBlueprintDetail(row: BlueprintRow): z.infer<typeof blueprintDetailSchema> {
  return { ...presentBlueprintSummary(row), blueprint: row.data, findings: adviseWithTaxonomy(row.data) };
}
