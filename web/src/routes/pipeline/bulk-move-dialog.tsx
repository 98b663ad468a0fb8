import { Checkbox, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { emailTemplatesQuery, type Stage } from '../../api/pipeline';
import { useSession } from '../../layouts/session-context';
import { BulkActionModal, type BulkDialogProps, useBulkAction } from './bulk-action-modal';
import { EmailPreview } from './email-preview';
import { plural } from './pipeline-labels';

export function BulkMoveDialog({
  jobId,
  jobTitle,
  cards,
  stages,
  onClose,
}: BulkDialogProps & { jobTitle: string; stages: Stage[] }) {
  const session = useSession();
  const templates = useQuery(emailTemplatesQuery);
  const [stageKey, setStageKey] = useState<string | null>(null);
  const [invite, setInvite] = useState(false);
  const move = useBulkAction(jobId, cards, onClose);
  const stage = stages.find((candidate) => candidate.key === stageKey);
  const who = plural(cards.length, 'candidate', 'candidates');

  const submit = () => {
    if (!stage) return;
    move.mutate({
      action: {
        action: 'move',
        stage: stage.key,
        ...(invite ? { email: { templateKey: 'stage_invitation', delayHours: 0 } } : {}),
      },
      describe: (affected) =>
        `${plural(affected, 'candidate', 'candidates')} moved to ${stage.name}${invite ? '; invitations go out now' : ''}.`,
    });
  };

  return (
    <BulkActionModal
      title={`Move ${who}`}
      submitLabel={stage ? `Move to ${stage.name}` : 'Move'}
      pending={move.isPending}
      error={move.error}
      canSubmit={Boolean(stage)}
      onSubmit={submit}
      onClose={onClose}
    >
      <Select
        label="Stage"
        placeholder="Choose a stage"
        data={stages.map((item) => ({ value: item.key, label: item.name }))}
        value={stageKey}
        onChange={setStageKey}
        data-autofocus
      />
      <Checkbox
        label="Send the “Invitation to the next step” e-mail"
        description="Tells each candidate which step comes next; you follow up with the details."
        checked={invite}
        onChange={(event) => setInvite(event.currentTarget.checked)}
      />
      {invite && (
        <EmailPreview
          template={templates.data?.find((template) => template.key === 'stage_invitation')}
          values={{
            candidateName: cards[0]?.name ?? '',
            jobTitle,
            organisationName: session.organisation.name,
            senderName: session.user.name,
            stageName: stage?.name ?? 'the next step',
          }}
        />
      )}
    </BulkActionModal>
  );
}
