import type { OfferStatus } from '../../api/offers';
import type { BandCheck } from '../../domain/offer-domain';

// Plain words and colours for an offer's status and band check, shared by the list, the detail and the form.

export const offerStatusLabels: Record<OfferStatus, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  pending_approval: { label: 'Awaiting approval', color: 'yellow' },
  approved: { label: 'Approved, not sent', color: 'teal' },
  sent: { label: 'Sent', color: 'blue' },
  accepted: { label: 'Accepted', color: 'green' },
  declined: { label: 'Declined', color: 'red' },
  expired: { label: 'Expired', color: 'orange' },
  withdrawn: { label: 'Withdrawn', color: 'gray' },
};

export const bandLabels: Record<BandCheck['status'], { label: string; short: string; color: string }> = {
  below: { label: 'Below the band', short: 'Below', color: 'orange' },
  within: { label: 'Within the band', short: 'Within', color: 'teal' },
  above: { label: 'Above the band', short: 'Above', color: 'red' },
  no_range: { label: 'No band set', short: 'No band', color: 'gray' },
  not_comparable: { label: 'Other currency', short: 'Other currency', color: 'orange' },
};
