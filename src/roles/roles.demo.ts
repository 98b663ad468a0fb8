import { eq } from 'drizzle-orm';
import { organisations } from '../accounts/accounts.tables.ts';
import type { DemoSeeder } from '../demo/demo-seed.ts';
import { ensureStages } from '../pipeline/pipeline.store.ts';
import { skillName } from './advice.ts';
import { generatePostingMarkdown } from './job-posting.ts';
import { uniqueJobSlug } from './roles.service.ts';
import { jobs, roleBlueprints, roleBlueprintVersions } from './roles.tables.ts';
import { roleTemplates } from './templates.ts';

const DAY = 86_400_000;

/** Blueprints from the first templates; the first two become open jobs, the third a draft. */
export const rolesDemoSeeder: DemoSeeder = {
  name: 'roles',
  async seed({ tx, orgId, actorUserId }) {
    const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, orgId));
    const chosen = roleTemplates.slice(0, 4);
    for (const [index, template] of chosen.entries()) {
      const [blueprint] = await tx
        .insert(roleBlueprints)
        .values({
          orgId,
          title: template.blueprint.title,
          data: template.blueprint,
          templateId: template.id,
          createdBy: actorUserId,
        })
        .returning();
      await tx.insert(roleBlueprintVersions).values({
        orgId,
        blueprintId: blueprint!.id,
        version: 1,
        data: template.blueprint,
        changedBy: actorUserId,
      });
      if (index > 2) continue;
      const open = index < 2;
      const [job] = await tx
        .insert(jobs)
        .values({
          orgId,
          blueprintId: blueprint!.id,
          blueprintVersion: 1,
          blueprint: template.blueprint,
          slug: await uniqueJobSlug(tx, orgId, template.blueprint.title),
          title: template.blueprint.title,
          status: open ? 'open' : 'draft',
          postingMarkdown: generatePostingMarkdown(template.blueprint, {
            organisationName: organisation!.name,
            skillName,
          }),
          screeningQuestions: [
            {
              id: 'authorised',
              question: 'Are you authorised to work in the listed locations?',
              kind: 'yes_no',
              required: true,
            },
            {
              id: 'proud',
              question: 'Tell us about a backend system you are proud of (a few sentences).',
              kind: 'text',
              required: false,
            },
          ],
          ownerId: actorUserId,
          openedAt: open ? new Date(Date.now() - (12 - index * 5) * DAY) : null,
        })
        .returning();
      await ensureStages(tx, orgId, job!.id, template.blueprint.seniority);
    }
  },
};
