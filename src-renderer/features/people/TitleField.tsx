import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { listsQuery } from '../programmes/queries';

interface TitleFieldProps {
  id: string;
  value: string;
  onChange: (title: string) => void;
  error?: string | undefined;
}

/**
 * The title written before a name (श्री, श्रीमती, डॉ. …): free text, with the office's titles
 * list offered while typing, so an unusual title ("मा.", "कॉमरेड") can still be written.
 */
export function TitleField({ id, value, onChange, error }: TitleFieldProps) {
  const { t } = useTranslation('people');
  const titles = useQuery(listsQuery()).data?.titles ?? [];
  const listId = `${id}-offered`;
  return (
    <div className="title-field">
      <TextField id={id} label={t('form.title')} value={value} onChange={onChange} error={error} list={listId} />
      <datalist id={listId}>
        {titles.map((title) => (
          <option key={title.id} value={title.name} />
        ))}
      </datalist>
    </div>
  );
}
