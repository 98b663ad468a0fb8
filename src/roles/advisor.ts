import {
  type Blueprint,
  type Seniority,
  type SkillCategory,
  type SkillLevel,
  type SkillRequirement,
  seniorities,
  seniorityYears,
  skillLevels,
} from './blueprint.ts';

/**
 * The blueprint advisor: plain-language lint rules over a role blueprint, drawn from what the best hiring
 * guides agree on (PRODUCT.md §1–§3, §5). Pure: the skill taxonomy comes in as a lookup function, and all
 * market figures are editable defaults.
 */

export type Severity = 'error' | 'warning' | 'tip';

export type Finding = {
  severity: Severity;
  code: string;
  message: string;
  suggestion: string;
  /** Dot path of the blueprint field a UI should highlight, e.g. "salary" or "skills.3". */
  path?: string;
};

export type RuleHit = Omit<Finding, 'severity' | 'code'>;

/** The part of a taxonomy skill the advisor needs; the taxonomy's `getSkill` fits this shape. */
export type SkillInfo = {
  id: string;
  name: string;
  category: SkillCategory;
  tags: readonly string[];
  implies: readonly string[];
};
export type SkillLookup = (id: string) => SkillInfo | undefined;

/** A yearly USD salary band for one seniority. */
export type SalaryBand = { min: number; median: number; max: number };
export type SalaryBands = Record<Seniority, SalaryBand>;

/** US backend salary bands, 2026 (one aggregate source). Organisations edit these in settings. */
export const defaultSalaryBands: SalaryBands = {
  junior: { min: 67_000, median: 90_000, max: 126_000 },
  mid: { min: 77_000, median: 101_000, max: 141_000 },
  senior: { min: 122_000, median: 155_000, max: 225_000 },
};

/** Remote roles pay 10–15% less than on-site ones on average. */
export type RemoteDiscount = { low: number; high: number };
export const defaultRemoteDiscount: RemoteDiscount = { low: 0.1, high: 0.15 };

export type AdviseOptions = {
  lookup: SkillLookup;
  /** The editable posting text; the posting rules only run when it is given. */
  postingText?: string;
  now?: Date;
  salaryBands?: SalaryBands;
  remoteDiscount?: RemoteDiscount;
  /** Finds the skill ids a text mentions; without it a simple word match against the lookup is used. */
  extractSkills?: (text: string) => Iterable<string>;
};

export type AdvisorContext = {
  lookup: SkillLookup;
  postingText: string | null;
  now: Date;
  salaryBands: SalaryBands;
  remoteDiscount: RemoteDiscount;
  extractSkills: (text: string) => Iterable<string>;
};

export type Rule = {
  code: string;
  severity: Severity;
  description: string;
  check: (blueprint: Blueprint, ctx: AdvisorContext) => RuleHit[];
};

// Thresholds the guides agree on.
const maxMustHaves = 6;
const manyTechnologies = 15;
const maxMustLanguages = 2;
const minResponsibilities = 4;
const maxSalarySpread = 2;

const seniorityLabel: Record<Seniority, string> = { junior: 'junior', mid: 'mid-level', senior: 'senior' };

// ---------------------------------------------------------------------------------------------------------
// Skill helpers

const levelRank = (level: SkillLevel) => skillLevels.indexOf(level);
const mustHaves = (blueprint: Blueprint) => blueprint.skills.filter((skill) => skill.requirement === 'must');
const skillIds = (skills: readonly SkillRequirement[]) => skills.map((skill) => skill.skill);

function nameOf(id: string, ctx: AdvisorContext): string {
  return ctx.lookup(id)?.name ?? id;
}

/** "A", "A and B", "A, B and C". */
function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function listNames(ids: Iterable<string>, ctx: AdvisorContext): string {
  return listWords([...ids].map((id) => nameOf(id, ctx)));
}

/** The ids plus everything they imply, transitively (Django implies Python). */
function withImplied(ids: Iterable<string>, lookup: SkillLookup): Set<string> {
  const result = new Set<string>();
  const queue = [...ids];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (result.has(id)) continue;
    result.add(id);
    queue.push(...(lookup(id)?.implies ?? []));
  }
  return result;
}

/** SQL is a query language every backend shares, so it never counts as the codebase's language. */
function isProgrammingLanguage(info: SkillInfo): boolean {
  return info.category === 'languages' && info.id !== 'sql' && !info.tags.includes('sql');
}

function hasTag(ids: Iterable<string>, tag: string, ctx: AdvisorContext): boolean {
  return [...ids].some((id) => ctx.lookup(id)?.tags.includes(tag));
}

function hasCategory(ids: Iterable<string>, category: SkillCategory, ctx: AdvisorContext): boolean {
  return [...ids].some((id) => ctx.lookup(id)?.category === category);
}

function programmingLanguages(ids: Iterable<string>, ctx: AdvisorContext): string[] {
  return [...ids].filter((id) => {
    const info = ctx.lookup(id);
    return info !== undefined && isProgrammingLanguage(info);
  });
}

