import { useTranslation } from 'react-i18next';

export type OutputRequest =
  | { kind: 'print'; input: { document: 'signInSheet' | 'certificates' | 'invitations' } }
  | { kind: 'export'; input: { list: 'register' | 'invitations'; format: 'xlsx' | 'csv' } };

type OutputLabel = 'signInSheet' | 'certificates' | 'invitationsPdf' | 'registerXlsx' | 'registerCsv' | 'invitationsXlsx';

const OUTPUTS: ReadonlyArray<{ label: OutputLabel; request: OutputRequest }> = [
  { label: 'signInSheet', request: { kind: 'print', input: { document: 'signInSheet' } } },
  { label: 'certificates', request: { kind: 'print', input: { document: 'certificates' } } },
  { label: 'invitationsPdf', request: { kind: 'print', input: { document: 'invitations' } } },
  { label: 'registerXlsx', request: { kind: 'export', input: { list: 'register', format: 'xlsx' } } },
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
  return (
    <section className="attendance-output" aria-label={t('output.label')}>
      <h2 className="attendance-counts__title">{t('output.label')}</h2>
      <div className="attendance-output__buttons">
        {OUTPUTS.map(({ label, request }) => (
          <button key={label} type="button" className="button button--small" disabled={working !== null} onClick={() => onChoose(request)}>
            {working === request ? t('output.working') : t(`output.${label}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
