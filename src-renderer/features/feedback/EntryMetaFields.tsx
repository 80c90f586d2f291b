import { useTranslation } from 'react-i18next';
import type { ListEntry } from '../../../src-main/core/contract/index.js';
import { CHANNELS, type FeedbackChannel, type SourceDraft } from './feedback-source';
import { SourceFields } from './SourceFields';

interface EntryMetaFieldsProps {
  idPrefix: string;
  categories: readonly ListEntry[];
  categoryId: string;
  onCategoryId: (categoryId: string) => void;
  source: SourceDraft;
  onSource: (source: SourceDraft) => void;
  unitError?: string | undefined;
  channel: FeedbackChannel;
  onChannel: (channel: FeedbackChannel) => void;
}

/** Category, source and channel of feedback: the same three choices for one entry or a whole paste. */
export function EntryMetaFields(props: EntryMetaFieldsProps) {
  const { idPrefix, categories, categoryId, onCategoryId, source, onSource, unitError, channel, onChannel } = props;
  const { t } = useTranslation('feedback');
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-category`}>{t('fields.category')}</label>
        <select id={`${idPrefix}-category`} className="input" value={categoryId} onChange={(event) => onCategoryId(event.target.value)}>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <SourceFields idPrefix={idPrefix} value={source} onChange={onSource} unitError={unitError} />
      <div className="field">
        <label htmlFor={`${idPrefix}-channel`}>{t('fields.channel')}</label>
        <select
          id={`${idPrefix}-channel`}
          className="input"
          value={channel}
          onChange={(event) => onChannel(CHANNELS.find((candidate) => candidate === event.target.value) ?? 'written')}
        >
          {CHANNELS.map((value) => (
            <option key={value} value={value}>
              {t(`channel.${value}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
