import { and, eq } from 'drizzle-orm';
import { refreshSearchDocument } from '../candidates/candidates.store.ts';
import { applications, candidates } from '../candidates/candidates.tables.ts';
import { renderResumePdf } from '../candidates/demo-resume.ts';
import type { DemoSeeder } from '../demo/demo-seed.ts';
import { recordEvents } from '../pipeline/pipeline.store.ts';
import { saveFile } from '../platform/files/file-store.ts';
import { jobs } from '../roles/roles.tables.ts';

const people = [
  {
    name: 'Amara Okafor',
    location: 'Lagos, Nigeria',
    github: 'amaraokafor',
    skills: ['Node.js', 'TypeScript', 'PostgreSQL', 'AWS', 'Docker'],
  },
  {
    name: 'Lucas Moreau',
    location: 'Lyon, France',
    github: 'lmoreau',
    skills: ['Python', 'Django', 'PostgreSQL', 'Redis', 'Celery'],
  },
  {
    name: 'Mei Chen',
    location: 'Toronto, Canada',
    github: 'meichen-dev',
    skills: ['Go', 'Kubernetes', 'gRPC', 'PostgreSQL', 'GCP'],
  },
  {
    name: 'Rahul Nair',
    location: 'Austin, TX, USA',
    github: null,
    skills: ['Java', 'Spring Boot', 'MySQL', 'Kafka', 'AWS'],
  },
  {
    name: 'Sofia Lindström',
    location: 'Stockholm, Sweden',
    github: 'sofialind',
    skills: ['Node.js', 'NestJS', 'MongoDB', 'Docker', 'GitHub Actions'],
  },
  {
    name: 'Diego Fernández',
    location: 'Buenos Aires, Argentina',
    github: 'dfernandez',
    skills: ['Ruby on Rails', 'PostgreSQL', 'Sidekiq', 'Heroku'],
  },
  {
    name: 'Hannah Weber',
    location: 'Berlin, Germany',
    github: null,
    skills: ['TypeScript', 'Express', 'PostgreSQL', 'Terraform', 'AWS'],
  },
  {
    name: 'Kwame Mensah',
    location: 'Accra, Ghana',
    github: 'kmensah',
    skills: ['Python', 'FastAPI', 'PostgreSQL', 'Docker', 'pytest'],
  },
];

/** A few applications to each open demo job, each with a real PDF résumé. */
export const careersDemoSeeder: DemoSeeder = {
  name: 'applications',
  async seed({ tx, orgId, orgSlug }) {
    const openJobs = await tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.orgId, orgId), eq(jobs.status, 'open')));
    for (const [index, person] of people.entries()) {
      const job = openJobs[index % Math.max(1, openJobs.length)];
      if (!job) return;
      const email = `${person.name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(' ', '.')}@candidates.${orgSlug}.example`;
      const [candidate] = await tx
        .insert(candidates)
        .values({
          orgId,
          name: person.name,
          email,
          phone: `+1 415 555 01${String(10 + index).padStart(2, '0')}`,
          location: person.location,
          links: { github: person.github, linkedin: null, stackoverflow: null, website: null },
          source: 'careers_page',
          consentAt: new Date(),
          consentText: 'Store and process my application data to consider me for this and similar positions.',
        })
        .returning();
      const pdf = await renderResumePdf({
        name: person.name,
        email,
        phone: `+1 415 555 01${String(10 + index).padStart(2, '0')}`,
        location: person.location,
        headline: 'Backend engineer who likes boring, reliable systems.',
        skills: person.skills,
        experience: [
          {
            title: 'Backend Engineer',
            company: 'Brightline Logistics',
            period: 'Mar 2021 – Present',
            highlights: [
              `Built and ran the order APIs on ${person.skills.slice(0, 2).join(' and ')}.`,
              'Cut p95 latency of the search endpoint by 60%.',
            ],
          },
          {
            title: 'Software Developer',
            company: 'Kestrel Media',
            period: 'Jun 2018 – Feb 2021',
            highlights: ['Maintained the billing service and its test suite.'],
          },
        ],
      });
      const resume = await saveFile(tx, {
        orgId,
        ownerType: 'candidate',
        ownerId: candidate!.id,
        purpose: 'resume',
        filename: `${person.name.replace(/\s+/g, '-')}-resume.pdf`,
        contentType: 'application/pdf',
        content: pdf,
      });
      const [application] = await tx
        .insert(applications)
        .values({
          orgId,
          candidateId: candidate!.id,
          jobId: job.id,
          source: 'careers_page',
          answers: [
            {
              questionId: 'authorised',
              question: 'Are you authorised to work in the listed locations?',
              answer: 'yes',
            },
          ],
          resumeFileId: resume.id,
          createdAt: new Date(Date.now() - (index + 1) * 86_400_000),
          stageEnteredAt: new Date(Date.now() - (index + 1) * 86_400_000),
        })
        .returning();
      await recordEvents(tx, [
        {
          orgId,
          candidateId: candidate!.id,
          applicationId: application!.id,
          jobId: job.id,
          type: 'applied',
          toStage: 'applied',
          data: { source: 'careers_page' },
        },
      ]);
      await refreshSearchDocument(tx, orgId, candidate!.id);
    }
  },
};
