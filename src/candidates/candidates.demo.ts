import { and, eq } from 'drizzle-orm';
import type { DemoSeeder } from '../demo/demo-seed.ts';
import { ensureStages, recordEvents } from '../pipeline/pipeline.store.ts';
import { rejectionReasonCodes } from '../pipeline/stages.ts';
import { saveFile } from '../platform/files/file-store.ts';
import { jobs } from '../roles/roles.tables.ts';
import { getSkill } from '../skills/taxonomy.ts';
import { candidateInputSchema } from './candidate-input.ts';
import { createCandidate } from './candidates.service.ts';
import { applications, type CandidateSource } from './candidates.tables.ts';
import { renderResumePdf } from './demo-resume.ts';

const firstNames = [
  'Amelia',
  'Bongani',
  'Camila',
  'Dmitri',
  'Elif',
  'Farah',
  'Gabriel',
  'Hana',
  'Ibrahim',
  'Julia',
  'Kenji',
  'Leila',
  'Mateus',
  'Nadia',
  'Oskar',
  'Paula',
  'Quentin',
  'Rania',
  'Santiago',
  'Tanvi',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zara',
  'Anders',
  'Bea',
  'Chidi',
  'Daria',
];
const lastNames = [
  'Achebe',
  'Bergström',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fernandes',
  'García',
  'Haddad',
  'Ivanova',
  'Jansen',
  'Kowalski',
  'López',
  'Mbeki',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quinn',
  'Rossi',
  'Sato',
  'Tanaka',
  'Usman',
  'Vargas',
  'Wójcik',
  'Xu',
  'Yilmaz',
  'Zhang',
];
const cities = [
  'Lisbon, Portugal',
  'Toronto, Canada',
  'Austin, TX, USA',
  'Berlin, Germany',
  'Nairobi, Kenya',
  'Kraków, Poland',
  'São Paulo, Brazil',
  'Bangalore, India',
  'Manchester, UK',
  'Seattle, WA, USA',
];
const stacks = [
  ['nodejs', 'typescript', 'postgresql', 'aws', 'docker', 'rest-api'],
  ['python', 'django', 'postgresql', 'redis', 'celery', 'aws'],
  ['go', 'kubernetes', 'grpc', 'postgresql', 'gcp', 'kafka'],
  ['java', 'spring-boot', 'mysql', 'kafka', 'aws', 'docker'],
  ['ruby', 'rails', 'postgresql', 'redis', 'sidekiq', 'heroku'],
  ['php', 'laravel', 'mysql', 'redis', 'docker', 'aws'],
];
const companies = [
  'Brightline Logistics',
  'Kestrel Media',
  'Northstar Health',
  'Pinecone Retail',
  'Quayside Bank',
  'Redwood Games',
  'Sable Travel',
  'Tidewater Energy',
];
const sources: CandidateSource[] = ['careers_page', 'referral', 'agency', 'sourced', 'job_board', 'import'];
const tagPool = [
  'strong-sql',
  'relocating',
  'needs-visa',
  'referral-bonus',
  'silver-medallist',
  'open-source',
];
const DEMO_CANDIDATES = 240;

