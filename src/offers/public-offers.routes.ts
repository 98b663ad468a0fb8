import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorHandler } from '../platform/http/error-handler.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import {
  acceptOffer,
  declineOffer,
  OfferLinkExpired,
  publicOffer,
  publicOfferLetter,
} from './offer-acceptance.service.ts';
import { sendLetterPdf } from './offer-pdf.ts';

const tokenParams = z.object({ token: z.string().min(10).max(200) });

/** An expired link is Gone (410), with words the candidate can act on; everything else as usual. */
function goneOnExpiry(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof OfferLinkExpired) {
    return reply.status(410).send({ error: { code: 'gone', message: error.message } });
  }
  return errorHandler(error, request, reply);
}

export function publicOffersRoutes(app: App, services: Services) {
  const tags = ['offers'];
  const read = { max: 60, timeWindow: '10 minutes' };
  // The token in the path is the only credential and no session is involved: nothing for CSRF to protect.
  const write = { access: 'public' as const, csrf: false, rateLimit: { max: 10, timeWindow: '10 minutes' } };

  app.get(
    '/public/offers/:token',
    {
      config: { access: 'public', rateLimit: read },
      errorHandler: goneOnExpiry,
      schema: {
        tags,
        summary:
          'For the candidate: the offer letter, the summary of terms and until when it can be accepted',
        params: tokenParams,
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return publicOffer(services, request.params.token);
    },
  );

  app.get(
    '/public/offers/:token/letter.pdf',
    {
      config: { access: 'public', rateLimit: read },
      errorHandler: goneOnExpiry,
      schema: { tags, summary: 'For the candidate: the offer letter as a PDF', params: tokenParams },
    },
    async (request, reply) => sendLetterPdf(reply, await publicOfferLetter(services, request.params.token)),
  );

  app.post(
    '/public/offers/:token/accept',
    {
      config: write,
      errorHandler: goneOnExpiry,
      schema: {
        tags,
        summary:
          'For the candidate: accept by typing their full name (the signature); time, IP and browser are recorded',
        params: tokenParams,
        body: z.object({ typedName: z.string().trim().min(1).max(200) }),
      },
    },
    async (request, reply) => {
      const result = await acceptOffer(services, request.params.token, {
        typedName: request.body.typedName,
        ip: request.ip ?? null,
        userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
      });
      return reply.status(201).send({ accepted: true, acceptedAt: result.offer.acceptedAt!.toISOString() });
    },
  );

  app.post(
    '/public/offers/:token/decline',
    {
      config: write,
      errorHandler: goneOnExpiry,
      schema: {
        tags,
        summary: 'For the candidate: decline, with a reason',
        params: tokenParams,
        body: z.object({ reason: z.string().trim().min(2).max(2000) }),
      },
    },
    async (request, reply) => {
      await declineOffer(services, request.params.token, {
        reason: request.body.reason,
        ip: request.ip ?? null,
      });
      return reply.status(201).send({ declined: true });
    },
  );
}
