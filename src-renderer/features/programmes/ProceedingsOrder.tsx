import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lists } from '../../../src-main/core/contract/index.js';
import { usePersonNames } from './PersonPicker';
import { describeProceedings, type ProceedingDescription } from './proceedings-view';
import { movedTo, type SessionDraft, type SpeechDraft } from './programme-draft';

interface ProceedingsOrderProps {
  session: SessionDraft;
  /** The session's own speeches, in their recorded order. */
  speeches: readonly SpeechDraft[];
  lists: Lists;
  /** Receives the full order of proceeding keys after any change. */
  onChange: (proceedings: string[]) => void;
}

/**
 * The order in which a session's proceedings happened, as the report will tell them: moved
 * with the "ऊपर"/"नीचे" buttons (keyboard) or by dragging a row.
 */
export function ProceedingsOrder({ session, speeches, lists, onChange }: ProceedingsOrderProps) {
  const { t } = useTranslation('programmes');
  const headingId = useId();
  const personIds = [
    ...session.roles.flatMap((role) => role.holders),
    ...speeches.map((speech) => speech.speaker),
  ].flatMap((holder) => (holder.kind === 'person' ? [holder.personId] : []));
  const personName = usePersonNames(personIds);
  const items = describeProceedings(session, speeches, lists, personName);
  const keys = items.map((item) => item.key);
  const list = useRef<HTMLOListElement>(null);
  const focusAfterMove = useRef<{ key: string; direction: 'up' | 'down' } | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);

  // A moved row is drawn anew in its new place; the cursor follows it so the next key press moves it again.
  useEffect(() => {
    const pending = focusAfterMove.current;
    if (!pending || !list.current) return;
    focusAfterMove.current = null;
    const row = [...list.current.querySelectorAll<HTMLElement>('[data-key]')].find((element) => element.dataset.key === pending.key);
    const wanted = row?.querySelector<HTMLButtonElement>(`button[data-direction="${pending.direction}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`button[data-direction="${pending.direction === 'up' ? 'down' : 'up'}"]`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  });

  const label = (description: ProceedingDescription) => proceedingLabel(description, t);
  const move = (from: number, to: number) => onChange(movedTo(keys, from, to));
  const moveByKey = (index: number, direction: 'up' | 'down') => {
    focusAfterMove.current = { key: keys[index] ?? '', direction };
    move(index, direction === 'up' ? index - 1 : index + 1);
  };

  const endDrag = () => {
    setDragged(null);
    setDropAt(null);
  };
  const onDragStart = (event: DragEvent<HTMLLIElement>, index: number) => {
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', keys[index] ?? '');
    setDragged(index);
  };
  const onDragOver = (event: DragEvent<HTMLLIElement>, index: number) => {
    if (dragged === null) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (dropAt !== index) setDropAt(index);
  };
  const onDrop = (event: DragEvent<HTMLLIElement>, index: number) => {
    event.preventDefault();
    if (dragged !== null) move(dragged, index);
    endDrag();
  };

  return (
    <div className="proceedings">
      <h3 id={headingId} className="card__subheading">
        {t('proceedings.heading')}
      </h3>
      <p className="hint">{t('proceedings.hint')}</p>
      {items.length === 0 ? (
        <p className="hint">{t('proceedings.empty')}</p>
      ) : (
        <ol ref={list} className="proceedings__list" aria-labelledby={headingId}>
          {items.map((item, index) => {
            const text = label(item.description);
            // Two roles not yet chosen share a key until they are; React still needs each row told apart.
            const occurrence = keys.slice(0, index).filter((key) => key === item.key).length;
            const classes = ['proceedings__item', dragged === index ? 'proceedings__item--dragged' : '', dropAt === index && dragged !== index ? 'proceedings__item--drop' : ''];
            return (
              <li
                key={`${item.key}#${occurrence}`}
                data-key={item.key}
                className={classes.filter(Boolean).join(' ')}
                draggable
                onDragStart={(event) => onDragStart(event, index)}
                onDragOver={(event) => onDragOver(event, index)}
                onDrop={(event) => onDrop(event, index)}
                onDragEnd={endDrag}
              >
                <span className="proceedings__grip" aria-hidden="true">
                  ⠿
                </span>
                <span className="proceedings__label">{text}</span>
                <button
                  type="button"
                  className="button button--small"
                  data-direction="up"
                  aria-label={t('proceedings.moveUp', { item: text })}
                  disabled={index === 0}
                  onClick={() => moveByKey(index, 'up')}
                >
                  {t('proceedings.up')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  data-direction="down"
                  aria-label={t('proceedings.moveDown', { item: text })}
                  disabled={index === items.length - 1}
                  onClick={() => moveByKey(index, 'down')}
                >
                  {t('proceedings.down')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation<'programmes'>>['t'];

/** One proceeding named as the secretary recorded it: "स्वागत भाषण: श्री अशोक जैन", "वक्तव्य: सुश्री कविता राजपूत". */
function proceedingLabel(description: ProceedingDescription, t: Translate): string {
  switch (description.kind) {
    case 'role': {
      const role = description.roleName || t('proceedings.unnamedRole');
      return description.holders.length > 0 ? t('proceedings.role', { role, holders: description.holders.join(', ') }) : role;
    }
    case 'activity':
      if (description.name !== '' && description.text !== '') return t('proceedings.activityWithText', { name: description.name, text: description.text });
      return description.name || description.text || t('proceedings.unnamedActivity');
    case 'speech':
      return t('proceedings.speech', { speaker: description.speaker || t('proceedings.unnamedSpeaker') });
  }
}
