import { queryOptions } from '@tanstack/react-query';
import type {
  ApprovalTrigger,
  BandCheck,
  OfferCost,
  OfferEngagement,
  OfferTerms,
  OfferTermsInput,
} from '../domain/offer-domain';
import { api } from './client';
import type { ItemList } from './types';

// Shapes from src/offers/offer-acceptance.service.ts (publicOffer) and src/offers/public-offers.routes.ts.

export type LetterBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] };

export type PublicOffer = {
  organisation: string;
  candidateName: string;
  jobTitle: string;
  engagement: 'full_time' | 'contract' | 'contract_to_hire' | 'paid_trial';
  title: string;
  letter: string;
  blocks: LetterBlock[];
  terms: { label: string; value: string }[];
  expiresAt: string;
};

const publicPath = (token: string) => `/public/offers/${encodeURIComponent(token)}`;

export const publicOfferQuery = (token: string) =>
  queryOptions({
    queryKey: ['public-offer', token],
    queryFn: () => api.get<PublicOffer>(publicPath(token)),
    retry: false,
  });

export const publicOfferPdfUrl = (token: string) => `/api/v1${publicPath(token)}/letter.pdf`;

export const acceptPublicOffer = (token: string, typedName: string) =>
  api.post<{ accepted: true; acceptedAt: string }>(`${publicPath(token)}/accept`, { typedName });

export const declinePublicOffer = (token: string, reason: string) =>
  api.post<{ declined: true }>(`${publicPath(token)}/decline`, { reason });

// ─── The team's side: src/offers/offers.routes.ts and offers.presenters.ts ─────────────────────────────

export type OfferStatus =
  | 'draft'
  | 'pending_approval'
  | 'approved'
  | 'sent'
  | 'accepted'
  | 'declined'
  | 'expired'
  | 'withdrawn';

type Person = { id: string; name: string };
type BandStatus = BandCheck['status'];

type OfferSummary = {
  id: string;
  applicationId: string;
  candidateId: string;
  jobId: string;
  engagement: OfferEngagement;
  status: OfferStatus;
  approvalRound: number;
  startDate: string;
  sentAt: string | null;
  expiresAt: string | null;
  acceptedAt: string | null;
  declinedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type OfferListItem = OfferSummary & {
  candidate: Person | null;
  job: { id: string; title: string } | null;
  cost: { total: number; currency: string; period: string };
  band: { status: BandStatus; message: string } | null;
  approval: {
    status: 'pending' | 'approved' | 'rejected';
    required: boolean;
    steps: number;
    approvedSteps: number;
    currentStep: string | null;
    waitingForYou: boolean;
  };
};

export type ApprovalDecisionView = {
  approver: Person;
  decision: 'approve' | 'reject';
  comment: string;
  decidedAt: string;
};

export type ApprovalStepView = {
  chainId: string;
  chainName: string;
  stepIndex: number;
  name: string;
  required: number;
  status: 'waiting' | 'pending' | 'approved' | 'rejected';
  approvers: Person[];
  approvals: ApprovalDecisionView[];
  rejection: ApprovalDecisionView | null;
};

export type OfferHistoryEntry = {
  action:
    | 'created'
    | 'updated'
    | 'approval_started'
    | 'approved_step'
    | 'rejected'
    | 'sent'
    | 'withdrawn'
    | 'accepted'
    | 'declined';
  at: string;
  actor: Person | null;
  comment: string | null;
  reason: string | null;
  expiresAt: string | null;
  round: number | null;
  approvedWithoutChain: boolean;
};

export type Offer = OfferSummary & {
  candidate: { id: string; name: string; email: string | null };
  job: { id: string; title: string; status: string };
  terms: OfferTerms;
  cost: OfferCost;
  band: BandCheck;
  approval: {
    status: 'pending' | 'approved' | 'rejected';
    required: boolean;
    current: {
      chainId: string;
      stepIndex: number;
      position: number;
      awaiting: Person[];
      stillNeeded: number;
    } | null;
    steps: ApprovalStepView[];
    rejectedBy: ApprovalDecisionView | null;
  };
  letter: { templateKey: string | null; customLetter: string | null; title: string; preview: string };
  acceptance: { typedName: string } | null;
  declinedReason: string | null;
  createdBy: Person | null;
  history: OfferHistoryEntry[];
};

export type ApprovalStep = { name: string; approverIds: string[]; required: number };

export type ApprovalChain = {
  id: string;
  name: string;
  appliesWhen: ApprovalTrigger;
  steps: ApprovalStep[];
  position: number;
  createdAt: string;
  updatedAt: string;
};

export type ApprovalChainValues = Pick<ApprovalChain, 'name' | 'appliesWhen' | 'steps'>;

const offerPath = (id: string) => `/offers/${encodeURIComponent(id)}`;

export const offersQuery = queryOptions({
  queryKey: ['offers', 'list'],
  queryFn: () => api.get<ItemList<OfferListItem>>('/offers').then((body) => body.items),
});

export const offerQuery = (id: string) =>
  queryOptions({
    queryKey: ['offers', id],
    queryFn: () => api.get<{ offer: Offer }>(offerPath(id)).then((body) => body.offer),
  });

export const offerPdfUrl = (id: string) => `/api/v1${offerPath(id)}/letter.pdf`;

export const createOffer = (applicationId: string, terms: OfferTermsInput) =>
  api
    .post<{ offer: Offer }>(`/applications/${encodeURIComponent(applicationId)}/offers`, { terms })
    .then((body) => body.offer);

export const updateOffer = (id: string, terms: OfferTermsInput) =>
  api.patch<{ offer: Offer; approvalRestarted: boolean }>(offerPath(id), { terms });

export const submitOfferForApproval = (id: string) =>
  api.post<{ offer: Offer }>(`${offerPath(id)}/submit-for-approval`).then((body) => body.offer);

export const decideOffer = (id: string, decision: 'approve' | 'reject', comment: string) =>
  api.post<{ offer: Offer }>(`${offerPath(id)}/approvals`, { decision, comment }).then((body) => body.offer);

export const sendOffer = (id: string, expiresInDays: number) =>
  api.post<{ offer: Offer }>(`${offerPath(id)}/send`, { expiresInDays }).then((body) => body.offer);

export const withdrawOffer = (id: string, reason: string) =>
  api.post<{ offer: Offer }>(`${offerPath(id)}/withdraw`, { reason }).then((body) => body.offer);

export const approvalChainsQuery = queryOptions({
  queryKey: ['approval-chains'],
  queryFn: () => api.get<ItemList<ApprovalChain>>('/approval-chains').then((body) => body.items),
});

export const createApprovalChain = (values: ApprovalChainValues & { position?: number }) =>
  api.post<{ chain: ApprovalChain }>('/approval-chains', values).then((body) => body.chain);

export const updateApprovalChain = (id: string, values: ApprovalChainValues & { position: number }) =>
  api
    .put<{ chain: ApprovalChain }>(`/approval-chains/${encodeURIComponent(id)}`, values)
    .then((body) => body.chain);

export const deleteApprovalChain = (id: string) => api.delete(`/approval-chains/${encodeURIComponent(id)}`);