/** Languages that live in one codebase in practice, so a hire in one can work in the other. */
const languageFamilies: readonly (readonly string[])[] = [
  ['javascript', 'typescript', 'nodejs'],
  ['java', 'kotlin'],
  ['csharp', 'dotnet'],
];
const familyOf = (id: string) => languageFamilies.find((family) => family.includes(id))?.[0] ?? id;

// ---------------------------------------------------------------------------------------------------------
// Expectations by level, per area (PRODUCT.md §1)

export type SkillArea = 'language' | 'cloud' | 'databases' | 'containers' | 'systemDesign';
type LevelExpectation = { expect: string; min: SkillLevel; max: SkillLevel };

export const levelByArea: Record<SkillArea, { label: string; levels: Record<Seniority, LevelExpectation> }> =
  {
    language: {
      label: 'programming languages',
      levels: {
        junior: { expect: 'one language they use confidently', min: 'basic', max: 'working' },
        mid: { expect: 'two or more languages', min: 'working', max: 'deep' },
        senior: { expect: 'language-agnostic thinking', min: 'working', max: 'deep' },
      },
    },
    cloud: {
      label: 'cloud',
      levels: {
        junior: { expect: 'familiarity with a cloud provider', min: 'basic', max: 'working' },
        mid: { expect: 'hands-on deployment', min: 'basic', max: 'working' },
        senior: { expect: 'cloud architecture decisions', min: 'basic', max: 'deep' },
      },
    },
    databases: {
      label: 'databases',
      levels: {
        junior: { expect: 'writing SQL', min: 'basic', max: 'working' },
        mid: { expect: 'SQL plus a NoSQL store', min: 'working', max: 'deep' },
        senior: { expect: 'schema design and query optimisation', min: 'working', max: 'deep' },
      },
    },
    containers: {
      label: 'containers',
      levels: {
        junior: { expect: 'awareness of containers', min: 'basic', max: 'working' },
        mid: { expect: 'Docker, with Kubernetes as a plus', min: 'basic', max: 'working' },
        senior: { expect: 'full ownership of the infrastructure', min: 'basic', max: 'deep' },
      },
    },
    systemDesign: {
      label: 'system design',
      levels: {
        junior: { expect: 'basic design patterns', min: 'basic', max: 'working' },
        mid: { expect: 'microservices and API design', min: 'basic', max: 'working' },
        senior: { expect: 'distributed systems and scalability', min: 'working', max: 'deep' },
      },
    },
  };

function areaOf(info: SkillInfo): SkillArea | null {
  // Containers first: Kubernetes may sit in the cloud or devops category, but is judged as containers.
  if (info.tags.includes('container')) return 'containers';
  if (isProgrammingLanguage(info)) return 'language';
  if (info.category === 'databases' || info.tags.includes('sql')) return 'databases';
  if (info.category === 'cloud') return 'cloud';
  if (info.category === 'architecture') return 'systemDesign';
  return null;
}

/** The seniority whose common band starts at or below these years and ends above them ("5+" is senior). */
function seniorityForYears(years: number): Seniority {
  return (
    seniorities.find((level) => years < (seniorityYears[level].common[1] ?? Number.POSITIVE_INFINITY)) ??
    'senior'
  );
}

/** Both published views merged: the widest fair reading of a seniority's years. */
function yearsBand(seniority: Seniority): { min: number; max: number | null } {
  const { common, strict } = seniorityYears[seniority];
  const max = common[1] === null || strict[1] === null ? null : Math.max(common[1], strict[1]);
  return { min: Math.min(common[0], strict[0]), max };
}

// ---------------------------------------------------------------------------------------------------------
// Money helpers

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
const roundToThousand = (amount: number) => Math.round(amount / 1000) * 1000;
const isRemote = (blueprint: Blueprint) => blueprint.location.workplace === 'remote';

/** The band to compare against, lowered for remote roles which pay 10–15% less. */
function marketBand(blueprint: Blueprint, ctx: AdvisorContext) {
  const band = ctx.salaryBands[blueprint.seniority];
  if (!isRemote(blueprint)) return { floor: band.median, ceiling: band.max };
  return {
    floor: roundToThousand(band.median * (1 - ctx.remoteDiscount.high)),
    ceiling: roundToThousand(band.max * (1 - ctx.remoteDiscount.low)),
  };
}

function describeBand(blueprint: Blueprint, ctx: AdvisorContext): string {
  const band = ctx.salaryBands[blueprint.seniority];
  const text = `For a ${seniorityLabel[blueprint.seniority]} backend engineer in the US the usual band is ${money(band.min, 'USD')}–${money(band.max, 'USD')} a year (typical ${money(band.median, 'USD')})`;
  if (!isRemote(blueprint)) return `${text}.`;
  const { low, high } = ctx.remoteDiscount;
  const remoteMin = roundToThousand(band.min * (1 - high));
  const remoteMax = roundToThousand(band.max * (1 - low));
  return `${text}; remote roles typically pay ${Math.round(low * 100)}–${Math.round(high * 100)}% less, about ${money(remoteMin, 'USD')}–${money(remoteMax, 'USD')}.`;
}

const usdYearly = (blueprint: Blueprint) =>
  blueprint.salary !== null && blueprint.salary.currency === 'USD' && blueprint.salary.period === 'year'
    ? blueprint.salary
    : null;

