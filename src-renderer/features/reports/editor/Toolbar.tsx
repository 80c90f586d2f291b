import type { Editor, JSONContent } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_BLOCK_SOURCES, type DataBlockAttrs, type DataBlockSource, type SignatureAttrs } from '../../../../src-main/core/contract/index.js';

interface ToolbarProps {
  editor: Editor;
  readOnly: boolean;
  /** Takes a snapshot of a table from the record; the toolbar inserts it at the cursor. */
  onRequestDataBlock: (source: DataBlockSource) => Promise<DataBlockAttrs>;
  /** What a newly inserted signature block says before the report is finalised. */
  signature: SignatureAttrs;
}

/**
 * Inserts a block at the cursor and puts the cursor on the line after it (adding an empty
 * paragraph when no text follows), so typing on does not replace the block just inserted.
 */
function insertBlock(editor: Editor, block: JSONContent): void {
  editor
    .chain()
    .focus()
    .insertContent(block)
    .command(({ tr }) => {
      const { selection } = tr;
      const paragraph = editor.schema.nodes['paragraph'];
      if (!(selection instanceof NodeSelection) || !paragraph) return true;
      const after = selection.to;
      if (!tr.doc.resolve(after).nodeAfter?.isTextblock) tr.insert(after, paragraph.create());
      tr.setSelection(TextSelection.create(tr.doc, after + 1));
      return true;
    })
    .run();
}

interface ToolButtonProps {
  label: string;
  tip: string;
  keys?: string;
  pressed?: boolean;
  disabled: boolean;
  onClick: () => void;
  className?: string;
}

