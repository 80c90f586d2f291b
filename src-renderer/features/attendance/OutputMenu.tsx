import { useTranslation } from 'react-i18next';
import { useScreenCommand } from '../../app/screen-commands';
import { screenCommandKeys } from '../../app/shortcuts';
import { useShortcutHint } from '../../app/use-shortcut-hint';

export type OutputRequest =
  | { kind: 'print'; input: { document: 'signInSheet' | 'certificates' | 'invitations' } }
  | { kind: 'export'; input: { list: 'register' | 'invitations'; format: 'xlsx' | 'csv' } };

type OutputLabel = 'signInSheet' | 'certificates' | 'invitationsPdf' | 'registerXlsx' | 'registerCsv' | 'invitationsXlsx';

const SIGN_IN_SHEET: OutputRequest = { kind: 'print', input: { document: 'signInSheet' } };
const REGISTER_XLSX: OutputRequest = { kind: 'export', input: { list: 'register', format: 'xlsx' } };

/** `command`: Ctrl+P and the File menu's "छापें" make the sign-in sheet; Ctrl+E and "निर्यात करें" the register in Excel. */
const OUTPUTS: ReadonlyArray<{ label: OutputLabel; request: OutputRequest; command?: 'print' | 'export' }> = [
  { label: 'signInSheet', request: SIGN_IN_SHEET, command: 'print' },
  { label: 'certificates', request: { kind: 'print', input: { document: 'certificates' } } },
  { label: 'invitationsPdf', request: { kind: 'print', input: { document: 'invitations' } } },
  { label: 'registerXlsx', request: REGISTER_XLSX, command: 'export' },
  { label: 'registerCsv', request: { kind: 'export', input: { list: 'register', format: 'csv' } } },
  { label: 'invitationsXlsx', request: { kind: 'export', input: { list: 'invitations', format: 'xlsx' } } },
];

interface OutputMenuProps {
  /** The output being prepared, if any. */
  working: OutputRequest | null;
  onChoose: (request: OutputRequest) => void;
}

/** Sign-in sheets, certificates and the register, each one button. */
export function OutputMenu({ working, onChoose }: OutputMenuProps) {
  const { t } = useTranslation('attendance');
  const hint = useShortcutHint();
  const idle = working === null;
  // While one output is being made, the keys do nothing, as the greyed-out buttons do.
  useScreenCommand('print', () => idle && onChoose(SIGN_IN_SHEET));
  useScreenCommand('export', () => idle && onChoose(REGISTER_XLSX));
  return (
    <section className="attendance-output" aria-label={t('output.label')}>
      <h2 className="attendance-counts__title">{t('output.label')}</h2>
      <div className="attendance-output__buttons">
        {OUTPUTS.map(({ label, request, command }) => (
          <button
            key={label}
            type="button"
            className="button button--small"
            disabled={!idle}
            {...(command === undefined ? {} : hint(t(`output.${label}`), screenCommandKeys(command)))}
            onClick={() => onChoose(request)}
          >
            {working === request ? t('output.working') : t(`output.${label}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