// ---------------------------------------------------------------------------------------------------------
// Posting text helpers

/** A currency symbol or code next to a number, or "120k" on a line that talks about pay. */
const salaryFigure =
  /[$€£¥₹]\s?\d|\b(?:USD|EUR|GBP|CAD|AUD|CHF|SEK|NOK|DKK|PLN|INR)\s?\d|\d\s?(?:USD|EUR|GBP|CAD|AUD|CHF)\b/;
const bareThousands = /\b\d{2,3}(?:[.,]\d)?\s?k\b/i;
const payWords = /\b(?:salary|pay|compensation|base|per year|a year|annual|annually|range)\b/i;

function mentionsSalary(text: string): boolean {
  return text
    .split('\n')
    .some((line) => salaryFigure.test(line) || (bareThousands.test(line) && payWords.test(line)));
}

const jargon: readonly { phrase: string; pattern: RegExp }[] = [
  { phrase: 'rockstar', pattern: /\brock\s?stars?\b/i },
  { phrase: 'ninja', pattern: /\bninjas?\b/i },
  { phrase: 'guru', pattern: /\bgurus?\b/i },
  { phrase: 'unicorn', pattern: /\bunicorns?\b/i },
  { phrase: '10x', pattern: /\b10x\b/i },
  { phrase: 'work hard, play hard', pattern: /\bwork hard,?\s+play hard\b/i },
  { phrase: 'wear many hats', pattern: /\bwear(?:ing)? (?:many|multiple|lots of) hats\b/i },
  { phrase: 'hit the ground running', pattern: /\bhit the ground running\b/i },
];

/**
 * Fallback skill finder: tries each word and each pair of words as a skill id ("Node.js" → "nodejs",
 * "Spring Boot" → "spring-boot"). Deliberately simple; pass `extractSkills` for alias-aware matching.
 */
