import { Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { IconDownload, IconPencil, IconSend, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import {
  type Offer,
  offerPdfUrl,
  sendOffer,
  submitOfferForApproval,
  withdrawOffer,
} from '../../../api/offers';
import { FormError } from '../../../components/form-error';
import { formatDate } from '../../../lib/format';

const DAY = 86_400_000;

function useOfferUpdate(offerId: string) {
  const queryClient = useQueryClient();
  return (updated: Offer) => {
    queryClient.setQueryData(['offers', offerId], updated);
    void queryClient.invalidateQueries({ queryKey: ['offers'] });
    void queryClient.invalidateQueries({ queryKey: ['candidates', updated.candidateId] });
  };
}

/** What the hiring team can do with the offer now: change, submit, send, withdraw, download. */
export function OfferActions({ offer }: { offer: Offer }) {
  const [dialog, setDialog] = useState<'send' | 'withdraw' | null>(null);
  const onUpdated = useOfferUpdate(offer.id);
  const submit = useMutation({ mutationFn: () => submitOfferForApproval(offer.id), onSuccess: onUpdated });
  const editable = ['draft', 'pending_approval', 'approved'].includes(offer.status);
  const sendable = offer.status === 'approved' || offer.status === 'sent' || offer.status === 'expired';
  const open = !['accepted', 'declined', 'expired', 'withdrawn'].includes(offer.status);
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs" justify="flex-end">
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          component="a"
          href={offerPdfUrl(offer.id)}
          download
        >
          Letter (PDF)
        </Button>
        {editable && (
          <Button
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
            renderRoot={(props) => (
              <Link {...props} to="/offers/$offerId/edit" params={{ offerId: offer.id }} />
            )}
          >
            Change terms
          </Button>
        )}
        {open && (
          <Button
            variant="default"
            color="red"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={() => setDialog('withdraw')}
          >
            Withdraw
          </Button>
        )}
        {offer.status === 'draft' && (
          <Button onClick={() => submit.mutate()} loading={submit.isPending}>
            Submit for approval
          </Button>
        )}
        {sendable && (
          <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => setDialog('send')}>
            {offer.status === 'approved' ? 'Send to the candidate' : 'Send a new link'}
          </Button>
        )}
      </Group>
      <FormError error={submit.error} />
      <SendDialog offer={offer} opened={dialog === 'send'} onClose={() => setDialog(null)} />
      <WithdrawDialog offer={offer} opened={dialog === 'withdraw'} onClose={() => setDialog(null)} />
    </Stack>
  );
}

type DialogProps = { offer: Offer; opened: boolean; onClose: () => void };

function SendDialog({ offer, opened, onClose }: DialogProps) {
  const [days, setDays] = useState<number | string>(14);
  const onUpdated = useOfferUpdate(offer.id);
  const send = useMutation({
    mutationFn: () => sendOffer(offer.id, Number(days)),
    onSuccess: (updated) => {
      onUpdated(updated);
      onClose();
    },
  });
  const valid = typeof days === 'number' && days >= 1 && days <= 60;
  return (
    <Modal opened={opened} onClose={onClose} title={`Send the offer to ${offer.candidate.name}`} centered>
      <Stack>
        <Text size="sm">
          {offer.candidate.email
            ? `${offer.candidate.name} gets an e-mail at ${offer.candidate.email} with a personal link to read the letter, download it and accept or decline.`
            : `${offer.candidate.name} has no e-mail address yet: add one to their profile first.`}
          {offer.status !== 'approved' && ' Sending again replaces the old link, which stops working.'}
        </Text>
        <NumberInput
          label="The link works for (days)"
          min={1}
          max={60}
          value={days}
          onChange={setDays}
          description={
            valid
              ? `Until ${formatDate(new Date(Date.now() + Number(days) * DAY).toISOString())}`
              : '1 to 60 days'
          }
        />
        <FormError error={send.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={send.isPending}>
            Cancel
          </Button>
          <Button onClick={() => send.mutate()} loading={send.isPending} disabled={!valid}>
            Send the offer
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function WithdrawDialog({ offer, opened, onClose }: DialogProps) {
  const [reason, setReason] = useState('');
  const onUpdated = useOfferUpdate(offer.id);
  const withdraw = useMutation({
    mutationFn: () => withdrawOffer(offer.id, reason),
    onSuccess: (updated) => {
      onUpdated(updated);
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title="Withdraw the offer" centered>
      <Stack>
        <Text size="sm">
          {offer.status === 'sent'
            ? `${offer.candidate.name}’s link stops working at once. They are not e-mailed: tell them yourself.`
            : 'The offer is closed and cannot be sent. You can make a new one later.'}
        </Text>
        <Textarea
          label="Why"
          description="Kept in the offer’s history."
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <FormError error={withdraw.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={withdraw.isPending}>
            Cancel
          </Button>
          <Button
            color="red"
            onClick={() => withdraw.mutate()}
            loading={withdraw.isPending}
            disabled={reason.trim().length < 2}
          >
            Withdraw the offer
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
