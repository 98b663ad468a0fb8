import { accountRoutes } from './accounts/account.routes.ts';
import { authRoutes } from './accounts/auth.routes.ts';
import { teamRoutes } from './accounts/team.routes.ts';
import { assessmentsRoutes } from './assessments/assessments.routes.ts';
import { exercisePortalRoutes } from './assessments/exercise-portal.routes.ts';
import { orgExercisesRoutes } from './assessments/org-exercises/org-exercises.routes.ts';
import { reviewsRoutes } from './assessments/reviews.routes.ts';
import { applicationsRoutes } from './candidates/applications.routes.ts';
import { candidatesRoutes } from './candidates/candidates.routes.ts';
import { emailTemplatesRoutes } from './candidates/email-templates.routes.ts';
import { candidateImportRoutes } from './candidates/import/import.routes.ts';
import { intakeRoutes } from './candidates/intake.routes.ts';
import { careersRoutes } from './careers/careers.routes.ts';
import { demoRoutes } from './demo/demo.routes.ts';
import { interviewsRoutes } from './interviews/interviews.routes.ts';
import { questionBankRoutes } from './interviews/question-bank.routes.ts';
import { referencesRoutes } from './interviews/references.routes.ts';
import { selfSchedulingRoutes } from './interviews/self-scheduling.routes.ts';
import { engagementsRoutes } from './offers/engagements.routes.ts';
import { offersRoutes } from './offers/offers.routes.ts';
import { publicOffersRoutes } from './offers/public-offers.routes.ts';
import { onboardingRoutes } from './onboarding/onboarding.routes.ts';
import { pipelineRoutes } from './pipeline/pipeline.routes.ts';
import { planningRoutes } from './planning/planning.routes.ts';
import type { RouteModule } from './platform/http/app.ts';
import { backgroundJobsRoutes } from './platform/jobs/jobs.routes.ts';
import { outboxRoutes } from './platform/mail/outbox.routes.ts';
import { privacyRoutes } from './privacy/privacy.routes.ts';
import { jobsRoutes } from './roles/jobs.routes.ts';
import { rolesRoutes } from './roles/roles.routes.ts';
import { todayRoutes } from './today/today.routes.ts';

/** Every capability's HTTP routes, mounted under /api/v1. */
export const routeModules: RouteModule[] = [
  authRoutes,
  accountRoutes,
  teamRoutes,
  rolesRoutes,
  jobsRoutes,
  applicationsRoutes,
  candidatesRoutes,
  intakeRoutes,
  candidateImportRoutes,
  emailTemplatesRoutes,
  pipelineRoutes,
  interviewsRoutes,
  questionBankRoutes,
  selfSchedulingRoutes,
  referencesRoutes,
  offersRoutes,
  publicOffersRoutes,
  onboardingRoutes,
  engagementsRoutes,
  assessmentsRoutes,
  orgExercisesRoutes,
  exercisePortalRoutes,
  reviewsRoutes,
  planningRoutes,
  privacyRoutes,
  outboxRoutes,
  backgroundJobsRoutes,
  demoRoutes,
  todayRoutes,
];

/** Public server-rendered pages, mounted at the root. */
export const pageModules: RouteModule[] = [careersRoutes];