function findSkillIdsInText(text: string, lookup: SkillLookup): Set<string> {
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9.+#-]+/)
    .map((word) => word.replace(/^[.-]+|[.-]+$/g, '').replaceAll('.', ''))
    .filter((word) => word.length > 0);
  const found = new Set<string>();
  let index = 0;
  while (index < words.length) {
    const word = words[index] ?? '';
    const next = words[index + 1];
    const pair = next === undefined ? undefined : lookup(`${word}-${next}`);
    const match = pair ?? lookup(word);
    if (match) found.add(match.id);
    index += pair ? 2 : 1;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// The rules

const skillMatrixRules: Rule[] = [
  {
    code: 'no_must_haves',
    severity: 'error',
    description:
      'The role needs must-have skills: they drive the posting, the interview scorecard and matching.',
    check: (blueprint) =>
      mustHaves(blueprint).length > 0
        ? []
        : [
            {
              message:
                'No skill is marked as a must-have, so the posting has no requirements and the interviews have nothing to score against.',
              suggestion:
                'Mark the four to six skills the person truly cannot do without as must-haves — usually a programming language, a database, API design and basic cloud.',
              path: 'skills',
            },
          ],
  },
  {
    code: 'too_many_must_haves',
    severity: 'error',
    description: `More than ${maxMustHaves} must-have skills drive strong candidates away.`,
    check: (blueprint, ctx) => {
      const musts = mustHaves(blueprint);
      if (musts.length <= maxMustHaves) return [];
      // Demote first what another must-have already implies (SQL under PostgreSQL), then what is needed at
      // the lowest level. The programming language stays: it is the first thing candidates look for.
      const isLanguage = (skill: SkillRequirement) => {
        const info = ctx.lookup(skill.skill);
        return info !== undefined && isProgrammingLanguage(info);
      };
      const impliedBy = (id: string) =>
        musts.find((other) => other.skill !== id && withImplied([other.skill], ctx.lookup).has(id));
      const implied = musts.flatMap((skill) => {
        const parent = isLanguage(skill) ? undefined : impliedBy(skill.skill);
        return parent ? [{ skill, reason: `already implied by ${nameOf(parent.skill, ctx)}` }] : [];
      });
      const byLevel = musts
        .filter((skill) => !isLanguage(skill) && !implied.some((entry) => entry.skill === skill))
        .sort((a, b) => levelRank(a.level) - levelRank(b.level))
        .map((skill) => ({ skill, reason: `only needed at ${skill.level} level` }));
      const excess = musts.length - maxMustHaves;
      const demote = [...implied, ...byLevel].slice(0, Math.max(excess, implied.length));
      const startWith = listWords(
        demote.map(({ skill, reason }) => `${nameOf(skill.skill, ctx)} (${reason})`),
      );
      return [
        {
          message: `This role has ${musts.length} must-have skills. Long lists of requirements put strong engineers off — most great candidates will not tick every box and will not apply.`,
          suggestion: `Keep the ${maxMustHaves} that matter most and make the rest nice-to-haves.${startWith ? ` Start with: ${startWith}.` : ''}`,
          path: 'skills',
        },
      ];
    },
  },
  {
    code: 'too_many_technologies',
    severity: 'warning',
    description: `Around ${manyTechnologies} or more technologies in total (must + nice) reads as a wish list.`,
    check: (blueprint) => {
      const total = new Set(skillIds(blueprint.skills)).size;
      if (total < manyTechnologies) return [];
      return [
        {
          message: `The role lists ${total} technologies in total. A posting with around fifteen technologies reads like a wish list and drives strong candidates away.`,
          suggestion:
            'Keep only the nice-to-haves that would really make a difference, and aim for about ten skills in total.',
          path: 'skills',
        },
      ];
    },
  },
  {
    code: 'unknown_skill',
    severity: 'warning',
    description: 'A skill is not in the taxonomy, so it cannot be matched or checked.',
    check: (blueprint, ctx) =>
      blueprint.skills.flatMap((skill, index) =>
        ctx.lookup(skill.skill)
          ? []
          : [
              {
                message: `We don't recognise the skill "${skill.skill}", so it can't be matched against candidates or checked by these rules.`,
                suggestion: 'Pick it from the skill list (check the spelling), or remove it.',
                path: `skills.${index}`,
              },
            ],
      ),
  },
  {
    code: 'duplicate_skill',
    severity: 'warning',
    description: 'The same skill is listed more than once.',
    check: (blueprint, ctx) =>
      blueprint.skills.flatMap((skill, index) =>
        blueprint.skills.findIndex((other) => other.skill === skill.skill) < index
          ? [
              {
                message: `${nameOf(skill.skill, ctx)} is listed more than once.`,
                suggestion: `Keep one entry for ${nameOf(skill.skill, ctx)} — a must-have if the person can't do without it, otherwise a nice-to-have.`,
                path: `skills.${index}`,
              },
            ]
          : [],
      ),
  },
  {
    code: 'missing_core_non_negotiables',
    severity: 'warning',
    description: 'SQL or a relational database, API design and a primary language are the usual must-haves.',
    check: (blueprint, ctx) => {
      const musts = withImplied(skillIds(mustHaves(blueprint)), ctx.lookup);
      const stackLanguages = programmingLanguages(withImplied(blueprint.existingStack, ctx.lookup), ctx);
      const missing: string[] = [];
      if (programmingLanguages(musts, ctx).length === 0) {
        missing.push(
          stackLanguages.length > 0
            ? `${listNames(stackLanguages, ctx)} (your codebase)`
            : 'a primary language',
        );
      }
      if (!musts.has('sql') && !hasTag(musts, 'sql', ctx))
        missing.push('SQL (a relational database such as PostgreSQL counts)');
      // gRPC and GraphQL services count too: the point is designing APIs.
      if (!hasCategory(musts, 'apis', ctx)) missing.push('API design (REST or similar)');
      if (missing.length === 0) return [];
      return [
        {
          message: `Almost every backend role needs a primary language, SQL and API design, but the must-haves are missing ${listWords(missing)}.`,
          suggestion: `Add as must-haves: ${listWords(missing)}.`,
          path: 'skills',
        },
      ];
    },
  },
  {
    code: 'too_many_languages',
    severity: 'warning',
    description: `More than ${maxMustLanguages} must-have programming languages shrinks the pool for little gain.`,
    check: (blueprint, ctx) => {
      const languages = programmingLanguages(skillIds(mustHaves(blueprint)), ctx);
      const distinct = new Set(languages.map(familyOf)).size;
      if (distinct <= maxMustLanguages) return [];
      return [
        {
          message: `This role requires ${distinct} programming languages (${listNames(languages, ctx)}). Few people are strong in that many, so you will filter out good candidates.`,
          suggestion:
            'Keep the one or two your codebase is written in as must-haves and make the others nice-to-haves; good engineers pick up a second language quickly.',
          path: 'skills',
        },
      ];
    },
  },
  {
    code: 'language_mismatch',
    severity: 'error',
    description: "The required language(s) don't match the language of the existing codebase.",
    check: (blueprint, ctx) => {
      const required = programmingLanguages(withImplied(skillIds(mustHaves(blueprint)), ctx.lookup), ctx);
      const stack = programmingLanguages(withImplied(blueprint.existingStack, ctx.lookup), ctx);
      if (required.length === 0 || stack.length === 0) return [];
      const stackFamilies = new Set(stack.map(familyOf));
      if (required.some((id) => stackFamilies.has(familyOf(id)))) return [];
      return [
        {
          message: `Your codebase is written in ${listNames(stack, ctx)}, but this role requires ${listNames(required, ctx)}. The new hire would have to learn your language on the job or push to rewrite in theirs — both are slow and costly.`,
          suggestion: `Require ${listNames(stack, ctx)} instead (with the framework you use), or update the existing stack if the codebase really uses ${listNames(required, ctx)}.`,
          path: 'skills',
        },
      ];
    },
  },
  {
    code: 'level_out_of_line',
    severity: 'warning',
    description:
      'A must-have is expected at a level that does not fit the seniority (languages, cloud, databases, containers, system design).',
    check: (blueprint, ctx) => {
      const level = blueprint.seniority;
      const who = seniorityLabel[level];
      const musts = blueprint.skills.flatMap((skill, index) => {
        const info = ctx.lookup(skill.skill);
        return skill.requirement === 'must' && info ? [{ skill, index, area: areaOf(info) }] : [];
      });
      // Only the strongest must-have language is the primary one; a basic second language is fine.
      const primaryLanguage = musts
        .filter((entry) => entry.area === 'language')
        .sort((a, b) => levelRank(b.skill.level) - levelRank(a.skill.level))[0];
      return musts.flatMap(({ skill, index, area }) => {
        if (area === null) return [];
        const { expect, min, max } = levelByArea[area].levels[level];
        const name = nameOf(skill.skill, ctx);
        const path = `skills.${index}`;
        if (levelRank(skill.level) > levelRank(max)) {
          return [
            {
              message: `You ask a ${who} engineer for ${skill.level} ${name}. At ${who} level, ${levelByArea[area].label} usually means ${expect}.`,
              suggestion: `Lower ${name} to '${max}', or hire more senior if you need someone to own this area.`,
              path,
            },
          ];
        }
        const countsAsTooLow = area !== 'language' || primaryLanguage?.index === index;
        if (countsAsTooLow && levelRank(skill.level) < levelRank(min)) {
          return [
            {
              message: `You ask a ${who} engineer for only ${skill.level} ${name}. At ${who} level, ${levelByArea[area].label} usually means ${expect}.`,
              suggestion: `Raise ${name} to '${min}' or higher — or, if the role barely touches it, make it a nice-to-have.`,
              path,
            },
          ];
        }
        return [];
      });
    },
  },
  {
    code: 'no_cloud_skill',
    severity: 'warning',
    description:
      'No cloud skill among must-haves or nice-to-haves; about three quarters of backend postings ask for one.',
    check: (blueprint, ctx) => {
      if (hasCategory(withImplied(skillIds(blueprint.skills), ctx.lookup), 'cloud', ctx)) return [];
      const stackCloud = blueprint.existingStack.filter((id) => ctx.lookup(id)?.category === 'cloud');
      const which =
        stackCloud.length > 0 ? listNames(stackCloud, ctx) : 'the cloud you use (AWS, Google Cloud or Azure)';
      return [
        {
          message:
            'No cloud skill is listed. About three quarters of backend postings ask for one, and your engineer will need to deploy somewhere.',
          suggestion: `Add ${which} — as a must-have at basic or working level, or as a nice-to-have.`,
          path: 'skills',
        },
      ];
    },
  },
  {
    code: 'mid_senior_missing_containers_cicd',
    severity: 'tip',
    description: 'Mid-level and senior roles usually include Docker/Kubernetes and CI/CD.',
    check: (blueprint, ctx) => {
      if (blueprint.seniority === 'junior') return [];
      const all = withImplied(skillIds(blueprint.skills), ctx.lookup);
      const missing = [
        { tag: 'container', label: 'containers', example: 'Docker or Kubernetes' },
        { tag: 'ci-cd', label: 'CI/CD', example: 'GitHub Actions or GitLab CI' },
      ].filter(({ tag }) => !hasTag(all, tag, ctx));
      if (missing.length === 0) return [];
      return [
        {
          message: `From mid-level up, engineers are usually expected to know containers and CI/CD, but the skill list has no ${missing.map(({ label }) => label).join(' or ')} skill.`,
          suggestion: `Add the ${listWords(missing.map(({ label }) => label))} tools you actually use (for example ${listWords(missing.map(({ example }) => example))}) as must-haves or nice-to-haves.`,
          path: 'skills',
        },
      ];
    },
  },
  {
    code: 'mid_senior_missing_system_design',
    severity: 'warning',
    description:
      'Mid-level and senior roles need a system-design or architecture skill to interview against.',
    check: (blueprint, ctx) => {
      if (blueprint.seniority === 'junior') return [];
      if (hasCategory(withImplied(skillIds(blueprint.skills), ctx.lookup), 'architecture', ctx)) return [];
      const level = blueprint.seniority === 'senior' ? 'deep' : 'working';
      return [
        {
          message: `No system-design or architecture skill is listed. For ${seniorityLabel[blueprint.seniority]} engineers the system-design interview is the key stage, and the scorecard needs something to score it against.`,
          suggestion: `Add System design at '${level}' level (or a specific one such as microservices or event-driven architecture).`,
          path: 'skills',
        },
      ];
    },
  },
  {
    code: 'scaling_without_depth',
    severity: 'warning',
    description: 'A scaling-stage role needs performance and security skills among must- or nice-to-haves.',
    check: (blueprint, ctx) => {
      if (blueprint.productStage !== 'scaling') return [];
      const all = withImplied(skillIds(blueprint.skills), ctx.lookup);
      const missing = [
        { tag: 'performance', examples: 'performance tuning or query optimisation' },
        { tag: 'security', examples: 'OWASP Top 10 or OAuth2' },
      ].filter(({ tag }) => !hasTag(all, tag, ctx));
      if (missing.length === 0) return [];
      return [
        {
          message: `Your product is past launch and growing, which brings real load and real attackers — but no ${missing.map(({ tag }) => tag).join(' or ')} skill is listed.`,
          suggestion: `Add ${listWords(missing.map(({ tag, examples }) => `a ${tag} skill (e.g. ${examples})`))} as a must-have or nice-to-have.`,
          path: 'skills',
        },
      ];
    },
  },
  {
    code: 'mvp_overreach',
    severity: 'warning',
    description: 'An MVP role should not require distributed-systems expertise; it needs breadth and speed.',
    check: (blueprint, ctx) => {
      if (blueprint.productStage !== 'mvp') return [];
      const overreach = mustHaves(blueprint).filter((skill) => {
        const info = ctx.lookup(skill.skill);
        if (!info) return false;
        return (
          info.tags.includes('distributed-systems') ||
          (info.tags.includes('container') && skill.level === 'deep')
        );
      });
      if (overreach.length === 0) return [];
      const names = listNames(skillIds(overreach), ctx);
      return [
        {
          message: `Before and just after launch you need breadth and speed, not distributed-systems expertise. Requiring ${names} narrows your pool, raises the salary and invites over-engineering.`,
          suggestion: `Make ${names} nice-to-have (or drop them) and require one primary language, a database and basic cloud deployment instead.`,
          path: 'skills',
        },
      ];
    },
  },
  {
    code: 'ai_as_must_for_non_ai_role',
    severity: 'tip',
    description: 'LLM skills are rare; outside AI-focused roles they belong among the nice-to-haves.',
    check: (blueprint, ctx) => {
      const aiRole = /\b(?:ai|llms?|genai|generative|machine learning|ml)\b/i;
      if (aiRole.test(blueprint.title) || aiRole.test(blueprint.teamContext)) return [];
      return blueprint.skills.flatMap((skill, index) => {
        const info = ctx.lookup(skill.skill);
        const isAi = info !== undefined && (info.category === 'ai' || info.tags.includes('llm'));
        if (skill.requirement !== 'must' || !isAi) return [];
        return [
          {
            message: `${info.name} is a must-have, but AI and LLM skills are still rare among backend engineers and usually a bonus rather than a requirement.`,
            suggestion: `Make ${info.name} a nice-to-have — unless building AI features is the heart of the job; then say so in the title or the team description.`,
            path: `skills.${index}`,
          },
        ];
      });
    },
  },
];

const salaryRules: Rule[] = [
  {
    code: 'no_salary_range',
    severity: 'error',
    description: 'Always publish a salary range: developers skip postings that hide pay.',
    check: (blueprint, ctx) =>
      blueprint.salary
        ? []
        : [
            {
              message:
                'The role has no salary range. Many developers skip postings that hide pay, so you will get fewer and weaker applicants.',
              suggestion: `Add a yearly salary range. ${describeBand(blueprint, ctx)}`,
              path: 'salary',
            },
          ],
  },
  {
    code: 'salary_range_too_wide',
    severity: 'warning',
    description: `A range whose top is more than ${maxSalarySpread}× its bottom tells candidates little.`,
    check: (blueprint) => {
      const salary = blueprint.salary;
      if (!salary || salary.max <= salary.min * maxSalarySpread) return [];
      return [
        {
          message: `The salary range ${money(salary.min, salary.currency)}–${money(salary.max, salary.currency)} is very wide. Candidates read it as "we don't know what this role is" and anchor on the bottom figure.`,
          suggestion: `Narrow it so the top is at most ${maxSalarySpread}× the bottom; if you'd hire at two levels, say so and give a range for each.`,
          path: 'salary',
        },
      ];
    },
  },
  {
    code: 'salary_below_market',
    severity: 'warning',
    description:
      'The top of a USD yearly range is below the typical salary for the seniority (lower for remote).',
    check: (blueprint, ctx) => {
      const salary = usdYearly(blueprint);
      if (!salary) return [];
      const { floor } = marketBand(blueprint, ctx);
      if (salary.max >= floor) return [];
      return [
        {
          message: `Your top salary of ${money(salary.max, 'USD')} is below what a typical ${seniorityLabel[blueprint.seniority]} backend engineer earns. ${describeBand(blueprint, ctx)}`,
          suggestion: `Raise the maximum to at least ${money(floor, 'USD')}, or hire at a lower seniority. A cheap hire who doesn't work out costs far more than the salary you saved.`,
          path: 'salary',
        },
      ];
    },
  },
  {
    code: 'salary_above_market',
    severity: 'tip',
    description: 'The bottom of a USD yearly range is above the top of the band for the seniority.',
    check: (blueprint, ctx) => {
      const salary = usdYearly(blueprint);
      if (!salary) return [];
      const { ceiling } = marketBand(blueprint, ctx);
      if (salary.min <= ceiling) return [];
      const next = seniorities[seniorities.indexOf(blueprint.seniority) + 1];
      const alternative = next ? ` — or hire a ${seniorityLabel[next]} engineer for that money` : '';
      return [
        {
          message: `Your minimum salary of ${money(salary.min, 'USD')} is above the usual top of the ${seniorityLabel[blueprint.seniority]} band. ${describeBand(blueprint, ctx)}`,
          suggestion: `That's fine if you are competing for rare skills. Otherwise lower the range to within the band${alternative}.`,
          path: 'salary',
        },
      ];
    },
  },
];

const teamRules: Rule[] = [
  {
    code: 'needs_senior_without_direction',
    severity: 'error',
    description:
      'With no technical direction in the team, only a senior can make the stack and architecture decisions.',
    check: (blueprint) => {
      if (blueprint.technicalDirection !== 'none' || blueprint.seniority === 'senior') return [];
      return [
        {
          message: `You chose a ${seniorityLabel[blueprint.seniority]} engineer, but nobody on the team can give technical direction. ${
            blueprint.seniority === 'mid'
              ? 'Mid-level engineers deliver well from a clear brief, but expect someone else to choose the stack and the architecture.'
              : 'Junior engineers need daily guidance and code review from someone experienced.'
          }`,
          suggestion:
            "Hire a senior engineer who can make those decisions, or first arrange technical leadership (for example a fractional CTO) and set the direction to 'some' or 'strong'.",
          path: 'seniority',
        },
      ];
    },
  },
  {
    code: 'junior_needs_strong_direction',
    severity: 'warning',
    description: 'A junior needs strong technical direction: daily guidance and code review.',
    check: (blueprint) =>
      blueprint.seniority === 'junior' && blueprint.technicalDirection === 'some'
        ? [
            {
              message:
                'Junior engineers need daily guidance and code review from an experienced engineer; "some" direction is usually not enough and both sides get frustrated.',
              suggestion:
                "Hire mid-level instead, or make sure an experienced engineer will mentor and review daily — then set the direction to 'strong'.",
              path: 'seniority',
            },
          ]
        : [],
  },
  {
    code: 'experience_years_inconsistent',
    severity: 'warning',
    description: 'Explicit years of experience fall outside both published bands for the seniority.',
    check: (blueprint) => {
      const years = blueprint.experienceYears;
      if (!years) return [];
      const band = yearsBand(blueprint.seniority);
      const within = (value: number) => value >= band.min && (band.max === null || value <= band.max);
      if (within(years.min) && (years.max === null || within(years.max))) return [];
      const { common, strict } = seniorityYears[blueprint.seniority];
      const show = (min: number, max: number | null) => (max === null ? `${min}+` : `${min}–${max}`);
      const fits = seniorityForYears(years.min);
      return [
        {
          message: `You ask for ${show(years.min, years.max)} years of experience, but ${seniorityLabel[blueprint.seniority]} usually means ${show(...common)} years (some sources say ${show(...strict)}).`,
          suggestion:
            fits === blueprint.seniority
              ? `Keep the years within ${show(band.min, band.max)}, or clear them to use the default for the seniority.`
              : `Change the seniority to ${seniorityLabel[fits]}, or change the years to fit ${seniorityLabel[blueprint.seniority]} (${show(band.min, band.max)}).`,
          path: 'experienceYears',
        },
      ];
    },
  },
  {
    code: 'contract_for_core_role',
    severity: 'tip',
    description: 'Contract or freelance work suits scoped tasks; a scaling product needs long-term owners.',
    check: (blueprint) => {
      if (blueprint.productStage !== 'scaling') return [];
      if (blueprint.engagement !== 'contract' && blueprint.engagement !== 'freelance') return [];
      return [
        {
          message: `A ${blueprint.engagement} engagement suits scoped, time-limited work, but a scaling product usually needs people who own its core systems for the long term.`,
          suggestion:
            'Consider contract-to-hire: work together on real tasks for 3–6 months, then convert to a permanent role.',
          path: 'engagement',
        },
      ];
    },
  },
  {
    code: 'remote_without_eligibility',
    severity: 'tip',
    description: 'A remote role should say where applicants may live or which hours they must overlap.',
    check: (blueprint) => {
      const { workplace, remoteEligibility, timeZones } = blueprint.location;
      if (workplace !== 'remote' || remoteEligibility.length > 0 || timeZones.length > 0) return [];
      return [
        {
          message:
            "This is a remote role, but it doesn't say where applicants may live or which hours they need to share with the team, so people can't tell whether they can apply.",
          suggestion:
            'Add the countries or regions you can hire in (for example US or EU) and the working-hours overlap (for example UTC-5 to UTC+1).',
          path: 'location',
        },
      ];
    },
  },
  {
    code: 'no_team_context',
    severity: 'tip',
    description: 'Candidates want to know who they will work with.',
    check: (blueprint) =>
      blueprint.teamContext.trim().length > 0
        ? []
        : [
            {
              message:
                "There's no description of the team. Candidates want to know who they will work with and who they will report to.",
              suggestion:
                'Add two or three sentences: team size, who leads technically, what the team owns and how you work.',
              path: 'teamContext',
            },
          ],
  },
  {
    code: 'no_responsibilities',
    severity: 'tip',
    description: 'The posting needs a day-to-day section.',
    check: (blueprint) =>
      blueprint.responsibilities.length > 0
        ? []
        : [
            {
              message:
                'No responsibilities are listed. Candidates decide whether to apply mostly on what they would do day to day.',
              suggestion:
                'Add 5–8 responsibilities — pick from the library (building APIs, designing schemas, writing tests, fixing production issues…) and adapt them.',
              path: 'responsibilities',
            },
          ],
  },
  {
    code: 'few_responsibilities',
    severity: 'tip',
    description: `Fewer than ${minResponsibilities} responsibilities give a thin picture of the job.`,
    check: (blueprint) => {
      const count = blueprint.responsibilities.length;
      if (count === 0 || count >= minResponsibilities) return [];
      return [
        {
          message: `Only ${count} ${count === 1 ? 'responsibility is' : 'responsibilities are'} listed, which gives candidates a thin picture of the job.`,
          suggestion:
            'Aim for 5–8 responsibilities covering building, data, quality, operations and teamwork.',
          path: 'responsibilities',
        },
      ];
    },
  },
  {
    code: 'no_soft_skills',
    severity: 'tip',
    description: 'Communication is part of the job and should be asked for and assessed.',
    check: (blueprint) =>
      blueprint.softSkills.length > 0
        ? []
        : [
            {
              message:
                'No soft skills are listed. Never checking communication is one of the most common hiring mistakes.',
              suggestion:
                'Add two or three, for example clear written communication, explaining trade-offs to non-technical people, and problem solving.',
              path: 'softSkills',
            },
          ],
  },
  {
    code: 'january_search',
    severity: 'tip',
    description: 'Searches started in January take longer and pay more than those started in Q4.',
    check: (blueprint, ctx) => {
      if (ctx.now.getMonth() !== 0) return [];
      const days = { junior: 'about 40', mid: '35–45', senior: '45–60 or more' }[blueprint.seniority];
      return [
        {
          message:
            'Searches started in January tend to take longer and close at higher salaries than those started in October–December, because many companies hire at once.',
          suggestion: `Start sourcing now, plan for ${days} days to an accepted offer, and keep each stage quick — strong candidates hold several offers.`,
        },
      ];
    },
  },
];

const postingRules: Rule[] = [
  {
    code: 'posting_hides_salary',
    severity: 'error',
    description: 'The posting text must show the salary figure.',
    check: (blueprint, ctx) => {
      if (ctx.postingText === null || mentionsSalary(ctx.postingText)) return [];
      const salary = blueprint.salary;
      const per = salary?.period === 'hour' ? 'an hour' : `a ${salary?.period}`;
      return [
        {
          message: "The posting text doesn't show a salary figure. Developers skip postings that hide pay.",
          suggestion: salary
            ? `Add a line such as "Salary: ${money(salary.min, salary.currency)}–${money(salary.max, salary.currency)} ${per}" to the posting.`
            : 'Set a salary range for the role, then add it to the posting text as a line such as "Salary: $X–$Y a year".',
          path: 'postingText',
        },
      ];
    },
  },
  {
    code: 'posting_jargon',
    severity: 'tip',
    description: 'Clichés like "rockstar" or "wear many hats" put experienced engineers off.',
    check: (_blueprint, ctx) => {
      const text = ctx.postingText;
      if (text === null) return [];
      const found = jargon.filter(({ pattern }) => pattern.test(text)).map(({ phrase }) => `"${phrase}"`);
      if (found.length === 0) return [];
      return [
        {
          message: `The posting uses ${listWords(found)}. Experienced engineers read phrases like these as a sign of long hours or an unclear role.`,
          suggestion:
            'Replace them with concrete facts: what the person will build, who they will work with, and the hours.',
          path: 'postingText',
        },
      ];
    },
  },
  {
    code: 'posting_lists_too_many_tech',
    severity: 'warning',
    description: `The posting text mentions ${manyTechnologies} or more distinct technologies.`,
    check: (_blueprint, ctx) => {
      if (ctx.postingText === null) return [];
      const count = new Set(ctx.extractSkills(ctx.postingText)).size;
      if (count < manyTechnologies) return [];
      return [
        {
          message: `The posting text mentions ${count} different technologies. Long lists of tools read like a wish list and drive strong candidates away.`,
          suggestion:
            'Name the five or six skills that are truly required and a few nice-to-haves; leave the rest for the interview.',
          path: 'postingText',
        },
      ];
    },
  },
];

/** Every rule, in the order a UI should list them. */
export const rules: readonly Rule[] = [...skillMatrixRules, ...salaryRules, ...teamRules, ...postingRules];

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, tip: 2 };

/** Runs every rule over the blueprint; findings come sorted errors → warnings → tips. */
export function advise(blueprint: Blueprint, options: AdviseOptions): Finding[] {
  const ctx: AdvisorContext = {
    lookup: options.lookup,
    postingText: options.postingText ?? null,
    now: options.now ?? new Date(),
    salaryBands: options.salaryBands ?? defaultSalaryBands,
    remoteDiscount: options.remoteDiscount ?? defaultRemoteDiscount,
    extractSkills: options.extractSkills ?? ((text) => findSkillIdsInText(text, options.lookup)),
  };
  const findings = rules.flatMap((rule) =>
    rule.check(blueprint, ctx).map((hit): Finding => ({ severity: rule.severity, code: rule.code, ...hit })),
  );
  return findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}

/** Any error blocks publishing; warnings and tips are advice. */
export function hasBlockingFindings(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
