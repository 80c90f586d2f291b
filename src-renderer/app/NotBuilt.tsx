import { useTranslation } from 'react-i18next';
import type { UnbuiltAreaId } from './areas';

/** An honest placeholder: says the area is missing and what it will do, with no pretend controls. */
export function NotBuilt({ area }: { area: UnbuiltAreaId }) {
  const { t } = useTranslation('nav');
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        {t(area)}
      </h1>
      <div className="not-built">
        <p className="not-built__heading">{t('notBuilt.heading')}</p>
        <p>{t(`notBuilt.${area}`)}</p>
      </div>
    </section>
  );
}
