import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { emailTemplatesQuery, type Stage } from '../../api/pipeline';
import { useSession } from '../../layouts/session-context';
import { BulkActionModal, type BulkDialogProps, useBulkAction } from './bulk-action-modal';
import { EmailPreview } from './email-preview';
import { emailDelays, emailsGoOut, plural } from './pipeline-labels';

export function BulkEmailDialog({
  jobId,
  jobTitle,
  cards,
  stages,
  onClose,
}: BulkDialogProps & { jobTitle: string; stages: Stage[] }) {
  const session = useSession();
  const templates = useQuery(emailTemplatesQuery);
  const [templateKey, setTemplateKey] = useState<string | null>(null);
  const [delay, setDelay] = useState('0');
  const send = useBulkAction(jobId, cards, onClose);
  const template = templates.data?.find((item) => item.key === templateKey);
  const who = plural(cards.length, 'candidate', 'candidates');
  const firstStage = stages.find((stage) => stage.key === cards[0]?.stage);

  const submit = () => {
    if (!template) return;
    const delayHours = Number(delay);
    send.mutate({
      action: { action: 'email', email: { templateKey: template.key, delayHours } },
      describe: (affected) =>
        `“${template.name}” for ${plural(affected, 'candidate', 'candidates')}; ${emailsGoOut(affected, delayHours)}.`,
    });
  };

  return (
    <BulkActionModal
      title={`E-mail ${who}`}
      submitLabel={`E-mail ${who}`}
      pending={send.isPending}
      error={send.error ?? templates.error}
      canSubmit={Boolean(template)}
      onSubmit={submit}
      onClose={onClose}
    >
      <Select
        label="Template"
        description="Each candidate gets their own copy, with their name filled in."
        placeholder={templates.isPending ? 'Loading templates…' : 'Choose a template'}
        data={(templates.data ?? []).map((item) => ({ value: item.key, label: item.name }))}
        value={templateKey}
        onChange={setTemplateKey}
        data-autofocus
      />
      <Select
        label="When"
        data={emailDelays.map(({ value, label }) => ({ value, label }))}
        value={delay}
        onChange={(value) => setDelay(value ?? '0')}
        allowDeselect={false}
      />
      <EmailPreview
        template={template}
        values={{
          candidateName: cards[0]?.name ?? '',
          jobTitle,
          organisationName: session.organisation.name,
          senderName: session.user.name,
          stageName: firstStage?.name,
        }}
      />
    </BulkActionModal>
  );
}
