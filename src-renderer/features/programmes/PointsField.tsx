import { useTranslation } from 'react-i18next';
import { GroupError, PathTextField } from './field-errors';
import { replaced, without } from './programme-draft';

interface PointsFieldProps {
  path: 'contentPoints' | 'outcomes';
  points: string[];
  onChange: (points: string[]) => void;
}

/** A list of short points (the content of a workshop, its outcomes); blank points are not saved. */
export function PointsField({ path, points, onChange }: PointsFieldProps) {
  const { t } = useTranslation('programmes');
  return (
    <fieldset className="points">
      <legend className="points__legend">{t(`fields.${path}`)}</legend>
      <GroupError path={path} />
      <ol className="points__list">
        {points.map((point, index) => (
          <li key={index} className="points__item">
            <PathTextField
              path={`${path}.${index}`}
              label={t(`items.${path}`, { n: index + 1 })}
              value={point}
              onChange={(value) => onChange(replaced(points, index, value))}
            />
            <button type="button" className="button button--small button--danger-quiet" onClick={() => onChange(without(points, index))}>
              {t('points.remove', { n: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--small" onClick={() => onChange([...points, ''])}>
        {t(path === 'contentPoints' ? 'points.addContentPoints' : 'points.addOutcomes')}
      </button>
    </fieldset>
  );
}
