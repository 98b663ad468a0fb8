import { accountRoutes } from './accounts/account.routes.ts';
import { authRoutes } from './accounts/auth.routes.ts';
import { teamRoutes } from './accounts/team.routes.ts';
import { demoRoutes } from './demo/demo.routes.ts';
import type { RouteModule } from './platform/http/app.ts';
import { jobsRoutes } from './platform/jobs/jobs.routes.ts';
import { outboxRoutes } from './platform/mail/outbox.routes.ts';

/** Every capability's HTTP routes, mounted under /api/v1. */
export const routeModules: RouteModule[] = [
  authRoutes,
  accountRoutes,
  teamRoutes,
  outboxRoutes,
  jobsRoutes,
  demoRoutes,
];
