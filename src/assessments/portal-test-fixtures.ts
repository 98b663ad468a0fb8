// The candidate's side of an exercise in API tests: the link is sent, the clock started and work uploaded through
// the public portal routes, as the candidate's browser would.
import { expect } from 'vitest';
import { ApiClient, uniqueIp } from '../../test/support/api-client.ts';
import { multipartBody } from '../../test/support/documents.ts';
import type { createTestApp } from '../../test/support/test-services.ts';

type Env = Awaited<ReturnType<typeof createTestApp>>;

/** Sends `exerciseId` for the application and presses Start; returns the invitation, the token and the portal. */
export async function sendAndStart(env: Env, sender: ApiClient, applicationId: string, exerciseId: string) {
  const sent = await sender.post(`/api/v1/applications/${applicationId}/exercise-invitations`, {
    exerciseId,
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  const token = /\/exercise\/(\S+)$/.exec(sent.body.url)![1]!;
  const started = await new ApiClient(env.app, { ip: uniqueIp() }).raw(
    'POST',
    `/api/v1/public/exercises/${token}/start`,
    { csrf: false },
  );
  expect(started.statusCode).toBe(200);
  return { invitationId: sent.body.invitation.id as string, token, portal: started.json() };
}

/** Uploads one file as the portal's form does. */
export async function uploadToPortal(
  env: Env,
  token: string,
  file: { filename: string; content: Buffer; type?: string },
) {
  const form = await multipartBody(
    {},
    {
      file: { filename: file.filename, content: file.content, type: file.type ?? 'application/octet-stream' },
    },
  );
  const response = await env.app.inject({
    method: 'POST',
    url: `/api/v1/public/exercises/${token}/submission`,
    ...form,
    remoteAddress: uniqueIp(),
  });
  return { status: response.statusCode, body: response.json() };
}
