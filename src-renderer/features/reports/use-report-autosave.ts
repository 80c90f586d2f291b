import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportDoc } from '../../../src-main/core/contract/index.js';
import { call } from '../../lib/api';
import { usePendingEdits } from '../../lib/pending-edits';
import { reportKeys } from './queries';

/** How long after the last keystroke the draft is saved (the issue allows up to 1 s). */
export const AUTOSAVE_DELAY_MS = 600;

export type SaveState = { kind: 'saved' } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'failed'; error: unknown };

interface Content {
  title: string;
  body: ReportDoc;
}

/**
 * Saves the report shortly after each change, one save at a time. The state says "saved" only
 * when the newest change has been acknowledged by the core (which acknowledges only what reached
 * the disk); a change made while a save is running is saved right after it. A failed save keeps
 * the text here and is retried with the next change or on request.
 */
export function useReportAutosave(id: string, initialVersion: number) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const version = useRef(initialVersion);
  const latest = useRef<Content | null>(null);
  const changeCount = useRef(0);
  const savedCount = useRef(0);
  /** Goes up when the core replaced the report: answers to saves sent before that are stale. */
  const generation = useRef(0);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const isUnsaved = useCallback(() => changeCount.current !== savedCount.current || running.current !== null, []);

  const saveLatest = useCallback(async (): Promise<void> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (running.current !== null) {
      await running.current;
      return saveLatest();
    }
    const content = latest.current;
    const sending = changeCount.current;
    const sentIn = generation.current;
    if (content === null || sending === savedCount.current) return;
    setState({ kind: 'saving' });
    const save = (async () => {
      try {
        const result = await call('reports:save', { id, baseVersion: version.current, title: content.title, body: content.body });
        if (sentIn !== generation.current) return;
        version.current = result.version;
        savedCount.current = sending;
        // A save after a pause may have kept the previous burst as a revision.
        void queryClient.invalidateQueries({ queryKey: reportKeys.revisions(id) });
        setState(changeCount.current === sending ? { kind: 'saved' } : { kind: 'unsaved' });
      } catch (error) {
        if (sentIn === generation.current) setState({ kind: 'failed', error });
        throw error;
      } finally {
        running.current = null;
      }
    })();
    running.current = save.catch(() => undefined);
    await save;
    if (changeCount.current !== savedCount.current) return saveLatest();
  }, [id, queryClient]);

  const change = useCallback(
    (content: Content) => {
      latest.current = content;
      changeCount.current += 1;
      setState((current) => (current.kind === 'saving' ? current : { kind: 'unsaved' }));
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        saveLatest().catch(() => undefined);
      }, AUTOSAVE_DELAY_MS);
    },
    [saveLatest],
  );

  /**
   * After the core replaced the report (restore, finalise, reopen), its version is the new base.
   * Callers save first and keep the editor read-only meanwhile, so nothing typed is dropped here.
   */
  const reset = useCallback((nextVersion: number) => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    generation.current += 1;
    version.current = nextVersion;
    latest.current = null;
    savedCount.current = changeCount.current;
    setState({ kind: 'saved' });
  }, []);

  // Closing the window asks every editor to save what it holds (see lib/pending-edits).
  usePendingEdits(saveLatest);
  // Leaving the screen saves what is pending instead of dropping it.
  useEffect(
    () => () => {
      saveLatest().catch(() => undefined);
    },
    [saveLatest],
  );

  return { state, change, saveNow: saveLatest, reset, isUnsaved };
}
