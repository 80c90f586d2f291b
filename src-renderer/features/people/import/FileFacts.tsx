import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../src-main/core/contract/index.js';
import { useFormatter } from '../../../lib/use-formatter';
import { encodingKey } from './file-labels';

/** Step 1: what was read, so the user can tell at once whether it is the right file. */
export function FileFacts({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('peopleImport');
  const format = useFormatter();
  return (
    <section aria-labelledby="import-file-heading">
      <h3 id="import-file-heading" className="import-dialog__heading">
        {t('file.heading')}
      </h3>
      <dl className="import-dialog__facts">
        <Fact term={t('file.name')} value={preview.fileName} />
        <Fact term={t('file.format')} value={t(`formats.${preview.format}`)} />
        <Fact term={t('file.encoding')} value={t(encodingKey(preview.encoding), { encoding: preview.encoding ?? '' })} />
        {preview.sheetName !== null && <Fact term={t('file.sheet')} value={preview.sheetName} />}
        <Fact term={t('file.rows')} value={t('file.rowCount', { formatted: format.number(preview.rowCount) })} />
      </dl>
    </section>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="import-dialog__fact">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
