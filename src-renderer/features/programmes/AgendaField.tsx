import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../src-main/core/contract/index.js';
import { GroupError, PathTextField } from './field-errors';
import { emptyAgendaItem, moved, replaced, without } from './programme-draft';

interface AgendaFieldProps {
  items: AgendaItem[];
  onChange: (items: AgendaItem[]) => void;
}

/** A meeting's agenda (कार्यसूची): each item's subject, what was discussed and what was decided, in order. */
export function AgendaField({ items, onChange }: AgendaFieldProps) {
  const { t } = useTranslation('programmes');
  return (
    <div className="agenda">
      <p className="hint">{t('agenda.hint')}</p>
      <GroupError path="agenda" />
      {items.map((item, index) => (
        <AgendaRow
          key={index}
          index={index}
          count={items.length}
          item={item}
          onChange={(next) => onChange(replaced(items, index, next))}
          onMove={(step) => onChange(moved(items, index, step))}
          onRemove={() => onChange(without(items, index))}
        />
      ))}
      <button type="button" className="button button--small" onClick={() => onChange([...items, emptyAgendaItem()])}>
        {t('agenda.add')}
      </button>
    </div>
  );
}

interface AgendaRowProps {
  index: number;
  count: number;
  item: AgendaItem;
  onChange: (item: AgendaItem) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}

function AgendaRow({ index, count, item, onChange, onMove, onRemove }: AgendaRowProps) {
  const { t } = useTranslation('programmes');
  const path = `agenda.${index}`;
  const n = index + 1;
  const set = (key: keyof AgendaItem) => (value: string) => onChange({ ...item, [key]: value });
  return (
    <fieldset className="agenda__item">
      <legend className="role__legend">{t('items.agenda', { n })}</legend>
      <div className="agenda__head">
        <PathTextField path={`${path}.subject`} label={t('fields.subject')} value={item.subject} onChange={set('subject')} />
        <div className="agenda__tools">
          <button type="button" className="button button--small" aria-label={t('agenda.moveUp', { n })} disabled={index === 0} onClick={() => onMove(-1)}>
            {t('agenda.up')}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={t('agenda.moveDown', { n })}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            {t('agenda.down')}
          </button>
          <button type="button" className="button button--small button--danger-quiet" aria-label={t('agenda.remove', { n })} onClick={onRemove}>
            {t('agenda.removeShort')}
          </button>
        </div>
      </div>
      <div className="agenda__body">
        <PathTextField path={`${path}.discussion`} label={t('fields.discussion')} multiline value={item.discussion} onChange={set('discussion')} />
        <PathTextField path={`${path}.decision`} label={t('fields.decision')} multiline value={item.decision} onChange={set('decision')} />
      </div>
    </fieldset>
  );
}
