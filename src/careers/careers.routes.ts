import fastifyMultipart from '@fastify/multipart';
import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { organisations } from '../accounts/accounts.tables.ts';
import { type CareersApplication, submitCareersApplication } from '../candidates/applications.service.ts';
import {
  githubHandle,
  linkedinHandle,
  linkedinUrl,
  stackOverflowUrl,
  stackOverflowUserId,
  websiteUrl,
} from '../candidates/profile-links.ts';
import { detectDocumentType } from '../platform/files/file-store.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { jobPostingJsonLd, renderPostingHtml } from '../roles/job-posting.ts';
import type { JobRow } from '../roles/roles.store.ts';
import { findOpenJobBySlug, listOpenJobs } from '../roles/roles.store.ts';
import { jobBoardXml, rssXml } from './careers.feeds.ts';
import { type ApplyFormState, appliedPage, jobListPage, jobPage, notFoundPage } from './careers.pages.ts';

export const RESUME_MAX_BYTES = 10 * 1024 * 1024;
const CONSENT_TEXT = 'Store and process my application data to consider me for this and similar positions.';

const slugParams = z.object({ orgSlug: z.string().max(80) });
const jobParams = slugParams.extend({ jobSlug: z.string().max(120) });

const applicationFields = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(120, 'Use at most 120 characters.'),
  email: z.email('Enter a valid e-mail address, like name@example.com.').max(254),
  phone: z
    .string()
    .trim()
    .max(40)
    .refine(
      (value) => value === '' || /^[+()\d][\d\s().\-/]{4,}$/.test(value),
      'Enter a phone number with digits, like +1 415 555 0100.',
    ),
  location: z.string().trim().max(120, 'Use at most 120 characters.'),
  github: z
    .string()
    .trim()
    .max(200)
    .refine(
      (value) => value === '' || githubHandle(value) !== null,
      'Enter a GitHub username or profile URL.',
    ),
  linkedin: z
    .string()
    .trim()
    .max(300)
    .refine(
      (value) => value === '' || linkedinHandle(value) !== null,
      'Enter a LinkedIn profile URL (linkedin.com/in/…).',
    ),
  stackoverflow: z
    .string()
    .trim()
    .max(300)
    .refine(
      (value) => value === '' || stackOverflowUserId(value) !== null,
      'Enter a Stack Overflow profile URL (stackoverflow.com/users/…).',
    ),
  portfolio: z
    .string()
    .trim()
    .max(300)
    .refine(
      (value) => value === '' || websiteUrl(value) !== null,
      'Enter a web address, like https://example.com.',
    ),
  consent: z.literal(
    'yes',
    'Please agree to the processing of your data so we can consider your application.',
  ),
});

type Upload = { filename: string; content: Buffer; truncated: boolean };

async function readMultipart(request: FastifyRequest) {
  const values: Record<string, string> = {};
  let resume: Upload | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const content = await part.toBuffer();
      if (part.fieldname === 'resume' && !resume && (content.length > 0 || part.filename)) {
        resume = { filename: part.filename, content, truncated: part.file.truncated };
      }
    } else if (typeof part.value === 'string') {
      values[part.fieldname] = part.value.slice(0, 4000);
    }
  }
  return { values, resume };
}

