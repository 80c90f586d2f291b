import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteSelection } from '../../../src-main/core/contract/index.js';
import { Dialog } from '../../components/Dialog';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import { categoriesQuery, peoplePageQuery } from '../people/queries';
import { programmesListQuery } from '../programmes/queries';
import { organisationNamesQuery } from './queries';

const MODES = ['category', 'organisation', 'search', 'programme'] as const;
type Mode = (typeof MODES)[number];
const MODE_LABEL_KEYS = { category: 'invite.byCategory', organisation: 'invite.byOrganisation', search: 'invite.bySearch', programme: 'invite.byProgramme' } as const;

interface InviteDialogProps {
  programmeId: string;
  busy: boolean;
  error: string | null;
  onInvite: (selection: InviteSelection) => void;
  onClose: () => void;
}

/** Adds invitees by category, by organisation, by picking names, or everyone invited to an earlier programme. */
export function InviteDialog({ programmeId, busy, error, onInvite, onClose }: InviteDialogProps) {
  const { t } = useTranslation(['attendance', 'common']);
  const [mode, setMode] = useState<Mode>('category');
  const [categoryId, setCategoryId] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [sourceProgrammeId, setSourceProgrammeId] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());

  const selection: InviteSelection | null =
    mode === 'category'
      ? categoryId === '' ? null : { kind: 'category', categoryId }
      : mode === 'organisation'
        ? organisation === '' ? null : { kind: 'organisation', organisation }
        : mode === 'programme'
          ? sourceProgrammeId === '' ? null : { kind: 'programme', programmeId: sourceProgrammeId }
          : chosen.size === 0 ? null : { kind: 'people', personIds: [...chosen] };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (selection && !busy) onInvite(selection);
  };

  return (
    <Dialog labelledBy="invite-dialog-title" onClose={onClose} className="dialog--form dialog--wide">
      <form noValidate onSubmit={onSubmit} className="invite-form">
        <h2 id="invite-dialog-title" className="dialog__title">
          {t('invite.title')}
        </h2>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <fieldset className="invite-form__modes">
          <legend>{t('invite.how')}</legend>
          {MODES.map((option) => (
            <label key={option} className="radio">
              <input type="radio" name="invite-mode" value={option} checked={mode === option} onChange={() => setMode(option)} />
              {t(MODE_LABEL_KEYS[option])}
            </label>
          ))}
        </fieldset>
        {mode === 'category' && <CategoryChoice value={categoryId} onChange={setCategoryId} />}
        {mode === 'organisation' && <OrganisationChoice value={organisation} onChange={setOrganisation} />}
        {mode === 'programme' && <ProgrammeChoice currentId={programmeId} value={sourceProgrammeId} onChange={setSourceProgrammeId} />}
        {mode === 'search' && <PeopleChoice chosen={chosen} onChange={setChosen} />}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || selection === null}>
            {t('invite.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function CategoryChoice({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('attendance');
  const categories = useQuery(categoriesQuery()).data ?? [];
  return (
    <div className="field">
      <label htmlFor="invite-category">{t('invite.category')}</label>
      <select id="invite-category" className="input" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="" />
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function OrganisationChoice({ value, onChange }: { value: string; onChange: (name: string) => void }) {
  const { t } = useTranslation('attendance');
  const format = useFormatter();
  const organisations = useQuery(organisationNamesQuery()).data;
  if (organisations?.length === 0) return <p className="state">{t('invite.noOrganisations')}</p>;
  return (
    <div className="field">
      <label htmlFor="invite-organisation">{t('invite.organisation')}</label>
      <select id="invite-organisation" className="input" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="" />
        {(organisations ?? []).map((organisation) => (
          <option key={organisation.name} value={organisation.name}>
            {t('invite.organisationOption', { name: organisation.name, formatted: format.number(organisation.count) })}
          </option>
        ))}
      </select>
    </div>
  );
}

function ProgrammeChoice({ currentId, value, onChange }: { currentId: string; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('attendance');
  const format = useFormatter();
  const filter = useMemo(() => ({ query: '', kindId: null, status: null, from: null, to: null, organiser: '', limit: 500 }), []);
  const programmes = (useQuery(programmesListQuery(filter)).data?.items ?? []).filter(
    (programme) => programme.id !== currentId && programme.counts.invited > 0,
  );
  if (programmes.length === 0) return <p className="state">{t('invite.noProgrammes')}</p>;
  return (
    <div className="field">
      <label htmlFor="invite-programme">{t('invite.programme')}</label>
      <select id="invite-programme" className="input" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="" />
        {programmes.map((programme) => (
          <option key={programme.id} value={programme.id}>
            {t('invite.programmeOption', { title: programme.title, invited: format.number(programme.counts.invited) })}
          </option>
        ))}
      </select>
    </div>
  );
}

function PeopleChoice({ chosen, onChange }: { chosen: ReadonlySet<string>; onChange: (chosen: ReadonlySet<string>) => void }) {
  const { t } = useTranslation('attendance');
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 150);
  const people = useQuery({ ...peoplePageQuery(query, null, 0), enabled: query !== '' });
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  return (
    <div className="invite-form__search">
      <div className="field">
        <label htmlFor="invite-search">{t('invite.search')}</label>
        <input id="invite-search" type="search" className="input" value={text} autoComplete="off" onChange={(event) => setText(event.target.value)} />
      </div>
      <p className="hint" role="status">
        {t('invite.chosen', { formatted: format.number(chosen.size) })}
      </p>
      {people.isError && <p className="form-error">{errorMessage(people.error)}</p>}
      <ul className="invite-form__results" aria-label={t('invite.searchResults')}>
        {(people.data?.items ?? []).map((person) => (
          <li key={person.id}>
            <label className="checkbox">
              <input type="checkbox" checked={chosen.has(person.id)} onChange={() => toggle(person.id)} aria-label={t('invite.choose', { name: person.name })} />
              <span>
                {person.name}
                <span className="hint"> {[person.designation, person.organisation].filter((part) => part !== '').join(' · ')}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
