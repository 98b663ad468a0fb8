import { describe, expect, it } from 'vitest';
import bankData from '../../data/question-bank.json' with { type: 'json' };
import { seniorities } from '../roles/blueprint.ts';
import { getSkill } from '../skills/taxonomy.ts';
import {
  type AttributeId,
  attributeIds,
  interviewAttributes,
  isInterviewQuestion,
  isSystemDesignPrompt,
  loadQuestionBank,
  parseQuestionBank,
  QuestionBankError,
  questionThemes,
  redFlagChecklist,
  softAttributes,
  suggestQuestions,
  systemDesignPrompts,
  technicalAttributes,
  uncoveredAttributes,
} from './question-bank.ts';

const bank = loadQuestionBank();
const questions = bank.filter(isInterviewQuestion);
const prompts = bank.filter(isSystemDesignPrompt);

/** A deep copy of the shipped file to break on purpose. */
function shippedCopy(): Record<string, unknown>[] {
  return structuredClone(bankData) as Record<string, unknown>[];
}

describe('the shipped question bank', () => {
  it('validates, once', () => {
    expect(parseQuestionBank(bankData)).toHaveLength(bankData.length);
    expect(loadQuestionBank()).toBe(bank);
    expect(Object.isFrozen(bank)).toBe(true);
    expect(Object.isFrozen(bank[0]!.followUps)).toBe(true);
  });

  it('holds at least 130 questions and 8 system-design prompts', () => {
    expect(questions.length).toBeGreaterThanOrEqual(130);
    expect(prompts.length).toBeGreaterThanOrEqual(8);
  });

  it.each(questionThemes)('has at least 8 questions on %s', (theme) => {
    expect(questions.filter((question) => question.theme === theme).length).toBeGreaterThanOrEqual(8);
  });

  it('uses each id once', () => {
    const ids = bank.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refers only to skills that exist in the taxonomy', () => {
    const unknown = bank.flatMap((entry) =>
      (entry.skills ?? []).filter((id) => getSkill(id) === undefined).map((id) => `${entry.id}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('gives every entry at least two follow-ups and both a strong and a weak answer', () => {
    for (const entry of bank) {
      expect(entry.followUps.length, entry.id).toBeGreaterThanOrEqual(2);
      expect(entry.strongAnswer, entry.id).not.toBe(entry.weakAnswer);
    }
  });

  it('has every attribute probed by questions at every seniority', () => {
    for (const seniority of seniorities) {
      for (const attribute of attributeIds) {
        const probing = questions.filter(
          (question) => question.seniority.includes(seniority) && question.attributes.includes(attribute),
        );
        expect(probing.length, `${attribute} for ${seniority}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('includes the system-design prompts the product brief names', () => {
    const required = [
      'design-url-shortener',
      'design-social-feed',
      'design-chat-10k-concurrent',
      'design-payments-falling-over',
      'design-background-job-queue',
      'design-rate-limiter',
    ];
    const ids = prompts.map((prompt) => prompt.id);
    expect(ids).toEqual(expect.arrayContaining(required));
    const text = (id: string) => prompts.find((prompt) => prompt.id === id)!.text;
    expect(text('design-chat-10k-concurrent')).toContain('10,000');
    expect(text('design-payments-falling-over')).toContain('50,000 requests per minute');
    expect(text('design-payments-falling-over')).toMatch(/where do you look first/i);
  });

  it('steers every system-design prompt towards failure modes and trade-offs', () => {
    for (const prompt of prompts) {
      const areas = prompt.probes.map((probe) => probe.area);
      expect(areas, prompt.id).toEqual(expect.arrayContaining(['failure-modes', 'trade-offs']));
      expect(prompt.durationMinutes, prompt.id).toBeGreaterThan(0);
    }
  });
});

describe('attributes and red flags', () => {
  it('lists the blueprint skill categories and the soft attributes, each labelled', () => {
    expect(interviewAttributes.map((attribute) => attribute.id)).toEqual([
      ...technicalAttributes,
      ...softAttributes,
    ]);
    for (const attribute of interviewAttributes) {
      expect(attribute.label.length).toBeGreaterThan(2);
      expect(attribute.description.length).toBeGreaterThan(20);
    }
    expect(interviewAttributes.find((attribute) => attribute.id === 'ownership')?.kind).toBe('soft');
    expect(interviewAttributes.find((attribute) => attribute.id === 'databases')?.kind).toBe('technical');
  });

  it('includes the red flags from the product brief', () => {
    expect(redFlagChecklist.map((flag) => flag.id)).toEqual(
      expect.arrayContaining([
        'no-code-sample',
        'yes-to-every-timeline',
        'cannot-explain-stack',
        'slow-communication',
        'keyword-answers',
      ]),
    );
    expect(new Set(redFlagChecklist.map((flag) => flag.id)).size).toBe(redFlagChecklist.length);
  });
});

describe('parseQuestionBank', () => {
  it('rejects a malformed entry with a message naming it', () => {
    const broken = shippedCopy();
    const entry = broken[4]!;
    entry.followUps = ['Only one follow-up here?'];
    expect(() => parseQuestionBank(broken)).toThrow(QuestionBankError);
    expect(() => parseQuestionBank(broken)).toThrow(`entry #5 "${String(entry.id)}": followUps`);
  });

  it('reports every problem at once', () => {
    const broken = shippedCopy();
    broken[0]!.attributes = ['charisma'];
    delete broken[1]!.strongAnswer;
    broken[2]!.seniority = [];
    try {
      parseQuestionBank(broken);
      expect.unreachable('the bank should be rejected');
    } catch (error) {
      const problems = (error as QuestionBankError).problems;
      expect(
        problems.some((problem) => problem.startsWith(`entry #1 "${String(broken[0]!.id)}": attributes`)),
      ).toBe(true);
      expect(
        problems.some((problem) => problem.startsWith(`entry #2 "${String(broken[1]!.id)}": strongAnswer`)),
      ).toBe(true);
      expect(
        problems.some((problem) => problem.startsWith(`entry #3 "${String(broken[2]!.id)}": seniority`)),
      ).toBe(true);
    }
  });

  it('rejects duplicate ids, naming both entries', () => {
    const broken = shippedCopy();
    broken[7]!.id = broken[3]!.id;
    expect(() => parseQuestionBank(broken)).toThrow(
      `entry #8 "${String(broken[3]!.id)}": the id is already used by entry #4.`,
    );
  });

  it('rejects skill ids that are not in the taxonomy', () => {
    const broken = shippedCopy();
    broken[0]!.skills = ['postgres-ish'];
    expect(() => parseQuestionBank(broken)).toThrow('"postgres-ish" is not a skill id in data/skills.json');
  });

  it('rejects unknown fields, a question under the system-design theme, and a prompt without probes', () => {
    const broken = shippedCopy();
    broken[0]!.followups = ['a typo in the field name'];
    broken[1]!.theme = 'system-design';
    const prompt = broken.findIndex((entry) => entry.kind === 'system-design');
    delete broken[prompt]!.probes;
    let problems: readonly string[] = [];
    try {
      parseQuestionBank(broken);
    } catch (error) {
      problems = (error as QuestionBankError).problems;
    }
    expect(problems.some((problem) => problem.startsWith('entry #1 '))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('entry #2 ') && problem.includes('theme'))).toBe(
      true,
    );
    expect(
      problems.some((problem) => problem.startsWith(`entry #${prompt + 1} `) && problem.includes('probes')),
    ).toBe(true);
  });

  it('rejects something that is not a list', () => {
    expect(() => parseQuestionBank({ entries: [] })).toThrow(
      'Expected a JSON array of question bank entries.',
    );
  });

  it('defaults a system-design prompt to 60 minutes', () => {
    const copy = shippedCopy();
    const prompt = copy.find((entry) => entry.kind === 'system-design')!;
    delete prompt.durationMinutes;
    const parsed = parseQuestionBank([prompt]);
    expect(parsed[0]!.kind === 'system-design' && parsed[0]!.durationMinutes).toBe(60);
  });
});

describe('suggestQuestions', () => {
  const midKit: AttributeId[] = [
    'databases',
    'apis',
    'architecture',
    'testing',
    'communication',
    'ownership',
    'production-experience',
  ];

  it('covers every requested attribute, adding a new one with each pick until all are covered', () => {
    const picked = suggestQuestions(bank, { seniority: 'mid', attributes: midKit, limit: 6 });
    expect(picked).toHaveLength(6);
    expect(uncoveredAttributes(picked, midKit)).toEqual([]);

    const covered = new Set<AttributeId>();
    for (const question of picked) {
      const before = covered.size;
      for (const attribute of question.attributes) if (midKit.includes(attribute)) covered.add(attribute);
      if (before < midKit.length) expect(covered.size).toBeGreaterThan(before);
    }
  });

  it('covers all nineteen attributes for every seniority when given room', () => {
    for (const seniority of seniorities) {
      const picked = suggestQuestions(bank, { seniority, attributes: [...attributeIds], limit: 12 });
      expect(uncoveredAttributes(picked, [...attributeIds]), seniority).toEqual([]);
    }
  });

  it('only suggests questions that suit the seniority and probe a requested attribute', () => {
    for (const seniority of seniorities) {
      const picked = suggestQuestions(bank, { seniority, attributes: ['security', 'ai'], limit: 50 });
      expect(picked.length).toBeGreaterThan(0);
      for (const question of picked) {
        expect(question.kind).toBe('question');
        expect(question.seniority).toContain(seniority);
        expect(question.attributes.some((attribute) => attribute === 'security' || attribute === 'ai')).toBe(
          true,
        );
      }
    }
  });

  it('is deterministic and ignores the order the attributes are listed in', () => {
    const options = { seniority: 'senior' as const, attributes: midKit, skills: ['postgresql'], limit: 8 };
    const first = suggestQuestions(bank, options).map((question) => question.id);
    expect(suggestQuestions(bank, options).map((question) => question.id)).toEqual(first);
    expect(
      suggestQuestions(bank, { ...options, attributes: [...midKit].reverse() }).map(
        (question) => question.id,
      ),
    ).toEqual(first);
  });

  it('honours exclude', () => {
    const options = { seniority: 'mid' as const, attributes: midKit, limit: 5 };
    const first = suggestQuestions(bank, options);
    const exclude = first.slice(0, 2).map((question) => question.id);
    const again = suggestQuestions(bank, { ...options, exclude });
    expect(again).toHaveLength(5);
    expect(again.map((question) => question.id)).not.toEqual(expect.arrayContaining([exclude[0]]));
    expect(again.some((question) => exclude.includes(question.id))).toBe(false);
  });

  it('honours limit', () => {
    expect(suggestQuestions(bank, { seniority: 'junior', attributes: midKit, limit: 3 })).toHaveLength(3);
    expect(suggestQuestions(bank, { seniority: 'junior', attributes: midKit, limit: 0 })).toEqual([]);
    const all = suggestQuestions(bank, { seniority: 'junior', attributes: ['ai'], limit: 1000 });
    expect(all.length).toBe(
      questions.filter(
        (question) => question.seniority.includes('junior') && question.attributes.includes('ai'),
      ).length,
    );
  });

  it('prefers questions specific to the role’s skills', () => {
    const [first] = suggestQuestions(bank, {
      seniority: 'mid',
      attributes: ['databases'],
      skills: ['postgresql'],
      limit: 1,
    });
    expect(first?.skills).toContain('postgresql');

    const [node] = suggestQuestions(bank, {
      seniority: 'junior',
      attributes: ['languages'],
      skills: ['nestjs'],
      limit: 1,
    });
    expect(node?.skills).toContain('nodejs');

    // aws-iam implies identity-access-management, so the least-privilege question matches an IAM role.
    const [iam] = suggestQuestions(bank, {
      seniority: 'senior',
      attributes: ['security'],
      skills: ['aws-iam'],
      limit: 1,
    });
    expect(iam?.id).toBe('sec-least-privilege');
  });

  it('spreads picks across themes', () => {
    const picked = suggestQuestions(bank, { seniority: 'mid', attributes: ['databases'], limit: 4 });
    expect(new Set(picked.map((question) => question.theme)).size).toBe(4);
  });

  it('returns every question for the seniority when no attribute is requested', () => {
    const picked = suggestQuestions(bank, { seniority: 'senior', attributes: [], limit: 1000 });
    expect(picked.length).toBe(questions.filter((question) => question.seniority.includes('senior')).length);
  });
});

describe('systemDesignPrompts', () => {
  it('returns the prompts that suit a seniority', () => {
    for (const seniority of seniorities) {
      const suited = systemDesignPrompts(bank, seniority);
      expect(suited.length).toBeGreaterThanOrEqual(2);
      for (const prompt of suited) {
        expect(prompt.kind).toBe('system-design');
        expect(prompt.seniority).toContain(seniority);
      }
    }
    expect(systemDesignPrompts(bank, 'junior').map((prompt) => prompt.id)).toContain('design-url-shortener');
    expect(systemDesignPrompts(bank, 'senior').map((prompt) => prompt.id)).toContain(
      'design-payments-falling-over',
    );
  });
});
