import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/support/test-services.ts';
import { hiringTeam } from '../interviews/test-fixtures.ts';
import { defaultOfferLetterTemplates } from './offer-letter.ts';
import { fullTimeTerms } from './test-fixtures.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
let team: Awaited<ReturnType<typeof hiringTeam>>;

const edited = {
  name: 'Full-time offer',
  engagement: 'full_time',
  title: 'Welcome to the team, {{candidate.firstName}}',
  body: 'Dear {{candidate.firstName}},\n\nWe offer you {{offer.baseSalary}} a year to join {{organisation.name}}.',
};

beforeAll(async () => {
  env = await createTestApp();
  team = await hiringTeam(env, 'Letter Co');
});
afterAll(() => env.close());

describe('offer letter templates', () => {
  it('reads a shipped default by key, with the variables its engagement model may use', async () => {
    const response = await team.recruiter.client.get('/api/v1/offer-letter-templates/default_contract');
    expect(response.status).toBe(200);
    expect(response.body.template).toMatchObject({
      key: 'default_contract',
      engagement: 'contract',
      body: defaultOfferLetterTemplates.contract.body,
      shipped: true,
      customised: false,
      updatedAt: null,
    });
    expect(response.body.variables).toContain('offer.rate');
    expect(response.body.variables).not.toContain('offer.baseSalary');
    expect(response.body.shippedText.body).toBe(defaultOfferLetterTemplates.contract.body);

    const missing = await team.recruiter.client.get('/api/v1/offer-letter-templates/no_such_letter');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    // Interviewers do not handle offers.
    expect((await team.alice.client.get('/api/v1/offer-letter-templates/default_contract')).status).toBe(403);
  });

  it('reads the edited copy of a default, and DELETE puts the shipped text back', async () => {
    const saved = await team.recruiter.client.put('/api/v1/offer-letter-templates/default_full_time', edited);
    expect(saved.status).toBe(200);
    const read = (await team.admin.client.get('/api/v1/offer-letter-templates/default_full_time')).body;
    expect(read.template).toMatchObject({ title: edited.title, shipped: true, customised: true });
    expect(read.template.updatedAt).toEqual(expect.any(String));
    expect(read.shippedText.title).toBe(defaultOfferLetterTemplates.full_time.title);

    // Hiring managers read templates but do not change them.
    const managerDelete = await team.hiringManager.client.delete(
      '/api/v1/offer-letter-templates/default_full_time',
    );
    expect(managerDelete.status).toBe(403);

    const reverted = await team.recruiter.client.delete('/api/v1/offer-letter-templates/default_full_time');
    expect(reverted.status).toBe(204);
    const back = (await team.admin.client.get('/api/v1/offer-letter-templates/default_full_time')).body;
    expect(back.template).toMatchObject({
      title: defaultOfferLetterTemplates.full_time.title,
      customised: false,
    });
    // Nothing left to revert.
    const again = await team.recruiter.client.delete('/api/v1/offer-letter-templates/default_full_time');
    expect(again.status).toBe(404);
  });

  it('keeps a shipped key on its own engagement model', async () => {
    const response = await team.admin.client.put('/api/v1/offer-letter-templates/default_full_time', {
      ...edited,
      engagement: 'contract',
      body: 'Dear {{candidate.firstName}}, your rate is {{offer.rate}}.',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('engagement');
  });

  it('deletes a template of its own, but not while an offer not yet answered uses it', async () => {
    const own = await team.admin.client.put('/api/v1/offer-letter-templates/senior_full_time', {
      ...edited,
      name: 'Senior full-time',
    });
    expect(own.status).toBe(200);
    await team.admin.client.post(`/api/v1/jobs/${team.job.id}/applications/bulk`, {
      action: 'move',
      applicationIds: [team.application.id],
      stage: 'offer',
    });
    const offer = await team.admin.client.post(`/api/v1/applications/${team.application.id}/offers`, {
      terms: fullTimeTerms(),
      letterTemplateKey: 'senior_full_time',
    });
    expect(offer.status).toBe(201);

    const refused = await team.admin.client.delete('/api/v1/offer-letter-templates/senior_full_time');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/An offer not yet answered uses this template/);

    await team.admin.client.post(`/api/v1/offers/${offer.body.offer.id}/withdraw`, { reason: 'Re-drafting' });
    const deleted = await team.admin.client.delete('/api/v1/offer-letter-templates/senior_full_time');
    expect(deleted.status).toBe(204);
    expect((await team.admin.client.get('/api/v1/offer-letter-templates/senior_full_time')).status).toBe(404);
    const list = (await team.admin.client.get('/api/v1/offer-letter-templates')).body;
    expect(list.items.map((item: { key: string }) => item.key)).not.toContain('senior_full_time');
  });
});
