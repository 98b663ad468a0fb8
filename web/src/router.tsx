import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { jobQuery } from './api/jobs';
import { boardQuery } from './api/pipeline';
import { queryClient } from './api/query-client';
import { blueprintQuery } from './api/roles';
import { metaQuery, sessionQuery } from './api/session';
import { NotFound, RouteError, RoutePending } from './components/route-states';
import {
  validateImportSearch,
  validateNewCandidateSearch,
  validatePoolSearch,
  validateProfileSearch,
} from './routes/candidates/candidate-routes-search';
import { validateOnboardingSearch } from './routes/onboarding/onboarding-search';
import { boardFilters, validateBoardSearch } from './routes/pipeline/board-search';
import { type JobTab, jobTabs } from './routes/roles/jobs/job-tabs';
import { validateLetterTemplateSearch } from './routes/settings/offer-letter-templates/letter-template-search';

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

// Pages for signed-out people. Setup and login send someone who is already signed in to Home.

const redirectIfSignedIn = async ({ context }: { context: RouterContext }) => {
  if (await context.queryClient.ensureQueryData(sessionQuery)) throw redirect({ to: '/' });
};

const tokenSearch = (search: Record<string, unknown>): { token?: string } => ({
  token: typeof search.token === 'string' && search.token ? search.token : undefined,
});

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  beforeLoad: redirectIfSignedIn,
  loader: ({ context }) => context.queryClient.ensureQueryData(metaQuery),
  component: lazyRouteComponent(() => import('./routes/auth/setup-page'), 'SetupPage'),
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: typeof search.redirect === 'string' ? search.redirect : undefined,
  }),
  beforeLoad: async ({ context }) => {
    await redirectIfSignedIn({ context });
    // Nobody can log in before the first organisation exists.
    const meta = await context.queryClient.ensureQueryData(metaQuery);
    if (!meta.hasOrganisations) throw redirect({ to: '/setup' });
  },
  component: lazyRouteComponent(() => import('./routes/auth/login-page'), 'LoginPage'),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('./routes/auth/forgot-password-page'), 'ForgotPasswordPage'),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import('./routes/auth/reset-password-page'), 'ResetPasswordPage'),
});

const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import('./routes/auth/invite-page'), 'InvitePage'),
});

// Candidates and referees open these from an e-mailed link; the token in the path is the only credential.

const scheduleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/schedule/$token',
  component: lazyRouteComponent(() => import('./routes/public/schedule-page'), 'SchedulePage'),
});

const referenceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reference/$token',
  component: lazyRouteComponent(() => import('./routes/public/reference-page'), 'ReferencePage'),
});

const offerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/offer/$token',
  component: lazyRouteComponent(() => import('./routes/public/offer-page'), 'OfferPage'),
});

const exerciseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/exercise/$token',
  component: lazyRouteComponent(
    () => import('./routes/assessments/exercise-portal-page'),
    'ExercisePortalPage',
  ),
});

// Everything else needs a session. Signed-out people go to login, or to setup on a fresh install.

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    if (await context.queryClient.ensureQueryData(sessionQuery)) return;
    const meta = await context.queryClient.ensureQueryData(metaQuery);
    if (!meta.hasOrganisations) throw redirect({ to: '/setup' });
    throw redirect({ to: '/login', search: { redirect: location.href === '/' ? undefined : location.href } });
  },
  component: lazyRouteComponent(() => import('./layouts/app-layout'), 'AppLayout'),
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./routes/home/home-page'), 'HomePage'),
});

const rolesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/roles',
  component: lazyRouteComponent(() => import('./routes/roles/roles-page'), 'RolesPage'),
});

const newBlueprintRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/roles/new',
  validateSearch: (search: Record<string, unknown>): { template?: string } => ({
    template: typeof search.template === 'string' && search.template ? search.template : undefined,
  }),
  component: lazyRouteComponent(
    () => import('./routes/roles/new-blueprint/new-blueprint-page'),
    'NewBlueprintPage',
  ),
});

const blueprintRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/roles/blueprints/$blueprintId',
  // Prefetch only: the page itself explains a missing blueprint better than the error screen would.
  loader: ({ context, params }) => context.queryClient.prefetchQuery(blueprintQuery(params.blueprintId)),
  component: lazyRouteComponent(
    () => import('./routes/roles/blueprint-editor/blueprint-editor-page'),
    'BlueprintEditorPage',
  ),
});

const jobRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/roles/jobs/$jobId',
  validateSearch: (search: Record<string, unknown>): { tab?: JobTab } => ({
    tab: jobTabs.find((tab) => tab === search.tab),
  }),
  loader: ({ context, params }) => context.queryClient.ensureQueryData(jobQuery(params.jobId)),
  component: lazyRouteComponent(() => import('./routes/roles/jobs/job-page'), 'JobPage'),
});

const jobBoardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/roles/jobs/$jobId/board',
  validateSearch: validateBoardSearch,
  loaderDeps: ({ search }) => boardFilters(search),
  loader: ({ context, params, deps }) => {
    // Thousands of cards take the longest: their request starts alongside the job's, not after the page renders.
    void context.queryClient.prefetchQuery(boardQuery(params.jobId, deps));
    return context.queryClient.ensureQueryData(jobQuery(params.jobId));
  },
  component: lazyRouteComponent(() => import('./routes/pipeline/board-page'), 'BoardPage'),
});

const candidatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/candidates',
  validateSearch: validatePoolSearch,
  component: lazyRouteComponent(() => import('./routes/candidates/candidates-page'), 'CandidatesPage'),
});

const newCandidateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/candidates/new',
  validateSearch: validateNewCandidateSearch,
  component: lazyRouteComponent(
    () => import('./routes/candidates/new-candidate/new-candidate-page'),
    'NewCandidatePage',
  ),
});

const importCandidatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/candidates/import',
  validateSearch: validateImportSearch,
  component: lazyRouteComponent(
    () => import('./routes/candidates/import/import-page'),
    'ImportCandidatesPage',
  ),
});

const candidateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/candidates/$candidateId',
  validateSearch: validateProfileSearch,
  component: lazyRouteComponent(
    () => import('./routes/candidates/profile/candidate-profile-page'),
    'CandidateProfilePage',
  ),
});

const mergeCandidatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/candidates/$candidateId/merge/$otherId',
  component: lazyRouteComponent(() => import('./routes/candidates/merge/merge-page'), 'MergePage'),
});

const interviewsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/interviews',
  component: lazyRouteComponent(() => import('./routes/interviews/interviews-page'), 'InterviewsPage'),
});

const interviewKitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/interviews/$interviewId',
  component: lazyRouteComponent(() => import('./routes/interviews/kit-page'), 'KitPage'),
});

const debriefRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/applications/$applicationId/debrief',
  component: lazyRouteComponent(() => import('./routes/interviews/debrief-page'), 'DebriefPage'),
});

const questionBankRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/question-bank',
  component: lazyRouteComponent(
    () => import('./routes/settings/question-bank/question-bank-page'),
    'QuestionBankPage',
  ),
});

const assessmentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/assessments',
  component: lazyRouteComponent(() => import('./routes/assessments/assessments-page'), 'AssessmentsPage'),
});

const offersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/offers',
  component: lazyRouteComponent(() => import('./routes/offers/offers-page'), 'OffersPage'),
});

const onboardingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/onboarding',
  validateSearch: validateOnboardingSearch,
  component: lazyRouteComponent(() => import('./routes/onboarding/onboarding-page'), 'OnboardingPage'),
});

const onboardingPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/onboarding/$planId',
  component: lazyRouteComponent(() => import('./routes/onboarding/plan-page'), 'PlanPage'),
});

const offerDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/offers/$offerId',
  component: lazyRouteComponent(() => import('./routes/offers/offer-detail/offer-page'), 'OfferPage'),
});

const editOfferRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/offers/$offerId/edit',
  component: lazyRouteComponent(() => import('./routes/offers/offer-form/edit-offer-page'), 'EditOfferPage'),
});

const makeOfferRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/applications/$applicationId/offer',
  component: lazyRouteComponent(() => import('./routes/offers/offer-form/make-offer-page'), 'MakeOfferPage'),
});

const approvalChainsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/approval-chains',
  component: lazyRouteComponent(
    () => import('./routes/settings/approval-chains/approval-chains-page'),
    'ApprovalChainsPage',
  ),
});

const insightsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/insights',
  component: lazyRouteComponent(() => import('./routes/insights/insights-page'), 'InsightsPage'),
});

const teamRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/team',
  component: lazyRouteComponent(() => import('./routes/settings/team/team-page'), 'TeamPage'),
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/account',
  component: lazyRouteComponent(() => import('./routes/settings/account/account-page'), 'AccountPage'),
});

const emailTemplatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/email-templates',
  component: lazyRouteComponent(
    () => import('./routes/settings/email-templates/email-templates-page'),
    'EmailTemplatesPage',
  ),
});

const offerLetterTemplatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/offer-letter-templates',
  validateSearch: validateLetterTemplateSearch,
  component: lazyRouteComponent(
    () => import('./routes/settings/offer-letter-templates/offer-letter-templates-page'),
    'OfferLetterTemplatesPage',
  ),
});

const apiTokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/api-tokens',
  component: lazyRouteComponent(
    () => import('./routes/settings/api-tokens/api-tokens-page'),
    'ApiTokensPage',
  ),
});

const outboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/outbox',
  component: lazyRouteComponent(() => import('./routes/settings/outbox/outbox-page'), 'OutboxPage'),
});

const backgroundJobsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/background-jobs',
  component: lazyRouteComponent(
    () => import('./routes/settings/background-jobs/background-jobs-page'),
    'BackgroundJobsPage',
  ),
});

const planningSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/planning',
  component: lazyRouteComponent(
    () => import('./routes/settings/planning/planning-settings-page'),
    'PlanningSettingsPage',
  ),
});

const availabilityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/availability',
  component: lazyRouteComponent(
    () => import('./routes/settings/availability/availability-page'),
    'AvailabilityPage',
  ),
});

const settingsIndexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  beforeLoad: () => {
    throw redirect({ to: '/settings/team' });
  },
});

const routeTree = rootRoute.addChildren([
  setupRoute,
  loginRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  inviteRoute,
  scheduleRoute,
  referenceRoute,
  offerRoute,
  exerciseRoute,
  appRoute.addChildren([
    homeRoute,
    rolesRoute,
    newBlueprintRoute,
    blueprintRoute,
    jobRoute,
    jobBoardRoute,
    candidatesRoute,
    newCandidateRoute,
    importCandidatesRoute,
    candidateRoute,
    mergeCandidatesRoute,
    interviewsRoute,
    interviewKitRoute,
    debriefRoute,
    questionBankRoute,
    assessmentsRoute,
    offersRoute,
    offerDetailRoute,
    editOfferRoute,
    makeOfferRoute,
    approvalChainsRoute,
    onboardingRoute,
    onboardingPlanRoute,
    insightsRoute,
    teamRoute,
    accountRoute,
    emailTemplatesRoute,
    offerLetterTemplatesRoute,
    apiTokensRoute,
    outboxRoute,
    backgroundJobsRoute,
    planningSettingsRoute,
    availabilityRoute,
    settingsIndexRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // Route data lives in react-query; let it decide freshness.
  defaultPreloadStaleTime: 0,
  defaultPendingComponent: RoutePending,
  defaultErrorComponent: RouteError,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
