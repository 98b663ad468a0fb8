import { Anchor, Button, Divider, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import {
  acceptPublicOffer,
  declinePublicOffer,
  type PublicOffer,
  publicOfferPdfUrl,
  publicOfferQuery,
} from '../../api/offers';
import { FormError } from '../../components/form-error';
import { LetterBody } from '../../components/letter-body';
import { PublicPage } from '../../components/public-page';
import { LoadingState } from '../../components/query-states';

const route = getRouteApi('/offer/$token');

type Outcome = { kind: 'accepted' | 'declined'; offer: PublicOffer };

/** The candidate's offer: the letter, the terms, and accepting by typing their name — or declining. */
export function OfferPage() {
  const { token } = route.useParams();
  const lookup = useQuery(publicOfferQuery(token));
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (outcome) {
    return (
      <PublicPage
        brand={outcome.offer.organisation}
        title={outcome.kind === 'accepted' ? 'Welcome aboard!' : 'Thank you for letting us know'}
        description={
          outcome.kind === 'accepted'
            ? `You accepted the offer for ${outcome.offer.jobTitle}. The team has been told, and your first weeks are being planned — you will hear from them soon.`
            : `You declined the offer for ${outcome.offer.jobTitle}. The team has been told. We wish you well.`
        }
      >
        {false}
      </PublicPage>
    );
  }
  if (lookup.isError) {
    const status = lookup.error instanceof ApiError ? lookup.error.status : 0;
    const [title, description] =
      status === 410
        ? ['This offer has expired', errorMessage(lookup.error)]
        : status === 409
          ? ['You have already answered this offer', errorMessage(lookup.error)]
          : status === 404
            ? ['This link no longer works', errorMessage(lookup.error)]
            : ['We could not open the offer', errorMessage(lookup.error)];
    return (
      <PublicPage title={title} description={description}>
        {false}
      </PublicPage>
    );
  }
  if (!lookup.data) {
    return (
      <PublicPage title="Opening your offer">
        <LoadingState label="Opening your offer" />
      </PublicPage>
    );
  }
  const offer = lookup.data;
  return (
    <PublicPage
      brand={offer.organisation}
      title={offer.title}
      description={`For ${offer.candidateName} · answer by ${new Date(offer.expiresAt).toLocaleDateString(undefined, { dateStyle: 'long' })}`}
      width={720}
    >
      <Stack gap="md">
        <Letter offer={offer} />
        <Anchor href={publicOfferPdfUrl(token)} size="sm">
          <Group gap={4}>
            <IconDownload size={16} aria-hidden /> Download the letter (PDF)
          </Group>
        </Anchor>
        <Divider />
        <Accept token={token} offer={offer} onDone={(kind) => setOutcome({ kind, offer })} />
      </Stack>
    </PublicPage>
  );
}

function Letter({ offer }: { offer: PublicOffer }) {
  return <LetterBody blocks={offer.blocks} terms={offer.terms} />;
}

function Accept({
  token,
  offer,
  onDone,
}: {
  token: string;
  offer: PublicOffer;
  onDone: (kind: 'accepted' | 'declined') => void;
}) {
  const [typedName, setTypedName] = useState('');
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const accept = useMutation({
    mutationFn: () => acceptPublicOffer(token, typedName),
    onSuccess: () => onDone('accepted'),
  });
  const decline = useMutation({
    mutationFn: () => declinePublicOffer(token, reason),
    onSuccess: () => onDone('declined'),
  });

  if (declining) {
    return (
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          decline.mutate();
        }}
      >
        <Stack gap="sm">
          <Textarea
            label="Would you tell us why?"
            description="It helps the team; a sentence is plenty."
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
          />
          <FormError error={decline.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeclining(false)}>
              Back
            </Button>
            <Button color="red" type="submit" loading={decline.isPending}>
              Decline the offer
            </Button>
          </Group>
        </Stack>
      </form>
    );
  }
  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        accept.mutate();
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="To accept, type your full name"
          description={`As it appears on the offer: ${offer.candidateName}. This is your signature; the time is recorded.`}
          value={typedName}
          onChange={(event) => setTypedName(event.currentTarget.value)}
          autoComplete="name"
          required
          error={accept.error instanceof ApiError ? accept.error.fieldErrors.typedName : undefined}
        />
        {!(accept.error instanceof ApiError && accept.error.fieldErrors.typedName) && (
          <FormError error={accept.error} />
        )}
        <Group justify="space-between">
          <Anchor component="button" type="button" size="sm" onClick={() => setDeclining(true)}>
            Decline the offer
          </Anchor>
          <Button type="submit" loading={accept.isPending} disabled={!typedName.trim()}>
            Accept the offer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