export function careersRoutes(app: App, services: Services) {
  const organisationBySlug = async (slug: string) => {
    const [organisation] = await services.db.select().from(organisations).where(eq(organisations.slug, slug));
    return organisation;
  };

  const sendHtml = (reply: FastifyReply, status: number, body: string) =>
    reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);

  const renderJob = (organisation: { name: string; slug: string }, job: JobRow, form: ApplyFormState) => {
    const postingHtml = renderPostingHtml(job.postingMarkdown);
    const url = `${services.config.PUBLIC_URL}/careers/${organisation.slug}/jobs/${job.slug}`;
    const jsonLd = jobPostingJsonLd(
      {
        id: job.id,
        title: job.title,
        blueprint: job.blueprint,
        postingHtml,
        openedAt: job.openedAt ?? job.createdAt,
        validThrough: job.validThrough,
        url,
      },
      { name: organisation.name, url: `${services.config.PUBLIC_URL}/careers/${organisation.slug}` },
    );
    return jobPage({ organisation, job, postingHtml, jsonLd, form });
  };

  app.get('/careers/:orgSlug', { schema: { hide: true, params: slugParams } }, async (request, reply) => {
    const organisation = await organisationBySlug(request.params.orgSlug);
    if (!organisation) return sendHtml(reply, 404, notFoundPage(null));
    return sendHtml(reply, 200, jobListPage(organisation, await listOpenJobs(services.db, organisation.id)));
  });

  app.get(
    '/careers/:orgSlug/jobs/:jobSlug',
    { schema: { hide: true, params: jobParams } },
    async (request, reply) => {
      const organisation = await organisationBySlug(request.params.orgSlug);
      const job =
        organisation && (await findOpenJobBySlug(services.db, organisation.id, request.params.jobSlug));
      if (!organisation || !job) return sendHtml(reply, 404, notFoundPage(organisation ?? null));
      return sendHtml(reply, 200, renderJob(organisation, job, { values: {}, errors: {} }));
    },
  );

  for (const [file, type, render] of [
    ['jobs.xml', 'application/xml', jobBoardXml],
    ['rss.xml', 'application/rss+xml', rssXml],
  ] as const) {
    app.get(
      `/careers/:orgSlug/${file}`,
      { schema: { hide: true, params: slugParams } },
      async (request, reply) => {
        const organisation = await organisationBySlug(request.params.orgSlug);
        if (!organisation) return reply.status(404).type('text/plain').send('No such organisation.');
        const openJobs = await listOpenJobs(services.db, organisation.id);
        return reply
          .type(`${type}; charset=utf-8`)
          .header('cache-control', 'public, max-age=300')
          .send(render({ organisation, publicUrl: services.config.PUBLIC_URL }, openJobs));
      },
    );
  }

  app.register(async (scope) => {
    const apply = scope.withTypeProvider<ZodTypeProvider>();
    await apply.register(fastifyMultipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: RESUME_MAX_BYTES, files: 2, fields: 40, fieldSize: 8 * 1024, parts: 50 },
    });
    apply.post(
      '/careers/:orgSlug/jobs/:jobSlug/apply',
      {
        schema: { hide: true, params: jobParams },
        config: { rateLimit: { max: 10, timeWindow: '10 minutes' } },
      },
      async (request, reply) => {
        const organisation = await organisationBySlug(request.params.orgSlug);
        const job =
          organisation && (await findOpenJobBySlug(services.db, organisation.id, request.params.jobSlug));
        if (!organisation || !job) return sendHtml(reply, 404, notFoundPage(organisation ?? null));
        if (!request.isMultipart()) {
          return sendHtml(
            reply,
            415,
            renderJob(organisation, job, {
              values: {},
              errors: {},
              summary: 'Please send the form from this page.',
            }),
          );
        }
        const { values, resume } = await readMultipart(request);
        // A filled honeypot means a bot: answer as if it worked and keep nothing.
        if (values.website_url) return sendHtml(reply, 200, appliedPage(organisation, job));

        const errors: Record<string, string> = {};
        const parsed = applicationFields.safeParse({
          name: values.name ?? '',
          email: (values.email ?? '').trim(),
          phone: values.phone ?? '',
          location: values.location ?? '',
          github: values.github ?? '',
          linkedin: values.linkedin ?? '',
          stackoverflow: values.stackoverflow ?? '',
          portfolio: values.portfolio ?? '',
          consent: values.consent ?? '',
        });
        if (!parsed.success) {
          for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
        }
        const answers = job.screeningQuestions.map((question) => {
          const answer = (values[`q_${question.id}`] ?? '').trim();
          if (question.required && !answer) errors[`q_${question.id}`] = 'Please answer this question.';
          return { questionId: question.id, question: question.question, answer: answer.slice(0, 2000) };
        });

        let status = 400;
        let resumeType: string | null = null;
        if (!resume) {
          errors.resume = 'Attach your résumé as a PDF or Word (DOCX) file.';
        } else if (resume.truncated) {
          errors.resume = `Your file is larger than ${RESUME_MAX_BYTES / 1024 / 1024} MB. Please attach a smaller PDF or DOCX.`;
          status = 413;
        } else {
          resumeType = await detectDocumentType(resume.content);
          if (!resumeType) {
            errors.resume =
              'This file is not a PDF or Word (DOCX) document. Please attach your résumé in one of those formats.';
            status = 415;
          }
        }

        if (Object.keys(errors).length > 0 || !parsed.success || !resume || !resumeType) {
          const count = Object.keys(errors).length;
          const summary = `Your application was not sent: ${count === 1 ? 'one thing needs' : `${count} things need`} fixing.`;
          return sendHtml(reply, status, renderJob(organisation, job, { values, errors, summary }));
        }

        const fields = parsed.data;
        const linkedin = fields.linkedin ? linkedinHandle(fields.linkedin) : null;
        const stackoverflow = fields.stackoverflow ? stackOverflowUserId(fields.stackoverflow) : null;
        const application: CareersApplication = {
          name: fields.name,
          email: fields.email.toLowerCase(),
          phone: fields.phone || null,
          location: fields.location || null,
          links: {
            github: fields.github ? githubHandle(fields.github) : null,
            linkedin: linkedin ? linkedinUrl(linkedin) : null,
            stackoverflow: stackoverflow ? stackOverflowUrl(stackoverflow) : null,
            website: fields.portfolio ? websiteUrl(fields.portfolio) : null,
          },
          answers,
          consentText: CONSENT_TEXT,
          resume: { filename: resume.filename || 'resume', contentType: resumeType, content: resume.content },
        };
        await submitCareersApplication(services, job, application);
        return reply.redirect(`/careers/${organisation.slug}/jobs/${job.slug}/applied`, 303);
      },
    );
  });

  app.get(
    '/careers/:orgSlug/jobs/:jobSlug/applied',
    { schema: { hide: true, params: jobParams } },
    async (request, reply) => {
      const organisation = await organisationBySlug(request.params.orgSlug);
      const job =
        organisation && (await findOpenJobBySlug(services.db, organisation.id, request.params.jobSlug));
      if (!organisation || !job) return sendHtml(reply, 404, notFoundPage(organisation ?? null));
      return sendHtml(reply, 200, appliedPage(organisation, job));
    },
  );
}
