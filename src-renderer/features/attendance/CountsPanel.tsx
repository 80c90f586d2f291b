import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceCounts, AttendanceGroupCount, Category } from '../../../src-main/core/contract/index.js';
import { useFormatter } from '../../lib/use-formatter';

interface CountsPanelProps {
  counts: AttendanceCounts;
  categories: readonly Category[];
  quorum: number | null;
  onQuorumChange: (quorum: number | null) => void;
}

/** The live counts beside the check-in list: totals, quorum, and by category and organisation. */
export function CountsPanel({ counts, categories, quorum, onQuorumChange }: CountsPanelProps) {
  const { t } = useTranslation('attendance');
  const format = useFormatter();
  const categoryName = (key: string) => (key === '' ? t('counts.noCategory') : (categories.find((category) => category.id === key)?.name ?? t('counts.noCategory')));
  const totals = [
    ['invited', counts.invited],
    ['present', counts.present],
    ['absent', counts.absent],
    ['pending', counts.pending],
    ['walkIns', counts.walkIns],
  ] as const;

  return (
    <aside className="attendance-counts" aria-label={t('counts.label')}>
      <dl className="attendance-counts__totals">
        {totals.map(([key, value]) => (
          <div key={key} className={`attendance-counts__total attendance-counts__total--${key}`}>
            <dt>{t(`counts.${key}`)}</dt>
            <dd>{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      <QuorumField quorum={quorum} present={counts.present} onChange={onQuorumChange} />
      <GroupCounts title={t('counts.byCategory')} groups={counts.byCategory} nameOf={categoryName} />
      <GroupCounts title={t('counts.byOrganisation')} groups={counts.byOrganisation} nameOf={(key) => (key === '' ? t('counts.noOrganisation') : key)} />
    </aside>
  );
}

function QuorumField({ quorum, present, onChange }: { quorum: number | null; present: number; onChange: (quorum: number | null) => void }) {
  const { t } = useTranslation('attendance');
  const format = useFormatter();
  const [text, setText] = useState(quorum === null ? '' : String(quorum));
  useEffect(() => setText(quorum === null ? '' : String(quorum)), [quorum]);
  const commit = () => {
    const digits = text.replace(/[०-९]/g, (digit) => String('०१२३४५६७८९'.indexOf(digit))).trim();
    const next = digits === '' ? null : Number.parseInt(digits, 10);
    if (next !== null && (!Number.isFinite(next) || next < 0)) return setText(quorum === null ? '' : String(quorum));
    if (next !== quorum) onChange(next);
  };
  const met = quorum !== null && present >= quorum;
  return (
    <div className="attendance-counts__quorum">
      <label htmlFor="attendance-quorum">{t('counts.quorum')}</label>
      <input
        id="attendance-quorum"
        className="input input--narrow"
        inputMode="numeric"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <p role="status" className={`quorum ${quorum === null ? '' : met ? 'quorum--met' : 'quorum--short'}`}>
        {quorum === null
          ? t('counts.quorumNone')
          : met
            ? t('counts.quorumMet', { present: format.number(present), quorum: format.number(quorum) })
            : t('counts.quorumShort', { present: format.number(present), quorum: format.number(quorum), missing: format.number(quorum - present) })}
      </p>
    </div>
  );
}

function GroupCounts({ title, groups, nameOf }: { title: string; groups: readonly AttendanceGroupCount[]; nameOf: (key: string) => string }) {
  const { t } = useTranslation('attendance');
  const format = useFormatter();
  if (groups.length === 0) return null;
  return (
    <section className="attendance-counts__groups" aria-label={title}>
      <h2 className="attendance-counts__title">{title}</h2>
      <ul>
        {groups.map((group) => (
          <li key={group.key}>
            <span>{nameOf(group.key)}</span>
            <span className="attendance-counts__group-figures">
              {t('counts.group', { present: format.number(group.present), invited: format.number(group.invited) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
