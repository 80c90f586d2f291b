import { useTranslation } from 'react-i18next';
import type { ListEntry } from '../../../src-main/core/contract/index.js';
import { useFormatter } from '../../lib/use-formatter';

interface FeedbackCountsProps {
  total: number;
  countsByCategory: Record<string, number>;
  categories: readonly ListEntry[];
}

/** The totals a report states ("20 टिप्पणियाँ"), kept in view while entries are typed. */
export function FeedbackCounts({ total, countsByCategory, categories }: FeedbackCountsProps) {
  const { t } = useTranslation('feedback');
  const format = useFormatter();
  return (
    <section className="feedback-counts" aria-label={t('counts.label')}>
      {/* Announced after each added comment, so a screen-reader user hears the new total. */}
      <p className="feedback-counts__total" aria-live="polite">{t('counts.total', { count: total, formatted: format.number(total) })}</p>
      <ul className="feedback-counts__list">
        {categories.map((category) => {
          const count = countsByCategory[category.id] ?? 0;
          return (
            <li key={category.id} className={count === 0 ? 'feedback-counts__item feedback-counts__item--zero' : 'feedback-counts__item'}>
              <span className="feedback-counts__name">{category.name}</span>{' '}
              <span className="feedback-counts__number">{format.number(count)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
