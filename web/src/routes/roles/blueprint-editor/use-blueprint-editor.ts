import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../../../api/client';
import { type BlueprintDetail, blueprintQuery, saveBlueprint } from '../../../api/roles';
import type { Blueprint } from '../../../domain/hiring-domain';
import { type FieldErrors, serverFieldErrors, validateBlueprint } from './field-errors';
import { revealField } from './field-paths';
import { sameValue } from './same-value';
import type { BlueprintChange } from './section-props';

/**
 * The editor's state: the saved version the draft started from, the draft, and saving it.
 * `detail` is the live server copy; it only replaces the draft while there are no unsaved changes.
 */
export function useBlueprintEditor(detail: BlueprintDetail) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(detail);
  const [draft, setDraft] = useState(detail.blueprint);
  const [showValidation, setShowValidation] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState(false);
  const dirty = !sameValue(draft, base.blueprint);

  // A teammate saved (seen on a refetch): take their version over when nothing here would be lost.
  useEffect(() => {
    if (detail.version !== base.version && !dirty) {
      setBase(detail);
      setDraft(detail.blueprint);
    }
  }, [detail, base.version, dirty]);

  const change: BlueprintChange = useCallback((key, value) => {
    setDraft((current) => ({ ...current, [key]: value }));
    // The server's messages describe the old values; the form's own checks keep running.
    setServerErrors({});
  }, []);

  const save = useMutation({
    mutationFn: ({ blueprint }: { blueprint: Blueprint; replaceDraft: boolean }) =>
      saveBlueprint(base.id, blueprint, base.version),
    onSuccess: (saved, { blueprint: sent, replaceDraft }) => {
      queryClient.setQueryData(blueprintQuery(saved.id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['blueprints', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['blueprints', 'versions', saved.id] });
      setBase(saved);
      // Keep anything typed while the request was on its way, unless an old version was restored.
      setDraft((current) => (replaceDraft || sameValue(current, sent) ? saved.blueprint : current));
      setShowValidation(false);
      notifications.show({ color: 'green', message: `Saved as version ${saved.version}.` });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        setConflict(true);
        void queryClient.invalidateQueries(blueprintQuery(base.id));
        return;
      }
      const fieldErrors = serverFieldErrors(error);
      if (Object.keys(fieldErrors).length > 0) {
        setServerErrors(fieldErrors);
        setShowValidation(true);
        revealField(Object.keys(fieldErrors)[0]!);
        return;
      }
      notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(error) });
    },
  });

  /** Checks the draft with the same schema as the server first, so mistakes show at once. */
  const submit = () => {
    const problems = validateBlueprint(draft);
    const firstProblem = Object.keys(problems)[0];
    if (firstProblem !== undefined) {
      setShowValidation(true);
      revealField(firstProblem);
      return;
    }
    save.mutate({ blueprint: draft, replaceDraft: false });
  };

  /** Saves an old version as the newest one, replacing the draft; resolves to whether it worked. */
  const restore = (blueprint: Blueprint) =>
    save.mutateAsync({ blueprint, replaceDraft: true }).then(
      () => true,
      () => false,
    );

  /** Drops the draft and continues from the newest saved version. */
  const reload = async () => {
    try {
      const latest = await queryClient.fetchQuery({ ...blueprintQuery(base.id), staleTime: 0 });
      setBase(latest);
      setDraft(latest.blueprint);
      setServerErrors({});
      setShowValidation(false);
      setConflict(false);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not load the latest version',
        message: errorMessage(error),
      });
    }
  };

  const errors: FieldErrors = { ...(showValidation ? validateBlueprint(draft) : {}), ...serverErrors };

  return {
    base,
    draft,
    change,
    dirty,
    errors,
    save: submit,
    restore,
    saving: save.isPending,
    conflict,
    dismissConflict: () => setConflict(false),
    newerOnServer: detail.version > base.version,
    reload,
  };
}
