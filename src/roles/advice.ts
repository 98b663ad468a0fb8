import { extractSkills, getSkill } from '../skills/taxonomy.ts';
import { advise, type Finding, hasBlockingFindings } from './advisor.ts';
import type { Blueprint } from './blueprint.ts';

export type { Finding };

/** The advisor wired to the shipped skill taxonomy: what the API, the CLI and the publish check use. */
export function adviseWithTaxonomy(blueprint: Blueprint, postingText?: string): Finding[] {
  return advise(blueprint, {
    lookup: getSkill,
    extractSkills: (text) => extractSkills(text).map((match) => match.skill.id),
    ...(postingText === undefined ? {} : { postingText }),
  });
}

export function isPublishable(findings: Finding[]): boolean {
  return !hasBlockingFindings(findings);
}

export const skillName = (id: string): string => getSkill(id)?.name ?? id;
