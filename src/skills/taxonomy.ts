import { z } from 'zod';
import skillData from '../../data/skills.json' with { type: 'json' };
import { type SkillCategory, skillCategories } from '../roles/blueprint.ts';
import { createSkillMatcher, type SkillMention } from './skill-matcher.ts';
import { skillKey, tokenize } from './skill-text.ts';

/**
 * The skill taxonomy (data/skills.json) and the one normaliser every capability uses: the blueprint's
 * skill matrix, postings, scorecards and candidate matching all speak in these canonical ids. Pure: the
 * data is loaded and indexed once when the module loads.
 */

export const skillTags = [
  'performance',
  'security',
  'distributed-systems',
  'cloud-provider',
  'sql',
  'nosql',
  'container',
  'ci-cd',
  'observability',
  'messaging',
  'caching',
  'serverless',
  'infrastructure-as-code',
  'llm',
] as const;
export type SkillTag = (typeof skillTags)[number];

export type Skill = {
  id: string;
  name: string;
  category: SkillCategory;
  aliases: string[];
  /** Ids of skills anyone with this one certainly has (Django ⇒ python). */
  implies: string[];
  tags: SkillTag[];
  /** Its bare name is an ordinary word ("Go", "REST"): free text must look technical around it. */
  ambiguous: boolean;
};

const skillSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase kebab-case'),
  name: z.string().min(1),
  category: z.enum(skillCategories),
  aliases: z.array(z.string().min(1)).default([]),
  implies: z.array(z.string()).default([]),
  tags: z.array(z.enum(skillTags)).default([]),
  ambiguous: z.boolean().default(false),
});

const skills: readonly Skill[] = Object.freeze(z.array(skillSchema).parse(skillData).map(freezeSkill));
const skillsById = new Map(skills.map((skill) => [skill.id, skill]));
const skillsByKey = indexByKey(skills);
const matcher = createSkillMatcher(skills);
const searchKeys = new Map(skills.map((skill) => [skill.id, keysOf(skill)]));
const categoryOrder = new Map<SkillCategory, number>(
  skillCategories.map((category, index) => [category, index]),
);

function freezeSkill(skill: Skill): Skill {
  Object.freeze(skill.aliases);
  Object.freeze(skill.implies);
  Object.freeze(skill.tags);
  return Object.freeze(skill);
}

/** Every spelling (id, name, alias) → its skill. A spelling shared by two skills is a data error. */
function indexByKey(list: readonly Skill[]): Map<string, Skill> {
  const index = new Map<string, Skill>();
  for (const skill of list) {
    for (const key of keysOf(skill)) {
      const other = index.get(key);
      if (other && other.id !== skill.id) {
        throw new Error(`Skill spelling "${key}" belongs to both ${other.id} and ${skill.id}`);
      }
      index.set(key, skill);
    }
  }
  return index;
}

/** The distinct lookup keys of a skill (see skillKey). */
export function keysOf(skill: Skill): string[] {
  return [...new Set([skill.id, skill.name, ...skill.aliases].map(skillKey).filter((key) => key !== ''))];
}

export function allSkills(): readonly Skill[] {
  return skills;
}

export function getSkill(id: string): Skill | undefined {
  return skillsById.get(id);
}

/** Trailing words that do not change which skill is meant: "Python programming", "Vue framework". */
const genericTrailingWords = new Set(['programming', 'language', 'framework', 'developer', 'development']);

/** One free-text skill name → its canonical skill: "Node.js", " NODE ", "Postgres", "k8s", "C#" … */
export function normaliseSkill(text: string): Skill | null {
  const words = tokenize(text).map((token) => token.text);
  while (words.length > 0) {
    const key = words.join('');
    const skill = skillsByKey.get(key) ?? singular(key);
    if (skill) return skill;
    if (!genericTrailingWords.has(words[words.length - 1]!)) return null;
    words.pop();
  }
  return null;
}

function singular(key: string): Skill | undefined {
  return key.length > 3 && key.endsWith('s') ? skillsByKey.get(key.slice(0, -1)) : undefined;
}

export function normaliseSkills(texts: string[]): { skills: Skill[]; unknown: string[] } {
  const found = new Map<string, Skill>();
  const unknown = new Map<string, string>();
  for (const text of texts) {
    const skill = normaliseSkill(text);
    if (skill) found.set(skill.id, skill);
    else if (text.trim() !== '' && !unknown.has(text.trim().toLowerCase())) {
      unknown.set(text.trim().toLowerCase(), text.trim());
    }
  }
  return { skills: [...found.values()], unknown: [...unknown.values()] };
}

/** The inputs plus everything they imply, transitively (nestjs ⇒ nodejs, typescript ⇒ javascript). */
export function expandImplications(ids: Iterable<string>): Set<string> {
  const result = new Set<string>();
  const pending = [...ids];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (result.has(id)) continue;
    result.add(id);
    pending.push(...(skillsById.get(id)?.implies ?? []));
  }
  return result;
}

/**
 * Skills mentioned in free text, most mentioned first. Names and aliases match as whole words, longest
 * first; ambiguous ones ("Go", "REST", "Spring") count only where the text around them is technical.
 */
export function extractSkills(text: string): SkillMention<Skill>[] {
  return matcher.extract(text);
}

/** Autocomplete: exact spelling first, then prefix, then substring; ties in category, then data, order. */
export function searchSkills(query: string, limit = 10): Skill[] {
  const wanted = skillKey(query);
  if (wanted === '' || limit <= 0) return [];
  const ranked: { skill: Skill; rank: number; position: number }[] = [];
  skills.forEach((skill, position) => {
    const rank = searchRank(skill, wanted);
    if (rank !== null) ranked.push({ skill, rank, position });
  });
  ranked.sort((a, b) => a.rank - b.rank || compareCategory(a.skill, b.skill) || a.position - b.position);
  return ranked.slice(0, limit).map((entry) => entry.skill);
}

function searchRank(skill: Skill, wanted: string): number | null {
  const keys = searchKeys.get(skill.id)!;
  if (keys.includes(wanted)) return 0;
  if (keys.some((key) => key.startsWith(wanted))) return 1;
  if (keys.some((key) => key.includes(wanted))) return 2;
  return null;
}

function compareCategory(a: Skill, b: Skill): number {
  return categoryOrder.get(a.category)! - categoryOrder.get(b.category)!;
}

export function skillsByCategory(): Record<SkillCategory, Skill[]> {
  const groups = Object.fromEntries(skillCategories.map((category) => [category, [] as Skill[]]));
  for (const skill of skills) groups[skill.category]!.push(skill);
  return groups as Record<SkillCategory, Skill[]>;
}
