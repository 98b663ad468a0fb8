// The pure domain modules the server uses, shared with the browser so the advisor answers as you type.
export {
  advise,
  defaultSalaryBands,
  type Finding,
  hasBlockingFindings,
  rules,
  type Severity,
} from '../../../src/roles/advisor.ts';
export {
  type Blueprint,
  type BlueprintInput,
  blueprintSchema,
  type EngagementModel,
  engagementModels,
  type ProductStage,
  productStages,
  type Seniority,
  type SkillCategory,
  type SkillLevel,
  type SkillRequirement,
  seniorities,
  seniorityYears,
  skillCategories,
  skillLevels,
  type TechnicalDirection,
  technicalDirections,
  workplaceTypes,
} from '../../../src/roles/blueprint.ts';
export {
  type LibraryResponsibility,
  type ResponsibilityGroup,
  responsibilityGroups,
  responsibilityLibrary,
  suggestResponsibilities,
} from '../../../src/roles/responsibilities.ts';
export {
  extractSkills,
  getSkill,
  type Skill,
  searchSkills,
  skillsByCategory,
} from '../../../src/skills/taxonomy.ts';

import { advise as runAdvisor } from '../../../src/roles/advisor.ts';
import type { Blueprint as BlueprintType } from '../../../src/roles/blueprint.ts';
import { extractSkills as extract, getSkill as lookup } from '../../../src/skills/taxonomy.ts';

/** The advisor exactly as the server runs it (see src/roles/advice.ts). */
export function adviseInBrowser(blueprint: BlueprintType, postingText?: string) {
  return runAdvisor(blueprint, {
    lookup,
    extractSkills: (text) => extract(text).map((match) => match.skill.id),
    ...(postingText === undefined ? {} : { postingText }),
  });
}
