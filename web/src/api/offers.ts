import { queryOptions } from '@tanstack/react-query';
import { api } from './client';

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
