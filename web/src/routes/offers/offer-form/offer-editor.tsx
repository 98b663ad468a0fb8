import { Alert, Box, Button, Grid, Group, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type ReactNode, useMemo, useState } from 'react';
import { ApiError } from '../../../api/client';
import type { PlanningAssumptions } from '../../../api/planning';
import { FormError } from '../../../components/form-error';
import type { Blueprint } from '../../../domain/hiring-domain';
import { bandCheck, type OfferTerms, offerCost } from '../../../domain/offer-domain';
import { OfferCostPanel } from '../offer-cost-panel';
import { type OfferFormState, parseTerms, serverFieldErrors, termsForPreview } from './offer-form-state';
import { OfferTermsFields } from './offer-terms-fields';

export type EditorAction = {
  label: string;
  variant?: 'filled' | 'default';
  onSave: (terms: OfferTerms) => void;
};

type OfferEditorProps = {
  initial: OfferFormState;
  blueprint: Blueprint;
  assumptions: PlanningAssumptions;
  actions: EditorAction[];
  pending: boolean;
  error: unknown;
  /** Shown above the buttons for the terms as typed, e.g. whether saving restarts approval. */
  notice?: (terms: OfferTerms | null) => ReactNode;
};

/**
 * The offer's terms beside their first-year cost and band check, recomputed on every keystroke with the very
 * functions the server uses (src/offers/offer-terms.ts), so the figures do not change on save.
 */
export function OfferEditor({
  initial,
  blueprint,
  assumptions,
  actions,
  pending,
  error,
  notice,
}: OfferEditorProps) {
  const [state, setState] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const preview = useMemo(() => termsForPreview(state), [state]);
  const cost = useMemo(() => (preview ? offerCost(preview, assumptions) : null), [preview, assumptions]);
  const band = useMemo(() => (preview ? bandCheck(preview, blueprint) : null), [preview, blueprint]);
  const serverErrors = error instanceof ApiError ? serverFieldErrors(error.fieldErrors) : {};
  const shownErrors = { ...serverErrors, ...errors };

  const change = (patch: Partial<OfferFormState>) => {
    setState((current) => ({ ...current, ...patch }));
    setErrors({});
  };
  const save = (action: EditorAction) => {
    const parsed = parseTerms(state);
    if (parsed.errors) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    action.onSave(parsed.terms);
  };

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
        <Stack gap="lg">
          <OfferTermsFields state={state} onChange={change} errors={shownErrors} blueprint={blueprint} />
          {notice?.(preview)}
          {Object.keys(errors).length > 0 && (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
              Some terms need a look: {Object.values(errors)[0]}
            </Alert>
          )}
          <FormError error={error} />
          <Group justify="flex-end">
            {actions.map((action) => (
              <Button
                key={action.label}
                variant={action.variant ?? 'filled'}
                loading={pending}
                onClick={() => save(action)}
              >
                {action.label}
              </Button>
            ))}
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
        <Box pos="sticky" top={80}>
          <OfferCostPanel cost={cost} band={band} />
        </Box>
      </Grid.Col>
    </Grid>
  );
}
