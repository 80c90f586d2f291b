import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { OpenedBackupOffer } from '../features/backup/OpenedBackupOffer';
import { AREAS, shortcutFor } from './areas';
import { HelpDialog } from './HelpDialog';
import { NoticesBanner } from './NoticesBanner';
import { globalShortcutKeys } from './shortcuts';
import { useScreenHeading } from './use-screen-heading';
import { useShortcutHint } from './use-shortcut-hint';
import { useGlobalShortcuts } from './use-shortcuts';

export function Layout() {
  const { t } = useTranslation(['nav', 'common']);
  const { helpOpen, setHelpOpen, switchLanguage } = useGlobalShortcuts();
  const hint = useShortcutHint();
  const main = useRef<HTMLElement>(null);
  useScreenHeading(main);
  const otherLanguage = t('common:otherLanguage');
  return (
    <div className="shell">
      <aside className="sidebar">
        <p className="sidebar__brand">{t('common:appName')}</p>
        <nav aria-label={t('label')}>
          <ul className="nav">
            {AREAS.map((area, position) => (
              <li key={area.id}>
                <NavLink
                  to={area.path}
                  className="nav__link"
                  title={t('shortcut', { area: t(area.id), keys: shortcutFor(position) })}
                  aria-keyshortcuts={shortcutFor(position)}
                >
                  <span>{t(area.id)}</span>
                  <kbd className="nav__key" aria-hidden="true">
                    {shortcutFor(position)}
                  </kbd>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar__tools">
          <button
            type="button"
            className="sidebar__tool"
            aria-label={t('common:switchLanguageTo', { language: otherLanguage })}
            {...hint(t('common:switchLanguage'), globalShortcutKeys('switchLanguage'))}
            onClick={switchLanguage}
          >
            <span lang={t('common:otherLanguageCode')}>{otherLanguage}</span>
          </button>
          <button type="button" className="sidebar__tool" {...hint(t('common:shortcutsSheet'), globalShortcutKeys('help'))} onClick={() => setHelpOpen(true)}>
            {t('common:help')}
          </button>
        </div>
      </aside>
      <div className="workspace">
        <NoticesBanner />
        <main ref={main} className="main">
          <Outlet />
        </main>
        <OpenedBackupOffer />
        {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
      </div>
    </div>
  );
}
