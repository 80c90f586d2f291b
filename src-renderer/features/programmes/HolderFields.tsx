import { useTranslation } from 'react-i18next';
import type { Holder } from '../../../src-main/core/contract/index.js';
import { GroupError, PathTextField } from './field-errors';
import { PersonName } from './PersonPicker';
import { TypedHolderFields } from './TypedHolderFields';

interface HolderFieldsProps {
  /** Field path of this holder, e.g. 'sessions.0.roles.1.holders.0' or 'speeches.2.speaker'. */
  path: string;
  holder: Holder;
  onChange: (holder: Holder) => void;
}

/** Edits one holder in place: a directory person is shown by name; a typed name or a body is edited as text. */
export function HolderFields({ path, holder, onChange }: HolderFieldsProps) {
  const { t } = useTranslation('programmes');
  switch (holder.kind) {
    case 'person':
      return (
        <div className="holder__person">
          <span className="holder__badge">{t('holder.fromDirectory')}</span>
          <PersonName personId={holder.personId} />
          <GroupError path={`${path}.personId`} />
        </div>
      );
    case 'body':
      return (
        <PathTextField
          path={`${path}.name`}
          label={t('holder.bodyName')}
          required
          value={holder.name}
          onChange={(name) => onChange({ ...holder, name })}
        />
      );
    case 'typed':
      return <TypedHolderFields path={path} holder={holder} onChange={onChange} />;
  }
}
