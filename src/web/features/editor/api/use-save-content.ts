/**
 * Saving one edit with optimistic concurrency: the content goes with the row version it was
 * based on; a stale version comes back as 409 and the caller learns what changed meanwhile
 * (the domain's diff of the version it edited against the version as it is now).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { compareVersions, type Change } from '../../../../domain/agreements/diff.ts';
import { ApiError, apiGet, apiSend } from '../../../lib/api.ts';
import type { AgreementView } from '../../../lib/types.ts';
import { applyEdit, locateEdit, type ContentEdit } from '../lib/content-edits.ts';
import { placeErrors, type EditProblems } from '../lib/validate-edit.ts';

export interface Conflict {
  edit: ContentEdit;
  /** the version the user edited */
  base: AgreementView;
  /** the version as it is now */
  current: AgreementView;
  changes: Change[];
}

export type SaveOutcome =
  | { kind: 'saved'; view: AgreementView }
  | { kind: 'conflict'; conflict: Conflict }
  | { kind: 'invalid'; problems: EditProblems }
  | { kind: 'failed'; message: string };

export function useSaveContent(id: string) {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const save = async (
    edit: ContentEdit,
    onto: AgreementView,
    comment: string | null,
  ): Promise<SaveOutcome> => {
    const applied = applyEdit(onto.content, edit);
    if (!applied.ok) return { kind: 'failed', message: applied.reason };
    setBusy(true);
    try {
      const view = await apiSend<AgreementView>('PUT', `/api/agreements/${id}/content`, {
        rowVersion: onto.rowVersion,
        content: applied.content,
        comment,
        ...(edit.kind === 'review' && { reviewed: edit.paths }),
      });
      client.setQueryData(['agreement', id, 'aktuell'], view);
      void client.invalidateQueries({ queryKey: ['monitoring', id] });
      void client.invalidateQueries({ queryKey: ['agreements'] });
      return { kind: 'saved', view };
    } catch (error) {
      if (!(error instanceof ApiError))
        return { kind: 'failed', message: 'Unbekannter Fehler beim Speichern.' };
      if (error.code === 'conflict') {
        const current = await apiGet<AgreementView>(`/api/agreements/${id}`);
        client.setQueryData(['agreement', id, 'aktuell'], current);
        return {
          kind: 'conflict',
          conflict: {
            edit,
            base: onto,
            current,
            changes: compareVersions(onto.content, current.content),
          },
        };
      }
      if (error.code === 'validation')
        return {
          kind: 'invalid',
          problems: placeErrors(error.details, locateEdit(onto.content, edit)),
        };
      return { kind: 'failed', message: error.message };
    } finally {
      setBusy(false);
    }
  };
  return { save, busy };
}
