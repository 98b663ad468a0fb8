import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, uniqueEmail } from '../../../test/support/api-client.ts';
import { createTestApp } from '../../../test/support/test-services.ts';

const received: { to: string[]; raw: string }[] = [];
let smtp: SMTPServer;
let port: number;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk) => {
        raw += chunk;
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

describe('mail', () => {
  it('keeps messages in the outbox when no SMTP server is configured', async () => {
    const env = await createTestApp();
    const { client } = await signUpOrganisation(env.app);
    const email = uniqueEmail('offline');
    await client.post('/api/v1/invites', { email, role: 'interviewer' });
    const queued = (await client.get('/api/v1/outbox')).body.items[0];
    expect(queued).toMatchObject({ to: [email], status: 'queued' });
    await env.services.queue.drain();
    const stored = (await client.get(`/api/v1/outbox/${queued.id}`)).body.message;
    expect(stored.status).toBe('stored');
    expect(stored.html).toContain('<a href="http://hirebench.test/invite?token=');
    await env.close();
  });

  it('delivers over SMTP when configured, and records it as sent', async () => {
    const env = await createTestApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Hiring <hiring@acme.test>',
    });
    const { client } = await signUpOrganisation(env.app);
    const email = uniqueEmail('smtp');
    await client.post('/api/v1/invites', { email, role: 'recruiter' });
    await env.services.queue.drain();
    const delivered = received.find((message) => message.to.includes(email));
    expect(delivered?.raw).toMatch(/Subject: .*invited you to/);
    expect(delivered?.raw).toContain('From: Hiring <hiring@acme.test>');
    const message = (await client.get('/api/v1/outbox')).body.items[0];
    expect(message.status).toBe('sent');
    await env.close();
  });

  it('retries when the SMTP server is unreachable and shows the error', async () => {
    const env = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:1' });
    const { client } = await signUpOrganisation(env.app);
    await client.post('/api/v1/invites', { email: uniqueEmail('down'), role: 'recruiter' });
    await env.services.queue.drain();
    const message = (await client.get('/api/v1/outbox')).body.items[0];
    expect(message.status).toBe('failed');
    const jobs = (await client.get('/api/v1/background-jobs?status=queued')).body.items;
    expect(jobs[0]).toMatchObject({
      type: 'mail.send',
      attempts: 1,
      lastError: expect.stringMatching(/ECONNREFUSED|connect/i),
    });
    await env.close();
  });
});
