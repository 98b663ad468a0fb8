import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { todayQuery, todaySchema } from './today.contract.ts';
import { todayFor } from './today.service.ts';

export function todayRoutes(app: App, services: Services) {
  app.get(
    '/today',
    {
      // Everyone has a list; each section is scoped to what the caller's role lets them do (see today.ts).
      config: { access: 'signed-in' },
      schema: {
        tags: ['today'],
        summary:
          "What needs you today: offers waiting for your approval, your scorecards and today's interviews, hand-ins to review, your onboarding items, stalled candidates and new applications in the jobs you look after",
        querystring: todayQuery,
        response: { 200: todaySchema },
      },
    },
    async (request) => todayFor(services.db, authOf(request), request.query.timeZone),
  );
}
