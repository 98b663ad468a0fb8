import { Button, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import {
  type PublicReference,
  publicReferenceQuery,
  type ReferenceAnswers,
  submitPublicReference,
} from '../../api/scheduling';
import { FormError } from '../../components/form-error';
import { PublicPage } from '../../components/public-page';
import { LoadingState } from '../../components/query-states';

const route = getRouteApi('/reference/$token');

/** The referee's page: a handful of specific questions about working with the candidate. No account needed. */
export function ReferencePage() {
  const { token } = route.useParams();
  const lookup = useQuery(publicReferenceQuery(token));
  const [sentFor, setSentFor] = useState<PublicReference | null>(null);

  if (sentFor) {
    return (
      <PublicPage
        brand={sentFor.organisation}
        title="Thank you"
        description={`Your answers about ${sentFor.candidateName} have reached ${sentFor.organisation}. You can close this page.`}
      >
        {false}
      </PublicPage>
    );
  }
  if (lookup.isError) {
    const status = lookup.error instanceof ApiError ? lookup.error.status : 0;
    const [title, description] =
      status === 409
        ? ['This reference has already been given', 'Thank you — your answers were received earlier.']
        : status === 404
          ? ['This link no longer works', errorMessage(lookup.error)]
          : ['We could not open the questions', errorMessage(lookup.error)];
    return (
      <PublicPage title={title} description={description}>
        {false}
      </PublicPage>
    );
  }
  if (!lookup.data) {
    return (
      <PublicPage title="Opening the questions">
        <LoadingState label="Opening the questions" />
      </PublicPage>
    );
  }
  return <ReferenceForm token={token} reference={lookup.data} onSent={() => setSentFor(lookup.data)} />;
}

const empty: ReferenceAnswers = {
  deadlinesMet: '',
  technicalDisagreements: '',
  problemsFlaggedEarly: '',
  wouldWorkAgain: '' as ReferenceAnswers['wouldWorkAgain'],
  wouldWorkAgainWhy: '',
  comments: '',
};

const required: (keyof ReferenceAnswers)[] = [
  'deadlinesMet',
  'technicalDisagreements',
  'problemsFlaggedEarly',
  'wouldWorkAgain',
];

function ReferenceForm({
  token,
  reference,
  onSent,
}: {
  token: string;
  reference: PublicReference;
  onSent: () => void;
}) {
  const [answers, setAnswers] = useState<ReferenceAnswers>(empty);
  const [missing, setMissing] = useState<Partial<Record<keyof ReferenceAnswers, string>>>({});
  const submit = useMutation({ mutationFn: () => submitPublicReference(token, answers), onSuccess: onSent });
  const question = (key: keyof ReferenceAnswers) =>
    reference.questions.find((entry) => entry.key === key)?.question ?? key;
  const set = (key: keyof ReferenceAnswers) => (value: string) => {
    setAnswers((current) => ({ ...current, [key]: value }));
    setMissing((current) => ({ ...current, [key]: undefined }));
  };
  const serverErrors = submit.error instanceof ApiError ? submit.error.fieldErrors : {};
  const errorFor = (key: keyof ReferenceAnswers) => missing[key] ?? serverErrors[key];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems: typeof missing = {};
    for (const key of required) {
      if (!answers[key].trim()) problems[key] = 'Please answer this question.';
    }
    setMissing(problems);
    if (Object.keys(problems).length === 0) submit.mutate();
  };

  const long = (key: keyof ReferenceAnswers, optional = false) => (
    <Textarea
      label={question(key)}
      description={optional ? 'Optional' : undefined}
      required={!optional}
      autosize
      minRows={3}
      maxLength={4000}
      value={answers[key]}
      onChange={(event) => set(key)(event.currentTarget.value)}
      error={errorFor(key)}
    />
  );

  return (
    <PublicPage
      width={620}
      brand={reference.organisation}
      title={`A reference for ${reference.candidateName}`}
      description={`Hi ${reference.refereeName.split(/\s+/)[0]}, ${reference.candidateName} named you (${reference.relationship}) as someone who worked with them. A few honest sentences per question are plenty — it takes about ten minutes. Only the hiring team at ${reference.organisation} reads your answers.`}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          {long('deadlinesMet')}
          {long('technicalDisagreements')}
          {long('problemsFlaggedEarly')}
          <Radio.Group
            label={question('wouldWorkAgain')}
            required
            value={answers.wouldWorkAgain}
            onChange={set('wouldWorkAgain')}
            error={errorFor('wouldWorkAgain')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="yes" label="Yes" />
              <Radio value="maybe" label="Maybe" />
              <Radio value="no" label="No" />
            </Stack>
          </Radio.Group>
          {long('wouldWorkAgainWhy', true)}
          {long('comments', true)}
          {Object.values(missing).some(Boolean) && (
            <Text c="red.8" size="sm" role="alert">
              Please answer the questions marked above.
            </Text>
          )}
          <FormError error={submit.error} />
          <Button type="submit" loading={submit.isPending} size="md">
            Send my answers
          </Button>
        </Stack>
      </form>
    </PublicPage>
  );
}
