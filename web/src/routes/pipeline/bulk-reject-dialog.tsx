import { Checkbox, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { emailTemplatesQuery, rejectionReasonsQuery } from '../../api/pipeline';
import { useSession } from '../../layouts/session-context';
import { BulkActionModal, type BulkDialogProps, useBulkAction } from './bulk-action-modal';
import { EmailPreview } from './email-preview';
import { emailDelays, emailsGoOut, plural } from './pipeline-labels';

export function BulkRejectDialog({
  jobId,
  jobTitle,
  cards,
  onClose,
}: BulkDialogProps & { jobTitle: string }) {
  const session = useSession();
  const reasons = useQuery(rejectionReasonsQuery);
  const templates = useQuery(emailTemplatesQuery);
  const [reason, setReason] = useState<string | null>(null);
  const [sendEmail, setSendEmail] = useState(true);
  // A day's pause keeps the e-mail from reading like an automatic reply to the application.
  const [delay, setDelay] = useState('24');
  const reject = useBulkAction(jobId, cards, onClose);
  const who = plural(cards.length, 'candidate', 'candidates');

  const submit = () => {
    if (!reason) return;
    const delayHours = Number(delay);
    reject.mutate({
      action: {
        action: 'reject',
        reason,
        ...(sendEmail ? { email: { templateKey: 'rejection', delayHours } } : {}),
      },
      describe: (affected) =>
        `${plural(affected, 'candidate', 'candidates')} rejected${sendEmail ? `; ${emailsGoOut(affected, delayHours)}` : '; no e-mail sent'}.`,
    });
  };

  return (
    <BulkActionModal
      title={`Reject ${who}`}
      submitLabel={`Reject ${who}`}
      destructive
      pending={reject.isPending}
      error={reject.error ?? reasons.error}
      canSubmit={Boolean(reason)}
      onSubmit={submit}
      onClose={onClose}
    >
      <Select
        label="Reason"
        description="Kept with each application for your reports; the candidate does not see it."
        placeholder={reasons.isPending ? 'Loading reasons…' : 'Choose a reason'}
        data={(reasons.data ?? []).map((item) => ({ value: item.code, label: item.label }))}
        value={reason}
        onChange={setReason}
        data-autofocus
      />
      <Checkbox
        label="Send the rejection e-mail"
        checked={sendEmail}
        onChange={(event) => setSendEmail(event.currentTarget.checked)}
      />
      {sendEmail && (
        <>
          <Select
            label="When"
            data={emailDelays.map(({ value, label }) => ({ value, label }))}
            value={delay}
            onChange={(value) => setDelay(value ?? '0')}
            allowDeselect={false}
          />
          <EmailPreview
            template={templates.data?.find((template) => template.key === 'rejection')}
            values={{
              candidateName: cards[0]?.name ?? '',
              jobTitle,
              organisationName: session.organisation.name,
              senderName: session.user.name,
            }}
          />
        </>
      )}
    </BulkActionModal>
  );
}