function ToolButton({ label, tip, keys, pressed, disabled, onClick, className = '' }: ToolButtonProps) {
  return (
    <button
      type="button"
      className={`report-toolbar__button ${className}`}
      title={tip}
      aria-keyshortcuts={keys}
      aria-pressed={pressed}
      disabled={disabled}
      data-toolbar-item=""
      // Keeps the text selection in the editor while the button is clicked.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

function Group({ children }: { children: ReactNode }) {
  return <div className="report-toolbar__group">{children}</div>;
}

/** Arrow keys, Home and End move between the toolbar's buttons, as in the ARIA toolbar pattern. */
function moveFocusWithin(event: KeyboardEvent<HTMLDivElement>): void {
  const moves: Record<string, (index: number, count: number) => number> = {
    ArrowRight: (index, count) => (index + 1) % count,
    ArrowLeft: (index, count) => (index - 1 + count) % count,
    Home: () => 0,
    End: (_index, count) => count - 1,
  };
  const move = moves[event.key];
  if (!move) return;
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[data-toolbar-item]:not(:disabled)'));
  const index = items.findIndex((item) => item === document.activeElement);
  if (index === -1 || items.length === 0) return;
  event.preventDefault();
  items[move(index, items.length)]?.focus();
}

export function Toolbar({ editor, readOnly, onRequestDataBlock, signature }: ToolbarProps) {
  const { t } = useTranslation('reportEditor');
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const [dataBlockState, setDataBlockState] = useState<'idle' | 'loading' | 'failed'>('idle');

  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      heading1: current.isActive('heading', { level: 1 }),
      heading2: current.isActive('heading', { level: 2 }),
      heading3: current.isActive('heading', { level: 3 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      canAddRow: current.can().addRowAfter(),
      canDeleteRow: current.can().deleteRow(),
      canAddColumn: current.can().addColumnAfter(),
      canDeleteColumn: current.can().deleteColumn(),
      canDeleteTable: current.can().deleteTable(),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });

  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () => {
    command(editor.chain().focus()).run();
  };

  const insertDataBlock = async (source: DataBlockSource) => {
    setMenuOpen(false);
    setDataBlockState('loading');
    try {
      const attrs = await onRequestDataBlock(source);
      if (!editor.isDestroyed) insertBlock(editor, { type: 'dataBlock', attrs });
      setDataBlockState('idle');
    } catch {
      setDataBlockState('failed');
    }
  };

  const closeMenu = () => {
    setMenuOpen(false);
    menuButton.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]'));
    const index = items.findIndex((item) => item === document.activeElement);
    const next: Record<string, number> = { ArrowDown: (index + 1) % items.length, ArrowUp: (index - 1 + items.length) % items.length, Home: 0, End: items.length - 1 };
    if (event.key === 'Escape') {
      event.preventDefault();
      // The editor's page may close on Escape too; the open menu takes it first.
      event.stopPropagation();
      closeMenu();
    } else if (event.key in next) {
      event.preventDefault();
      items[next[event.key] ?? 0]?.focus();
    } else if (event.key === 'Tab') {
      setMenuOpen(false);
    }
  };

  const disabled = readOnly;
  return (
    <div className="report-toolbar-area">
      <div role="toolbar" aria-label={t('toolbar.label')} aria-disabled={readOnly || undefined} className="report-toolbar" onKeyDown={moveFocusWithin}>
        <Group>
          <ToolButton label={t('toolbar.bold')} tip={t('toolbar.boldTip')} keys="Control+B" pressed={active.bold} disabled={disabled} onClick={run((chain) => chain.toggleBold())} className="report-toolbar__button--bold" />
          <ToolButton label={t('toolbar.italic')} tip={t('toolbar.italicTip')} keys="Control+I" pressed={active.italic} disabled={disabled} onClick={run((chain) => chain.toggleItalic())} className="report-toolbar__button--italic" />
          <ToolButton label={t('toolbar.underline')} tip={t('toolbar.underlineTip')} keys="Control+U" pressed={active.underline} disabled={disabled} onClick={run((chain) => chain.toggleUnderline())} className="report-toolbar__button--underline" />
        </Group>
        <Group>
          <ToolButton label={t('toolbar.heading1')} tip={t('toolbar.heading1Tip')} keys="Control+Alt+1" pressed={active.heading1} disabled={disabled} onClick={run((chain) => chain.toggleHeading({ level: 1 }))} />
          <ToolButton label={t('toolbar.heading2')} tip={t('toolbar.heading2Tip')} keys="Control+Alt+2" pressed={active.heading2} disabled={disabled} onClick={run((chain) => chain.toggleHeading({ level: 2 }))} />
          <ToolButton label={t('toolbar.heading3')} tip={t('toolbar.heading3Tip')} keys="Control+Alt+3" pressed={active.heading3} disabled={disabled} onClick={run((chain) => chain.toggleHeading({ level: 3 }))} />
        </Group>
        <Group>
          <ToolButton label={t('toolbar.bulletList')} tip={t('toolbar.bulletListTip')} keys="Control+Shift+8" pressed={active.bulletList} disabled={disabled} onClick={run((chain) => chain.toggleBulletList())} />
          <ToolButton label={t('toolbar.orderedList')} tip={t('toolbar.orderedListTip')} keys="Control+Shift+7" pressed={active.orderedList} disabled={disabled} onClick={run((chain) => chain.toggleOrderedList())} />
        </Group>
        <Group>
          <ToolButton label={t('toolbar.insertTable')} tip={t('toolbar.insertTableTip')} disabled={disabled} onClick={run((chain) => chain.insertTable({ rows: 3, cols: 3, withHeaderRow: true }))} />
          <ToolButton label={t('toolbar.addRow')} tip={t('toolbar.addRowTip')} disabled={disabled || !active.canAddRow} onClick={run((chain) => chain.addRowAfter())} />
          <ToolButton label={t('toolbar.deleteRow')} tip={t('toolbar.deleteRowTip')} disabled={disabled || !active.canDeleteRow} onClick={run((chain) => chain.deleteRow())} />
          <ToolButton label={t('toolbar.addColumn')} tip={t('toolbar.addColumnTip')} disabled={disabled || !active.canAddColumn} onClick={run((chain) => chain.addColumnAfter())} />
          <ToolButton label={t('toolbar.deleteColumn')} tip={t('toolbar.deleteColumnTip')} disabled={disabled || !active.canDeleteColumn} onClick={run((chain) => chain.deleteColumn())} />
          <ToolButton label={t('toolbar.deleteTable')} tip={t('toolbar.deleteTableTip')} disabled={disabled || !active.canDeleteTable} onClick={run((chain) => chain.deleteTable())} />
        </Group>
        <Group>
          <div className="report-toolbar__menu-anchor">
            <button
              ref={menuButton}
              type="button"
              className="report-toolbar__button"
              title={t('toolbar.insertDataBlockTip')}
              aria-haspopup="menu"
              aria-expanded={menuOpen}
              aria-controls={menuOpen ? menuId : undefined}
              disabled={disabled || dataBlockState === 'loading'}
              data-toolbar-item=""
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => setMenuOpen((open) => !open)}
            >
              {t('toolbar.insertDataBlock')}
            </button>
            {menuOpen && (
              <ul
                id={menuId}
                role="menu"
                aria-label={t('toolbar.dataBlockMenu')}
                className="report-toolbar__menu"
                onKeyDown={onMenuKeyDown}
                onBlur={(event) => {
                  if (!event.currentTarget.contains(event.relatedTarget)) setMenuOpen(false);
                }}
              >
                {DATA_BLOCK_SOURCES.map((source, index) => (
                  <li key={source} role="none">
                    <button
                      type="button"
                      role="menuitem"
                      className="report-toolbar__menu-item"
                      // Keyboard users land on the first choice; mouse users keep the editor's selection.
                      autoFocus={index === 0}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => void insertDataBlock(source)}
                    >
                      {t(`source.${source}`)}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <ToolButton label={t('toolbar.insertSignature')} tip={t('toolbar.insertSignatureTip')} disabled={disabled} onClick={() => insertBlock(editor, { type: 'signatureBlock', attrs: signature })} />
        </Group>
        <Group>
          <ToolButton label={t('toolbar.undo')} tip={t('toolbar.undoTip')} keys="Control+Z" disabled={disabled || !active.canUndo} onClick={run((chain) => chain.undo())} />
          <ToolButton label={t('toolbar.redo')} tip={t('toolbar.redoTip')} keys="Control+Y" disabled={disabled || !active.canRedo} onClick={run((chain) => chain.redo())} />
        </Group>
      </div>
      {dataBlockState === 'loading' && (
        <p className="report-toolbar-area__status" role="status">
          {t('toolbar.dataBlockLoading')}
        </p>
      )}
      {dataBlockState === 'failed' && (
        <p className="report-toolbar-area__status report-block__error" role="alert">
          {t('toolbar.dataBlockFailed')}
        </p>
      )}
    </div>
  );
}
