import { and, eq, isNull } from 'drizzle-orm';
import type { AuthContext } from '../accounts/accounts.service.ts';
import { listCandidateSkills } from '../candidates/candidates.store.ts';
import type { Executor } from '../platform/db/client.ts';
import type { Services } from '../platform/services.ts';
import { skillName } from '../roles/advice.ts';
import type { SkillCategory } from '../roles/blueprint.ts';
import { isCoreAttribute, mustHaveSkills, type PlanAttribute } from './interview-plan.ts';
import { orgQuestions, retiredQuestions } from './interviews.tables.ts';
import {
  type AttributeId,
  loadQuestionBank,
  type QuestionBank,
  redFlagChecklist,
  softAttributes,
  suggestQuestions,
  systemDesignPrompts,
} from './question-bank.ts';
import { ratingAnchorsFor, redFlags } from './scorecard.ts';
import { focusOf, getMyScorecard, requireInterviewAccess } from './scorecards.service.ts';

export const KIT_QUESTION_LIMIT = 8;

/** The shipped bank minus the questions the organisation retired, plus its own (unretired) ones. */
export async function organisationBank(db: Executor, orgId: string): Promise<QuestionBank> {
  const [retired, own] = await Promise.all([
    db
      .select({ id: retiredQuestions.questionId })
      .from(retiredQuestions)
      .where(eq(retiredQuestions.orgId, orgId)),
    db
      .select({ entry: orgQuestions.entry })
      .from(orgQuestions)
      .where(and(eq(orgQuestions.orgId, orgId), isNull(orgQuestions.retiredAt))),
  ]);
  const retiredIds = new Set(retired.map((row) => row.id));
  return [...loadQuestionBank().filter((entry) => !retiredIds.has(entry.id)), ...own.map((row) => row.entry)];
}

const soft = new Set<string>(softAttributes);

/**
 * The bank tags questions by skill category and soft attribute, the plan by skill id and built-in attribute:
 * a skill asks for its category's questions, the design attributes for architecture ones.
 */
export function bankAttributesFor(focus: readonly PlanAttribute[]): AttributeId[] {
  const ids = new Set<AttributeId>();
  for (const attribute of focus) {
    if (soft.has(attribute.id)) ids.add(attribute.id as AttributeId);
    else if (attribute.kind === 'design') ids.add('architecture');
    else if (attribute.category) ids.add(attribute.category as SkillCategory);
  }
  return [...ids];
}

export async function interviewKit(services: Services, auth: AuthContext, interviewId: string) {
  const db = services.db;
  const access = await requireInterviewAccess(db, auth, interviewId);
  const { interview, candidate, job, application, panel } = access;
  const { plan, focus } = await focusOf(db, auth.orgId, job, interview);
  const planned = plan.interviews.find((entry) => entry.key === interview.planKey) ?? null;
  const bank = await organisationBank(db, auth.orgId);
  const roleSkills = [
    ...new Set([...job.blueprint.existingStack, ...job.blueprint.skills.map((s) => s.skill)]),
  ];
  const questions = suggestQuestions(bank, {
    seniority: job.blueprint.seniority,
    attributes: bankAttributesFor(focus),
    skills: roleSkills,
    limit: KIT_QUESTION_LIMIT,
  });
  const skills = await listCandidateSkills(db, auth.orgId, candidate.id);
  const own = access.onPanel ? (await getMyScorecard(services, auth, interviewId)).row : null;

  return {
    interview,
    panel,
    planned,
    candidate: {
      id: candidate.id,
      name: candidate.name,
      headline: candidate.headline,
      location: candidate.location,
      links: candidate.links,
      totalYears: candidate.totalYears,
      skills: skills.map((skill) => ({
        skill: skill.skill,
        name: skillName(skill.skill),
        years: skill.years,
      })),
      experience: candidate.experience,
      resumeFileId: application.resumeFileId,
    },
    job: { id: job.id, title: job.title, seniority: job.blueprint.seniority },
    mustHaves: mustHaveSkills(job.blueprint).map((skill) => ({
      skill: skill.skill,
      name: skillName(skill.skill),
      level: skill.level,
      minYears: skill.minYears,
      assessedHere: focus.some((attribute) => attribute.id === skill.skill),
    })),
    focus: focus.map((attribute) => ({
      ...attribute,
      builtIn: isCoreAttribute(attribute.id),
      anchors: ratingAnchorsFor(attribute),
    })),
    questions,
    systemDesignPrompts:
      interview.kind === 'system_design' ? systemDesignPrompts(bank, job.blueprint.seniority) : [],
    redFlags: redFlagChecklist.map((flag) => ({
      ...flag,
      // The scorecard can record the ones it shares an id with.
      onScorecard: Object.hasOwn(redFlags, flag.id),
    })),
    notes: own,
  };
}
