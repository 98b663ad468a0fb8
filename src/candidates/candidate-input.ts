import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { normaliseSkill } from '../skills/taxonomy.ts';
import { candidateSources } from './candidates.tables.ts';
import {
  githubHandle,
  linkedinHandle,
  linkedinUrl,
  stackOverflowUrl,
  stackOverflowUserId,
  websiteUrl,
} from './profile-links.ts';

/** Pure: what a candidate record accepts from any intake (form, résumé review, CSV, JSON, API), normalised. */

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);

export const candidateInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(160),
  emails: z.array(z.email('Not a valid e-mail address.').max(254)).max(10).default([]),
  phones: z.array(z.string().trim().min(3).max(40)).max(10).default([]),
  location: optionalText(160),
  timeZone: optionalText(60),
  headline: optionalText(300),
  links: z
    .object({
      github: optionalText(200),
      linkedin: optionalText(300),
      stackoverflow: optionalText(300),
      website: optionalText(300),
    })
    .partial()
    .default({}),
  skills: z
    .array(
      z.object({
        skill: z.string().trim().min(1).max(80),
        years: z.number().min(0).max(60).nullish(),
        source: z.enum(['resume', 'candidate', 'interviewer', 'recruiter', 'import']).default('recruiter'),
      }),
    )
    .max(100)
    .default([]),
  experience: z
    .array(
      z.object({
        company: optionalText(160),
        title: optionalText(160),
        start: z
          .string()
          .regex(/^\d{4}-\d{2}$/, 'Use YYYY-MM.')
          .nullish()
          .transform((value) => value ?? null),
        end: z
          .string()
          .regex(/^\d{4}-\d{2}$/, 'Use YYYY-MM.')
          .nullish()
          .transform((value) => value ?? null),
      }),
    )
    .max(40)
    .default([]),
  education: z
    .array(
      z.object({
        school: z.string().trim().min(1).max(200),
        degree: optionalText(200),
        end: optionalText(20),
      }),
    )
    .max(20)
    .default([]),
  totalYears: z.number().min(0).max(60).nullish(),
  salaryExpectation: z
    .object({
      amount: z.number().min(0),
      currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code.'),
      period: z.enum(['year', 'month', 'hour']).default('year'),
    })
    .nullish(),
  availableFrom: z.iso.date().nullish(),
  noticePeriodWeeks: z.number().int().min(0).max(52).nullish(),
  source: z.enum(candidateSources).default('manual'),
  sourceDetail: optionalText(160),
  tags: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
  consent: z.boolean().default(false),
  retainUntil: z.iso.date().nullish(),
});
export type CandidateInput = z.input<typeof candidateInputSchema>;
export type ParsedCandidateInput = z.output<typeof candidateInputSchema>;

/** E.164 where the number can be read (with the country hint), otherwise the digits as written. */
export function normalisePhone(phone: string, defaultCountry?: string): string {
  const parsed = parsePhoneNumberFromString(phone, (defaultCountry as never) ?? undefined);
  return parsed?.isValid() ? parsed.number : phone.replace(/[^\d+]/g, '');
}

export function normaliseCandidate(input: ParsedCandidateInput, defaultCountry?: string) {
  const emails = [...new Set(input.emails.map((email) => email.trim().toLowerCase()))];
  const phones = [
    ...new Set(
      input.phones.map((phone) => normalisePhone(phone, defaultCountry)).filter((phone) => phone.length >= 5),
    ),
  ];
  const linkedin = input.links.linkedin ? linkedinHandle(input.links.linkedin) : null;
  const stackoverflow = input.links.stackoverflow ? stackOverflowUserId(input.links.stackoverflow) : null;
  const skills = new Map<
    string,
    { skill: string; years: number | null; source: ParsedCandidateInput['skills'][number]['source'] }
  >();
  const unknownSkills: string[] = [];
  for (const entry of input.skills) {
    const known = normaliseSkill(entry.skill);
    if (!known) {
      unknownSkills.push(entry.skill);
      continue;
    }
    const previous = skills.get(known.id);
    skills.set(known.id, {
      skill: known.id,
      years: entry.years ?? previous?.years ?? null,
      source: entry.source,
    });
  }
  return {
    candidate: {
      name: input.name,
      email: emails[0] ?? null,
      emails,
      phone: phones[0] ?? null,
      phones,
      location: input.location,
      timeZone: input.timeZone,
      headline: input.headline,
      links: {
        github: input.links.github ? githubHandle(input.links.github) : null,
        linkedin: linkedin ? linkedinUrl(linkedin) : null,
        stackoverflow: stackoverflow ? stackOverflowUrl(stackoverflow) : null,
        website: input.links.website ? websiteUrl(input.links.website) : null,
      },
      experience: input.experience,
      education: input.education,
      totalYears: input.totalYears ?? null,
      salaryExpectation: input.salaryExpectation ?? null,
      availableFrom: input.availableFrom ?? null,
      noticePeriodWeeks: input.noticePeriodWeeks ?? null,
      source: input.source,
      sourceDetail: input.sourceDetail,
      tags: [...new Set(input.tags)].sort(),
      consentAt: input.consent ? new Date() : null,
      retainUntil: input.retainUntil ?? null,
    },
    skills: [...skills.values()],
    unknownSkills,
  };
}
