import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useUpdateSettings } from '../features/settings/mutations';
import { useSettings } from '../features/settings/queries';
import { subscribe } from '../lib/api';
import { FOCUS_SEARCH_STATE, NEW_PERSON_STATE } from './areas';
import { GLOBAL_SHORTCUTS, isShortcut, type GlobalShortcut } from './shortcuts';

/** Acts on the app-wide shortcuts (see shortcuts.ts), pressed or chosen from the menu; returns whether the help sheet is open. */
export function useGlobalShortcuts(): [helpOpen: boolean, setHelpOpen: (open: boolean) => void] {
  const navigate = useNavigate();
  const { language } = useSettings();
  const updateSettings = useUpdateSettings();
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    const run = (shortcut: GlobalShortcut) => {
      switch (shortcut.id) {
        case 'area':
          return void navigate(shortcut.path);
        // A fresh value each time, so pressing the key again on the same page still acts.
        case 'searchPeople':
          return void navigate('/people', { state: { [FOCUS_SEARCH_STATE]: Date.now() } });
        case 'newPerson':
          return void navigate('/people', { state: { [NEW_PERSON_STATE]: Date.now() } });
        case 'newProgramme':
          return void navigate('/programmes/new');
        case 'switchLanguage':
          return updateSettings.mutate({ language: language === 'hi' ? 'en' : 'hi' });
        case 'help':
          return setHelpOpen(true);
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = GLOBAL_SHORTCUTS.find((candidate) => isShortcut(candidate.keys, event));
      if (!shortcut) return;
      event.preventDefault();
      run(shortcut);
    };
    window.addEventListener('keydown', onKeyDown);
    // A menu item stands for its shortcut: choosing it acts as pressing the keys would.
    const stopMenu = subscribe('app:command', ({ keys }) => {
      const shortcut = GLOBAL_SHORTCUTS.find((candidate) => candidate.keys === keys);
      if (shortcut) run(shortcut);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, [navigate, language, updateSettings]);

  return [helpOpen, setHelpOpen];
}
