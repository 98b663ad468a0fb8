import { Button } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { offersQuery } from '../../api/offers';

type ApplicationOfferButtonProps = {
  applicationId: string;
  /** Whether a new offer may be started here (the candidate is in the Offer stage, or the team decided to hire). */
  canStart: boolean;
  size?: 'xs' | 'sm';
};

/** "Open the offer" when the application has one (the newest), otherwise "Make an offer" where it may start. */
export function ApplicationOfferButton({
  applicationId,
  canStart,
  size = 'xs',
}: ApplicationOfferButtonProps) {
  const offers = useQuery(offersQuery);
  const latest = offers.data?.find(
    (offer) =>
      offer.applicationId === applicationId && offer.status !== 'withdrawn' && offer.status !== 'declined',
  );
  if (latest) {
    return (
      <Button
        variant="light"
        size={size}
        leftSection={<IconHeartHandshake size={16} aria-hidden />}
        renderRoot={(props) => <Link {...props} to="/offers/$offerId" params={{ offerId: latest.id }} />}
      >
        Open the offer
      </Button>
    );
  }
  if (!canStart || offers.isPending) return null;
  return (
    <Button
      size={size}
      leftSection={<IconHeartHandshake size={16} aria-hidden />}
      renderRoot={(props) => (
        <Link {...props} to="/applications/$applicationId/offer" params={{ applicationId }} />
      )}
    >
      Make an offer
    </Button>
  );
}
