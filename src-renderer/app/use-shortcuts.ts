import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { MenuCommand } from '../../src-main/core/contract/index.js';
import { useUpdateSettings } from '../features/settings/mutations';
import { useSettings } from '../features/settings/queries';
import { call, subscribe } from '../lib/api';
import { FOCUS_SEARCH_STATE, NEW_PERSON_STATE } from './areas';
import { checkInDeskPath } from './check-in-desk';
import { dialogOpen, offeredScreenCommands, onScreenCommandsChange, runScreenCommand } from './screen-commands';
import { isShortcut } from './key-match';
import { GLOBAL_SHORTCUTS, SCREEN_COMMAND_SHORTCUTS, type GlobalShortcut } from './shortcuts';

export interface GlobalActions {
  helpOpen: boolean;
  setHelpOpen: (open: boolean) => void;
  switchLanguage: () => void;
}

/** Acts on the app-wide shortcuts (see shortcuts.ts), pressed or chosen from the menu; returns what the sidebar's buttons need. */
export function useGlobalShortcuts(): GlobalActions {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { language } = useSettings();
  const updateSettings = useUpdateSettings();
  const [helpOpen, setHelpOpen] = useState(false);
  const switchLanguage = () => updateSettings.mutate({ language: language === 'hi' ? 'en' : 'hi' });

  useEffect(() => {
    // A fresh value each time, so pressing the key again on the same page still acts.
    const focusSearch = () => ({ state: { [FOCUS_SEARCH_STATE]: Date.now() } });
    const run = (shortcut: GlobalShortcut) => {
      switch (shortcut.id) {
        case 'area':
          return void navigate(shortcut.path);
        case 'searchPeople':
          return void navigate('/people', focusSearch());
        case 'newPerson':
          return void navigate('/people', { state: { [NEW_PERSON_STATE]: Date.now() } });
        case 'newProgramme':
          return void navigate('/programmes/new');
        case 'checkInDesk':
          // Without today's programme at hand the list still opens, ready to search.
          return void checkInDeskPath(pathname, new Date()).then(
            (path) => navigate(path, focusSearch()),
            () => navigate('/attendance', focusSearch()),
          );
        case 'switchLanguage':
          return switchLanguage();
        case 'help':
          return setHelpOpen(true);
      }
    };
    /** Runs the shortcut whose keys `matches` accepts; `event` is the key press, if it was one. */
    const act = (matches: (keys: string) => boolean, event?: KeyboardEvent) => {
      const shortcut = GLOBAL_SHORTCUTS.find((candidate) => matches(candidate.keys));
      const command = SCREEN_COMMAND_SHORTCUTS.find((candidate) => matches(candidate.keys));
      // A screen command's keys are taken even where nothing runs, so the browser's own save or print dialog never opens.
      if (command) event?.preventDefault();
      // A modal dialog keeps the user in it: no shortcut leaves it or acts on the page behind.
      if (dialogOpen()) return;
      if (shortcut) {
        event?.preventDefault();
        run(shortcut);
      } else if (command) runScreenCommand(command.id);
    };
    const onKeyDown = (event: KeyboardEvent) => act((keys) => isShortcut(keys, event), event);
    window.addEventListener('keydown', onKeyDown);
    // A menu item stands for its shortcut: choosing it acts as pressing the keys would.
    const onMenu = (command: MenuCommand) => {
      if (!('open' in command)) act((keys) => keys === command.keys);
      else if (!dialogOpen()) void navigate(`/${command.open}`);
    };
    const stopMenu = subscribe('app:command', onMenu);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, [navigate, pathname, language, updateSettings]);

  useReportScreenCommands();
  return { helpOpen, setHelpOpen, switchLanguage };
}

/** Tells the shell which of save, print and export can run now, whenever that changes. */
function useReportScreenCommands(): void {
  useEffect(() => {
    // Unknown at first, so a reloaded window also clears what the previous page had offered.
    let reported: string | null = null;
    let queued = false;
    const report = () => {
      queued = false;
      const available = offeredScreenCommands();
      const key = available.join();
      if (key === reported) return;
      reported = key;
      call('app:screenCommands', { available }).catch(() => {
        // The menu only greys items out and the keys still act; the next change tries again.
        reported = null;
      });
    };
    // A change of page stops one screen's offers and starts the next one's: report once after both.
    const stop = onScreenCommandsChange(() => {
      if (queued) return;
      queued = true;
      queueMicrotask(report);
    });
    report();
    return stop;
  }, []);
}
