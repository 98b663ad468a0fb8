import { create } from 'xmlbuilder2';
import { employmentTypes, formatSalary, renderPostingHtml } from '../roles/job-posting.ts';
import type { JobRow } from '../roles/roles.store.ts';

/** Pure: the organisation's open jobs as the XML feed job boards ingest, and as RSS 2.0. */

export type FeedOrganisation = { name: string; slug: string };
export type FeedContext = { organisation: FeedOrganisation; publicUrl: string };

const jobUrl = (context: FeedContext, job: JobRow) =>
  `${context.publicUrl}/careers/${context.organisation.slug}/jobs/${job.slug}`;

const feedJobTypes: Record<string, string> = {
  FULL_TIME: 'fulltime',
  CONTRACTOR: 'contract',
};

export function jobBoardXml(context: FeedContext, openJobs: JobRow[], now = new Date()): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('source');
  root.ele('publisher').txt(context.organisation.name);
  root.ele('publisherurl').txt(`${context.publicUrl}/careers/${context.organisation.slug}`);
  root.ele('lastBuildDate').txt(now.toUTCString());
  for (const job of openJobs) {
    const { blueprint } = job;
    const entry = root.ele('job');
    entry.ele('title').dat(job.title);
    entry.ele('date').dat((job.openedAt ?? job.createdAt).toUTCString());
    entry.ele('referencenumber').dat(job.id);
    entry.ele('url').dat(jobUrl(context, job));
    entry.ele('company').dat(context.organisation.name);
    entry.ele('city').dat(blueprint.location.city ?? '');
    entry.ele('state').dat(blueprint.location.region ?? '');
    entry.ele('country').dat(blueprint.location.country ?? '');
    entry.ele('description').dat(renderPostingHtml(job.postingMarkdown));
    entry.ele('salary').dat(blueprint.salary ? formatSalary(blueprint.salary) : '');
    entry
      .ele('jobtype')
      .dat(employmentTypes[blueprint.engagement].map((type) => feedJobTypes[type] ?? type).join(', '));
    entry
      .ele('remote')
      .dat(
        blueprint.location.workplace === 'remote'
          ? 'Fully remote'
          : blueprint.location.workplace === 'hybrid'
            ? 'Hybrid remote'
            : '',
      );
    entry.ele('category').dat('Engineering');
    entry.ele('experience').dat(blueprint.seniority);
    if (job.validThrough) entry.ele('expirationdate').dat(job.validThrough);
  }
  return root.end({ prettyPrint: true });
}

export function rssXml(context: FeedContext, openJobs: JobRow[], now = new Date()): string {
  const channel = create({ version: '1.0', encoding: 'UTF-8' })
    .ele('rss', { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom' })
    .ele('channel');
  const careersUrl = `${context.publicUrl}/careers/${context.organisation.slug}`;
  channel.ele('title').txt(`Jobs at ${context.organisation.name}`);
  channel.ele('link').txt(careersUrl);
  channel.ele('description').txt(`Open positions at ${context.organisation.name}`);
  channel.ele('lastBuildDate').txt(now.toUTCString());
  channel.ele('atom:link', { href: `${careersUrl}/rss.xml`, rel: 'self', type: 'application/rss+xml' });
  for (const job of openJobs) {
    const item = channel.ele('item');
    item.ele('title').txt(job.title);
    item.ele('link').txt(jobUrl(context, job));
    item.ele('guid', { isPermaLink: 'false' }).txt(job.id);
    item.ele('pubDate').txt((job.openedAt ?? job.createdAt).toUTCString());
    item.ele('description').dat(renderPostingHtml(job.postingMarkdown));
  }
  return channel.end({ prettyPrint: true });
}
