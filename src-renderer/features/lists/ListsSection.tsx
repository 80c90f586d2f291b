import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LIST_NAMES } from '../../../src-main/core/contract/index.js';
import { useErrorMessage } from '../../lib/use-error-message';
import { listsQuery } from '../programmes/queries';
import { ListEditor } from './ListEditor';
import './lists.css';

/** The settings section where an office tailors its editable lists. */
export function ListsSection() {
  const { t } = useTranslation('lists');
  const lists = useQuery(listsQuery());
  const errorMessage = useErrorMessage();
  return (
    <section className="settings__group" aria-labelledby="lists-heading">
      <h2 id="lists-heading" className="settings__heading">
        {t('heading')}
      </h2>
      <p className="hint">{t('hint')}</p>
      {lists.isError && (
        <p className="form-error" role="alert">
          {errorMessage(lists.error)}
        </p>
      )}
      {lists.data && LIST_NAMES.map((name) => <ListEditor key={name} list={name} entries={lists.data[name]} />)}
    </section>
  );
}
