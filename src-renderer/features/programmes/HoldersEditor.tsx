import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Holder } from '../../../src-main/core/contract/index.js';
import { GroupError } from './field-errors';
import { HolderFields } from './HolderFields';
import { PersonPicker } from './PersonPicker';
import { inputIdFor, newTypedHolder, replaced, without } from './programme-draft';

interface HoldersEditorProps {
  /** Field path of the role, e.g. 'sessions.0.roles.1'. */
  path: string;
  holders: Holder[];
  onChange: (holders: Holder[]) => void;
}

/** The people or bodies holding one role; more than one is allowed (e.g. two comperes). */
export function HoldersEditor({ path, holders, onChange }: HoldersEditorProps) {
  const { t } = useTranslation('programmes');
  const [picking, setPicking] = useState(false);
  const add = (holder: Holder) => onChange([...holders, holder]);

  return (
    <div className="holders">
      <GroupError path={`${path}.holders`} />
      {holders.map((holder, index) => (
        <div key={index} className="holder" role="group" aria-label={t('items.holders', { n: index + 1 })}>
          <HolderFields
            path={`${path}.holders.${index}`}
            holder={holder}
            onChange={(next) => onChange(replaced(holders, index, next))}
          />
          <button
            type="button"
            className="button button--small button--danger-quiet holder__remove"
            onClick={() => onChange(without(holders, index))}
          >
            {t('holder.remove', { n: index + 1 })}
          </button>
        </div>
      ))}
      {picking ? (
        <PersonPicker
          id={`${inputIdFor(path)}-picker`}
          onPick={(personId) => {
            add({ kind: 'person', personId });
            setPicking(false);
          }}
          onCancel={() => setPicking(false)}
        />
      ) : (
        <div className="holders__add">
          <button type="button" className="button button--small" onClick={() => setPicking(true)}>
            {t('holder.addPerson')}
          </button>
          <button type="button" className="button button--small" onClick={() => add(newTypedHolder())}>
            {t('holder.addTyped')}
          </button>
          <button type="button" className="button button--small" onClick={() => add({ kind: 'body', name: '' })}>
            {t('holder.addBody')}
          </button>
        </div>
      )}
    </div>
  );
}
