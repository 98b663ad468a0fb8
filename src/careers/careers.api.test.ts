import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signUpOrganisation } from '../../test/support/api-client.ts';
import { makeDocx, makePdf, multipartBody } from '../../test/support/documents.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { applications, candidates } from '../candidates/candidates.tables.ts';
import { storedFiles } from '../platform/files/files.tables.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
let admin: ApiClient;
let orgSlug: string;
// biome-ignore lint/suspicious/noExplicitAny: the job detail is read loosely and asserted on.
let job: any;

const validFields = (email: string) => ({
  name: 'Zoë Ångström',
  email,
  phone: '+44 20 7946 0958',
  location: 'Leeds, UK',
  github: 'https://github.com/zoe-dev',
  linkedin: 'linkedin.com/in/zoe-angstrom',
  stackoverflow: 'https://stackoverflow.com/users/12345/zoe',
  portfolio: 'zoe.dev',
  consent: 'yes',
});

async function apply(
  fields: Record<string, string>,
  file?: { filename: string; content: Buffer; type: string },
) {
  const body = await multipartBody(fields, file ? { resume: file } : {});
  return env.app.inject({
    method: 'POST',
    url: `/careers/${orgSlug}/jobs/${job.slug}/apply`,
    payload: body.payload,
    headers: body.headers,
    remoteAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
}

const countRows = async () => ({
  candidates: (await env.services.db.select().from(candidates)).length,
  applications: (await env.services.db.select().from(applications)).length,
  files: (await env.services.db.select().from(storedFiles)).length,
});

beforeAll(async () => {
  env = await createTestApp();
  const signup = await signUpOrganisation(env.app, 'Northwind Careers');
  admin = signup.client;
  orgSlug = signup.organisation.slug;
  const template = (await admin.get('/api/v1/role-templates')).body.items[0];
  const blueprint = {
    ...template.blueprint,
    location: {
      ...template.blueprint.location,
      workplace: 'remote',
      country: 'US',
      remoteEligibility: ['US', 'CA'],
    },
  };
  const created = (await admin.post('/api/v1/blueprints', { blueprint })).body.blueprint;
  job = (await admin.post('/api/v1/jobs', { blueprintId: created.id })).body.job;
  await admin.patch(`/api/v1/jobs/${job.id}`, {
    screeningQuestions: [
      { id: 'visa', question: 'Do you need visa sponsorship?', kind: 'yes_no', required: true },
    ],
  });
  job = (await admin.post(`/api/v1/jobs/${job.id}/status`, { status: 'open' })).body.job;
});
afterAll(() => env.close());

describe('careers page', () => {
  it('lists open jobs, rendered on the server', async () => {
    const response = await env.app.inject({ url: `/careers/${orgSlug}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('Work at Northwind Careers');
    expect(response.body).toContain(`href="/careers/${orgSlug}/jobs/${job.slug}"`);
  });

  it('hides drafts and answers 404 for unknown organisations', async () => {
    expect((await env.app.inject({ url: '/careers/no-such-org' })).statusCode).toBe(404);
    expect((await env.app.inject({ url: `/careers/${orgSlug}/jobs/not-a-job` })).statusCode).toBe(404);
  });

  it('carries a complete schema.org JobPosting', async () => {
    const response = await env.app.inject({ url: `/careers/${orgSlug}/jobs/${job.slug}` });
    const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(response.body);
    const data = JSON.parse(match![1]!);
    expect(data['@context']).toBe('https://schema.org/');
    expect(data['@type']).toBe('JobPosting');
    expect(data.title).toBe(job.title);
    expect(data.description).toContain('<h2>What you will do</h2>');
    expect(data.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Date.parse(data.validThrough)).toBeGreaterThan(Date.parse(data.datePosted));
    expect(data.employmentType).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(FULL_TIME|CONTRACTOR)$/)]),
    );
    expect(data.hiringOrganization).toMatchObject({ '@type': 'Organization', name: 'Northwind Careers' });
    expect(data.jobLocationType).toBe('TELECOMMUTE');
    expect(data.applicantLocationRequirements).toEqual([
      { '@type': 'Country', name: 'US' },
      { '@type': 'Country', name: 'CA' },
    ]);
    expect(data.baseSalary['@type']).toBe('MonetaryAmount');
    expect(data.baseSalary.currency).toBe('USD');
    expect(data.baseSalary.value).toMatchObject({ '@type': 'QuantitativeValue', unitText: 'YEAR' });
    expect(data.baseSalary.value.maxValue).toBeGreaterThan(data.baseSalary.value.minValue);
    expect(data.directApply).toBe(true);
    expect(data.identifier).toMatchObject({ '@type': 'PropertyValue', value: job.id });
  });

  it('publishes an XML job feed and RSS that real XML parsers read', async () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const feed = await env.app.inject({ url: `/careers/${orgSlug}/jobs.xml` });
    expect(feed.headers['content-type']).toContain('application/xml');
    expect(XMLValidator.validate(feed.body)).toBe(true);
    const source = parser.parse(feed.body).source;
    expect(source.publisher).toBe('Northwind Careers');
    const entry = [source.job].flat()[0];
    for (const element of [
      'title',
      'date',
      'referencenumber',
      'url',
      'company',
      'city',
      'country',
      'description',
      'salary',
      'jobtype',
      'remote',
    ]) {
      expect(entry, element).toHaveProperty(element);
    }
    expect(entry.referencenumber).toBe(job.id);
    expect(entry.url).toBe(`http://hirebench.test/careers/${orgSlug}/jobs/${job.slug}`);
    expect(entry.remote).toBe('Fully remote');
    expect(entry.salary).toMatch(/\$[\d,]+ – \$[\d,]+ per year/);

    const rss = await env.app.inject({ url: `/careers/${orgSlug}/rss.xml` });
    expect(XMLValidator.validate(rss.body)).toBe(true);
    const channel = parser.parse(rss.body).rss.channel;
    expect([channel.item].flat()[0]).toMatchObject({ title: job.title, link: entry.url });
  });
});

describe('applying', () => {
  it('stores the candidate, the résumé and the application, with consent', async () => {
    const pdf = await makePdf(['Zoë Ångström', 'Backend engineer', 'Python, PostgreSQL, AWS']);
    const response = await apply(
      { ...validFields('zoe@example.org'), q_visa: 'no' },
      { filename: 'cv.pdf', content: pdf, type: 'application/pdf' },
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/careers/${orgSlug}/jobs/${job.slug}/applied`);

    const listed = (await admin.get(`/api/v1/jobs/${job.id}/applications`)).body.items;
    const application = listed.find(
      (item: { candidate: { email: string } }) => item.candidate.email === 'zoe@example.org',
    );
    expect(application.stage).toBe('applied');
    expect(application.candidate).toMatchObject({
      name: 'Zoë Ångström',
      links: {
        github: 'zoe-dev',
        linkedin: 'https://www.linkedin.com/in/zoe-angstrom',
        stackoverflow: 'https://stackoverflow.com/users/12345',
        website: 'https://zoe.dev/',
      },
    });
    expect(application.candidate.consentAt).not.toBeNull();
    expect(application.answers).toEqual([
      { questionId: 'visa', question: 'Do you need visa sponsorship?', answer: 'no' },
    ]);
    const download = await env.app.inject({
      url: `/api/v1/files/${application.resumeFileId}`,
      cookies: { hb_session: admin.cookie('hb_session')! },
    });
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it('accepts a Word document checked by its content', async () => {
    const docx = await makeDocx(['Sam Lee', 'Go and Kubernetes']);
    const response = await apply(
      { ...validFields('sam@example.org'), q_visa: 'yes' },
      { filename: 'resume.docx', content: docx, type: 'application/octet-stream' },
    );
    expect(response.statusCode).toBe(303);
  });

  it('refuses a file that only pretends to be a PDF, and stores nothing', async () => {
    const before = await countRows();
    const fake = Buffer.from('MZ this is an executable, not a résumé');
    const response = await apply(
      { ...validFields('fake@example.org'), q_visa: 'no' },
      { filename: 'cv.pdf', content: fake, type: 'application/pdf' },
    );
    expect(response.statusCode).toBe(415);
    expect(response.body).toContain('not a PDF or Word (DOCX) document');
    expect(response.body).toContain('value="fake@example.org"');
    expect(await countRows()).toEqual(before);
  });

  it('refuses a résumé over 10 MB with a clear message, and stores nothing', async () => {
    const before = await countRows();
    const pdf = await makePdf(['Big']);
    const huge = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024 + 10, 0x20)]);
    const response = await apply(
      { ...validFields('huge@example.org'), q_visa: 'no' },
      { filename: 'cv.pdf', content: huge, type: 'application/pdf' },
    );
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('larger than 10 MB');
    expect(await countRows()).toEqual(before);
  });

  it('lists every missing field and keeps what was typed', async () => {
    const before = await countRows();
    const response = await apply({ name: 'Kim', email: 'not-an-email', github: 'https://gitlab.com/x' });
    expect(response.statusCode).toBe(400);
    for (const message of [
      'valid e-mail',
      'GitHub username',
      'agree to the processing',
      'Attach your résumé',
      'Please answer this question',
    ]) {
      expect(response.body).toContain(message);
    }
    expect(response.body).toContain('value="Kim"');
    expect(await countRows()).toEqual(before);
  });

  it('quietly drops submissions that fill the honeypot', async () => {
    const before = await countRows();
    const pdf = await makePdf(['Bot']);
    const response = await apply(
      { ...validFields('bot@example.org'), q_visa: 'no', website_url: 'http://spam.example' },
      { filename: 'cv.pdf', content: pdf, type: 'application/pdf' },
    );
    expect(response.statusCode).toBe(200);
    expect(await countRows()).toEqual(before);
  });

  it('does not duplicate an application sent twice', async () => {
    const pdf = await makePdf(['Twice']);
    const file = { filename: 'cv.pdf', content: pdf, type: 'application/pdf' };
    await apply({ ...validFields('twice@example.org'), q_visa: 'no' }, file);
    const before = await countRows();
    expect((await apply({ ...validFields('TWICE@example.org'), q_visa: 'no' }, file)).statusCode).toBe(303);
    expect(await countRows()).toEqual(before);
  });

  it('rate-limits applications per IP address', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await env.app.inject({
        method: 'POST',
        url: `/careers/${orgSlug}/jobs/${job.slug}/apply`,
        ...(await multipartBody({ name: 'Spammer' })),
        remoteAddress: '10.99.99.99',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe('errors on public pages', () => {
  it('shows people a page, not JSON, when a form post is refused', async () => {
    const responses = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      responses.push(
        await env.app.inject({
          method: 'POST',
          url: `/careers/${orgSlug}/jobs/${job.slug}/apply`,
          ...(await multipartBody({ name: 'Again' })),
          headers: {
            ...(await multipartBody({ name: 'Again' })).headers,
            accept: 'text/html,application/xhtml+xml',
          },
          remoteAddress: '10.98.98.98',
        }),
      );
    }
    const limited = responses.at(-1)!;
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('text/html');
    expect(limited.body).toContain('Too many requests');
  });
});
