import { useTranslation } from 'react-i18next';
import { useKrutiDevPaste, type KrutiDevOffer } from '../lib/use-kruti-dev-paste';

interface KrutiDevOfferBarProps {
  offer: KrutiDevOffer;
  onAccept: () => void;
  onDismiss: () => void;
}

/**
 * Shows the pasted Kruti Dev text next to what it becomes in Unicode, so the change is plain to
 * see before it is made, and converts it only when asked.
 */
export function KrutiDevOfferBar({ offer, onAccept, onDismiss }: KrutiDevOfferBarProps) {
  const { t } = useTranslation();
  return (
    <div className="kruti-dev-offer" role="group" aria-label={t('krutiDev.label')}>
      <p>{t('krutiDev.found')}</p>
      <dl className="kruti-dev-offer__compare">
        <dt>{t('krutiDev.before')}</dt>
        <dd className="kruti-dev-offer__pasted">{offer.pasted}</dd>
        <dt>{t('krutiDev.after')}</dt>
        <dd lang="hi" className="kruti-dev-offer__preview">
          {offer.converted}
        </dd>
      </dl>
      <button type="button" className="button button--small button--primary" onClick={onAccept}>
        {t('krutiDev.convert')}
      </button>
      <button type="button" className="button button--small" onClick={onDismiss}>
        {t('krutiDev.keep')}
      </button>
    </div>
  );
}

/**
 * Everything a Hindi text box needs to recognise pasted Kruti Dev text: give the box
 * `onPaste`, and render `offerBar` under it (null until there is something to offer).
 */
export function useKrutiDevOffer(value: string, onChange: (value: string) => void) {
  const krutiDev = useKrutiDevPaste(value, onChange);
  const offerBar = krutiDev.offer ? <KrutiDevOfferBar offer={krutiDev.offer} onAccept={krutiDev.accept} onDismiss={krutiDev.dismiss} /> : null;
  return { onPaste: krutiDev.onPaste, offerBar };
}
