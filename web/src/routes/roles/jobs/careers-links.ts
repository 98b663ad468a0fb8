import type { Job } from '../../../api/jobs';

/** The public URLs for a job. They share the server's public address, which `careersUrl` carries. */
export function careersLinks(job: Pick<Job, 'careersUrl'>, organisationSlug: string) {
  const origin = job.careersUrl.slice(0, job.careersUrl.indexOf('/careers/'));
  const careersPage = `${origin}/careers/${organisationSlug}`;
  return {
    jobPage: job.careersUrl,
    careersPage,
    jobFeed: `${careersPage}/jobs.xml`,
    rssFeed: `${careersPage}/rss.xml`,
  };
}
