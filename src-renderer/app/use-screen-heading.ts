import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { focusedElement } from './focus';

/**
 * Keeps the user's place across screen changes. Each time the address changes, the new screen's
 * <h1> takes the focus once it is shown, so a screen reader announces where the user is and Tab
 * continues from the top of that screen instead of from <body>; and the window title names the
 * screen ("लोग — सचिव"), which the Electron window shows and the taskbar reads out.
 *
 * A screen that already put the focus somewhere inside itself (Ctrl+K into the search box, a
 * dialog opened by Ctrl+Shift+N, the field being typed in when a new programme gets its address)
 * keeps it.
 */
export function useScreenHeading(main: RefObject<HTMLElement | null>): void {
  const { t } = useTranslation('common');
  const appName = t('appName');
  const { pathname } = useLocation();
  const shownPath = useRef<string | null>(null);

  useEffect(() => {
    const area = main.current;
    if (!area) return;
    // The first screen after start keeps the browser's own starting point, and a change of
    // language alone (the same screen) leaves the focus on the language button.
    let focusPending = shownPath.current !== null && shownPath.current !== pathname;
    shownPath.current = pathname;

    const follow = () => {
      // The screen's own heading; a report's text may hold further <h1>s of its own.
      const heading = area.querySelector<HTMLElement>('#page-title') ?? area.querySelector('h1');
      const name = heading?.textContent.trim() ?? '';
      const title = name === '' ? appName : `${name} — ${appName}`;
      if (document.title !== title) document.title = title;
      if (!focusPending || !heading) return;
      focusPending = false;
      const current = focusedElement();
      if (current !== null && (area.contains(current) || current.closest('dialog') !== null)) return;
      // A heading is not in the Tab order; -1 lets the script focus it without adding a stop.
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    };
    follow();
    // The heading may come only after the screen's data has loaded, and its words change with the language.
    const observer = new MutationObserver(follow);
    observer.observe(area, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [main, pathname, appName]);
}
