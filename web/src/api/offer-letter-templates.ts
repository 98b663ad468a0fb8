import { queryOptions } from '@tanstack/react-query';
import type { OfferEngagement, OfferLetterTemplate } from '../domain/offer-letter-domain';
import { api } from './client';

// Shapes from src/offers/offers.routes.ts (letter templates).

/** The organisation's own copy of a template (a shipped default's key, or one of its own). */
export type SavedLetterTemplate = OfferLetterTemplate & { updatedAt: string };

type LetterTemplateList = { items: SavedLetterTemplate[]; defaults: OfferLetterTemplate[] };

/** One row of the templates list: a shipped default (edited or not) or a template the organisation made. */
export type LetterTemplateEntry = OfferLetterTemplate & {
  shipped: boolean;
  customised: boolean;
  updatedAt: string | null;
};

export const letterTemplatesQuery = queryOptions({
  queryKey: ['offer-letter-templates'],
  queryFn: async (): Promise<LetterTemplateEntry[]> => {
    const { items, defaults } = await api.get<LetterTemplateList>('/offer-letter-templates');
    const own = new Map(items.map((item) => [item.key, item]));
    const shippedKeys = new Set(defaults.map((template) => template.key));
    return [
      ...defaults.map((template) => {
        const copy = own.get(template.key);
        return {
          ...(copy ?? template),
          shipped: true,
          customised: !!copy,
          updatedAt: copy?.updatedAt ?? null,
        };
      }),
      ...items
        .filter((item) => !shippedKeys.has(item.key))
        .sort((left, right) => left.name.localeCompare(right.name))
        .map((item) => ({ ...item, shipped: false, customised: true })),
    ];
  },
});

export type LetterTemplateDetail = {
  template: LetterTemplateEntry;
  variables: string[];
  /** The shipped text for a default's key; null for the organisation's own templates. */
  shippedText: OfferLetterTemplate | null;
};

const templatePath = (key: string) => `/offer-letter-templates/${encodeURIComponent(key)}`;

export const letterTemplateQuery = (key: string) =>
  queryOptions({
    queryKey: ['offer-letter-templates', key],
    queryFn: () => api.get<LetterTemplateDetail>(templatePath(key)),
    retry: false,
  });

export const saveLetterTemplate = (
  key: string,
  template: { name: string; engagement: OfferEngagement; title: string; body: string },
) => api.put<{ template: OfferLetterTemplate }>(templatePath(key), template).then((body) => body.template);

/** Back to the shipped text for a default's key; gone for a template the organisation made. */
export const deleteLetterTemplate = (key: string) => api.delete(templatePath(key));
