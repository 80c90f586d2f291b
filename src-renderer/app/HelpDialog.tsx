import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dialog } from '../components/Dialog';
import { GLOBAL_SHORTCUTS, SCREEN_SHORTCUTS, shownKeys, type GlobalShortcut } from './shortcuts';

/** F1: every shortcut of the app, from the same list the keyboard handler uses. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['help', 'nav', 'common']);
  const describe = (shortcut: GlobalShortcut) => (shortcut.id === 'area' ? t('help:openArea', { area: t(`nav:${shortcut.area}`) }) : t(`help:global.${shortcut.id}`));
  // The data attributes let the end-to-end test press exactly what the sheet lists.
  const rows = [
    ...GLOBAL_SHORTCUTS.map((shortcut) => ({
      keys: shortcut.keys,
      what: describe(shortcut),
      data: { 'data-shortcut': shortcut.id, 'data-scope': 'global', ...(shortcut.id === 'area' ? { 'data-path': shortcut.path } : {}) },
    })),
    ...SCREEN_SHORTCUTS.map((shortcut) => ({ keys: shortcut.keys, what: t(`help:screen.${shortcut.id}`), data: { 'data-shortcut': shortcut.id, 'data-scope': 'screen' } })),
  ];
  return (
    <Dialog labelledBy="help-title" onClose={onClose} className="dialog--form">
      <h2 id="help-title" className="dialog__title">
        {t('help:title')}
      </h2>
      <table className="help-keys" aria-label={t('help:table')}>
        <thead>
          <tr>
            <th scope="col">{t('help:keys')}</th>
            <th scope="col">{t('help:action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.keys} {...row.data}>
              <td>
                <kbd>{shownKeys(row.keys)}</kbd>
              </td>
              <td>{row.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('help:menuNote')}</p>
      <p>
        <Link to="/about" onClick={onClose}>
          {t('help:about')}
        </Link>
      </p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" autoFocus onClick={onClose}>
          {t('common:actions.dismiss')}
        </button>
      </div>
    </Dialog>
  );
}