/** A realistic pool: hundreds of candidates with PDF résumés, spread over the open jobs' stages. */
export const candidatesDemoSeeder: DemoSeeder = {
  name: 'candidates',
  async seed({ tx, orgId, orgSlug, actorUserId, random }) {
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const openJobs = await tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.orgId, orgId), eq(jobs.status, 'open')));
    const stagesByJob = new Map<string, Awaited<ReturnType<typeof ensureStages>>>();
    for (const job of openJobs)
      stagesByJob.set(job.id, await ensureStages(tx, orgId, job.id, job.blueprint.seniority));

    for (let index = 0; index < DEMO_CANDIDATES; index++) {
      const name = `${firstNames[index % firstNames.length]} ${lastNames[(index * 7) % lastNames.length]}`;
      const email = `${name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z]+/g, '.')}.${index}@pool.${orgSlug}.example`;
      const stack = pick(stacks).filter((id) => getSkill(id));
      const years = 1 + Math.floor(random() * 12);
      const startYear = 2026 - years;
      const split = Math.max(startYear + 1, 2026 - Math.floor(random() * years));
      const experience = [
        {
          company: pick(companies),
          title: years > 6 ? 'Senior Backend Engineer' : 'Backend Engineer',
          start: `${split}-03`,
          end: null,
        },
        {
          company: pick(companies),
          title: 'Software Developer',
          start: `${startYear}-06`,
          end: `${split}-02`,
        },
      ];
      const source = pick(sources);
      const input = candidateInputSchema.parse({
        name,
        emails: [email],
        phones: [`+1 415 555 ${String(1000 + index).slice(-4)}`],
        location: pick(cities),
        headline: `${experience[0]!.title} · ${stack
          .slice(0, 3)
          .map((id) => getSkill(id)!.name)
          .join(', ')}`,
        links: { github: random() < 0.6 ? `${name.split(' ')[0]!.toLowerCase()}-dev${index}` : null },
        skills: stack.map((id, position) => ({
          skill: id,
          years: Math.max(1, years - position),
          source: 'resume' as const,
        })),
        experience,
        totalYears: years,
        source,
        sourceDetail:
          source === 'job_board'
            ? 'Remote job board'
            : source === 'agency'
              ? 'Harbour Talent Partners'
              : null,
        tags: random() < 0.3 ? [pick(tagPool)] : [],
        consent: true,
      });
      const { candidate } = await createCandidate(tx, orgId, input, {
        actorUserId: null,
        resumeText: `${name}\n${input.headline}\n${stack.join(', ')}`,
      });
      const pdf = await renderResumePdf({
        name,
        email,
        phone: input.phones[0]!,
        location: input.location ?? '',
        headline: input.headline ?? '',
        skills: stack.map((id) => getSkill(id)!.name),
        experience: experience.map((entry) => ({
          title: entry.title,
          company: entry.company,
          period: `${entry.start} – ${entry.end ?? 'Present'}`,
          highlights: [
            `Built and ran services on ${stack
              .slice(0, 2)
              .map((id) => getSkill(id)!.name)
              .join(' and ')}.`,
          ],
        })),
      });
      const resume = await saveFile(tx, {
        orgId,
        ownerType: 'candidate',
        ownerId: candidate.id,
        purpose: 'resume',
        filename: `${name.replace(/\s+/g, '-')}.pdf`,
        contentType: 'application/pdf',
        content: pdf,
      });

      // Most of the pool applied to an open job; the rest sit in the pool for future roles.
      const job = openJobs.length && random() < 0.75 ? pick(openJobs) : null;
      if (!job) continue;
      const stages = stagesByJob.get(job.id)!.filter((stage) => stage.kind !== 'hired');
      const reached = Math.min(stages.length - 1, Math.floor(random() ** 1.8 * stages.length));
      const rejected = random() < 0.25;
      const appliedAt = new Date(Date.now() - (3 + Math.floor(random() * 40)) * 86_400_000);
      const enteredAt = new Date(Math.min(Date.now(), appliedAt.getTime() + reached * 4 * 86_400_000));
      const [application] = await tx
        .insert(applications)
        .values({
          orgId,
          candidateId: candidate.id,
          jobId: job.id,
          stage: stages[reached]!.key,
          stageEnteredAt: enteredAt,
          status: rejected ? 'rejected' : 'active',
          rejectionReason: rejected ? pick(rejectionReasonCodes) : null,
          closedAt: rejected ? enteredAt : null,
          source,
          resumeFileId: resume.id,
          createdAt: appliedAt,
        })
        .returning();
      await recordEvents(tx, [
        {
          orgId,
          candidateId: candidate.id,
          applicationId: application!.id,
          jobId: job.id,
          type: 'applied',
          toStage: stages[0]!.key,
          createdAt: appliedAt,
        },
        ...stages.slice(1, reached + 1).map((stage, step) => ({
          orgId,
          candidateId: candidate.id,
          applicationId: application!.id,
          jobId: job.id,
          type: 'moved',
          fromStage: stages[step]!.key,
          toStage: stage.key,
          actorUserId,
          createdAt: new Date(appliedAt.getTime() + (step + 1) * 4 * 86_400_000),
        })),
        ...(rejected
          ? [
              {
                orgId,
                candidateId: candidate.id,
                applicationId: application!.id,
                jobId: job.id,
                type: 'rejected',
                fromStage: stages[reached]!.key,
                actorUserId,
                data: { reason: application!.rejectionReason },
                createdAt: enteredAt,
              },
            ]
          : []),
      ]);
    }
  },
};
