import { useTranslation } from 'react-i18next';
import type { sourceResources } from '../i18n/resources';

export type GuidedScreen = keyof (typeof sourceResources)['help']['guides'];

/**
 * A short guide under a screen's title, closed until asked for: what the screen is for and
 * the two or three things a secretary does there first. The text is in help.json.
 */
export function ScreenGuide({ screen }: { screen: GuidedScreen }) {
  const { t } = useTranslation('help');
  const steps = Object.values(t(`guides.${screen}.steps`, { returnObjects: true }) as Record<string, string>);
  return (
    <details className="screen-guide">
      <summary>{t('guideSummary')}</summary>
      <p>{t(`guides.${screen}.purpose`)}</p>
      <ul>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <p className="hint">{t('guideMore')}</p>
    </details>
  );
}
