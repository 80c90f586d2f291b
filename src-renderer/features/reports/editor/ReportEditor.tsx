import type { AnyExtension } from '@tiptap/core';
import { Link } from '@tiptap/extension-link';
import { OrderedList } from '@tiptap/extension-list';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { EditorContent, useEditor, type UseEditorOptions } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safeReportLink, type DataBlockAttrs, type DataBlockSource, type ReportDoc, type SignatureAttrs } from '../../../../src-main/core/contract/index.js';
import { DataBlock, DataBlockContext, type DataBlockEnvironment } from './data-block';
import { sanitisePastedHtml } from './paste-sanitiser';
import { EMPTY_SIGNATURE, SignatureBlock } from './signature-block';
import { Toolbar } from './Toolbar';
import { convertPastedText, KrutiDevPaste, type PastedText } from './kruti-dev-paste';
import { KrutiDevOfferBar } from '../../../components/KrutiDevOfferBar';
import { call } from '../../../lib/api';
import type { KrutiDevOffer } from '../../../lib/use-kruti-dev-paste';
import './editor.css';

export interface ReportEditorProps {
  /** The body the editor starts with, and the body it loads whenever `contentKey` changes. */
  initialBody: ReportDoc;
  /**
   * Change it (for example to a restored revision's id) to load `initialBody` into the same
   * editor. Loading neither calls `onChange` nor can be undone. While it stays the same, new
   * `initialBody` values are ignored, so saving and re-rendering never disturb the cursor.
   */
  contentKey?: string | number;
  readOnly: boolean;
  /** Called with the whole body after every change to the text (not after cursor moves). */
  onChange: (body: ReportDoc) => void;
  /** Takes a fresh snapshot of a table from the record, for a data block's refresh button. */
  onRefreshDataBlock: (source: DataBlockSource) => Promise<DataBlockAttrs>;
  /** Takes the snapshot for a newly inserted data block; defaults to `onRefreshDataBlock`. */
  onInsertDataBlock?: (source: DataBlockSource) => Promise<DataBlockAttrs>;
  /** What a newly inserted signature block holds (for example the place and designation). */
  signatureDefaults?: SignatureAttrs;
}

const LINK_REL = 'noopener noreferrer nofollow';

/** Ordered lists keep only their start number, clamped to what the report model accepts. */
const ReportOrderedList = OrderedList.extend({
  addAttributes() {
    return {
      start: {
        default: 1,
        parseHTML: (element: HTMLElement) => {
          const start = Number.parseInt(element.getAttribute('start') ?? '', 10);
          return Number.isInteger(start) ? Math.min(Math.max(start, 0), 1_000_000) : 1;
        },
      },
    };
  },
});

/** Cells keep only their spans: widths and alignment are not part of the report model. */
function spanAttribute(name: 'colspan' | 'rowspan') {
  return {
    default: 1,
    parseHTML: (element: HTMLElement) => {
      const span = Number.parseInt(element.getAttribute(name) ?? '', 10);
      return Number.isInteger(span) ? Math.min(Math.max(span, 1), 50) : 1;
    },
  };
}
const cellAttributes = () => ({ colspan: spanAttribute('colspan'), rowspan: spanAttribute('rowspan') });
const ReportTableCell = TableCell.extend({ addAttributes: cellAttributes });
const ReportTableHeader = TableHeader.extend({ addAttributes: cellAttributes });

const isAllowedLink = (url: string) => safeReportLink(url) !== null;

/** Links keep only their address, and only web and e-mail addresses. */
const ReportLink = Link.extend({
  addAttributes() {
    return { href: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute('href') } };
  },
  renderHTML({ HTMLAttributes }) {
    const href = typeof HTMLAttributes['href'] === 'string' && isAllowedLink(HTMLAttributes['href']) ? HTMLAttributes['href'] : '';
    return ['a', { href, rel: LINK_REL }, 0];
  },
}).configure({
  openOnClick: false,
  autolink: false,
  linkOnPaste: false,
  protocols: [],
  HTMLAttributes: { rel: LINK_REL },
  isAllowedUri: isAllowedLink,
  shouldAutoLink: isAllowedLink,
});

/** Exactly the nodes and marks of the report model (src-main/core/contract/report-document.ts). */
export function reportEditorExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      link: false,
      orderedList: false,
      // A paragraph added by itself after a final block would be a change nobody made.
      trailingNode: false,
      heading: { levels: [1, 2, 3] },
    }),
    ReportOrderedList,
    ReportLink,
    Table.configure({ resizable: false }),
    TableRow,
    ReportTableCell,
    ReportTableHeader,
    DataBlock,
    SignatureBlock,
  ];
}


/**
 * The report body editor. It is created once per mount: parent re-renders, new callbacks and a
 * read-only switch reach the same editor, so typing, IME composition and undo history survive saves.
 */
export function ReportEditor({ initialBody, contentKey, readOnly, onChange, onRefreshDataBlock, onInsertDataBlock, signatureDefaults }: ReportEditorProps) {
  const { t } = useTranslation('reportEditor');
  const textLabel = t('editor.label');

  const [krutiDevOffer, setKrutiDevOffer] = useState<KrutiDevOffer | null>(null);
  /** Set when converting was asked for but the pasted words had been changed meanwhile. */
  const [krutiDevStale, setKrutiDevStale] = useState(false);
  // Text pasted in the old Kruti Dev font is offered in Unicode, as in every other Hindi box.
  const onPastedLatin = (pasted: PastedText) => {
    setKrutiDevOffer(null);
    setKrutiDevStale(false);
    call('text:krutiDev', { text: pasted.text })
      .then((result) => {
        if (result.likely) setKrutiDevOffer({ pasted: pasted.text, converted: result.converted });
      })
      // The check is a convenience: if it fails, the pasted text simply stays as it is.
      .catch(() => undefined);
  };
  const latest = useRef({ initialBody, onChange, onRefreshDataBlock, onInsertDataBlock, textLabel, readOnly, onPastedLatin });
  useEffect(() => {
    latest.current = { initialBody, onChange, onRefreshDataBlock, onInsertDataBlock, textLabel, readOnly, onPastedLatin };
  });

  // Created once: useEditor compares options by identity and would reconfigure on a new object.
  const [options] = useState<UseEditorOptions>(() => ({
    extensions: [
      ...reportEditorExtensions(),
      KrutiDevPaste.configure({ onPasted: (pasted: PastedText) => latest.current.onPastedLatin(pasted) }),
    ],
    content: initialBody,
    editable: !readOnly,
    // The renderer's CSP forbids inline <style>; editor.css carries these rules instead.
    injectCSS: false,
    editorProps: {
      attributes: (): Record<string, string> => ({
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': latest.current.textLabel,
        ...(latest.current.readOnly ? { 'aria-readonly': 'true' } : {}),
        class: 'report-editor__text',
      }),
      transformPastedHTML: sanitisePastedHtml,
    },
    onUpdate: ({ editor }) => {
      // A read-only report must never be saved because a plugin tidied the document.
      if (!editor.isEditable) return;
      latest.current.onChange(editor.getJSON() as ReportDoc);
    },
  }));
  const editor = useEditor(options);

  useEffect(() => {
    if (editor.isDestroyed) return;
    if (editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
    // The textbox's name and read-only state are recomputed whenever the view updates.
    editor.view.updateState(editor.state);
  }, [editor, readOnly, textLabel]);

  const loadedKey = useRef(contentKey);
  useEffect(() => {
    if (loadedKey.current === contentKey || editor.isDestroyed) return;
    loadedKey.current = contentKey;
    editor.chain().setMeta('addToHistory', false).setContent(latest.current.initialBody, { emitUpdate: false }).run();
  }, [editor, contentKey]);

  const environment = useMemo<DataBlockEnvironment>(() => ({ readOnly, refresh: (source) => latest.current.onRefreshDataBlock(source) }), [readOnly]);
  const requestDataBlock = useMemo(
    () => (source: DataBlockSource) => (latest.current.onInsertDataBlock ?? latest.current.onRefreshDataBlock)(source),
    [],
  );

  const convertPasted = () => {
    const offer = krutiDevOffer;
    setKrutiDevOffer(null);
    if (offer === null || editor.isDestroyed) return;
    setKrutiDevStale(!convertPastedText(editor, offer.converted));
  };

  return (
    <div className={`report-editor${readOnly ? ' report-editor--read-only' : ''}`}>
      <Toolbar editor={editor} readOnly={readOnly} onRequestDataBlock={requestDataBlock} signature={signatureDefaults ?? EMPTY_SIGNATURE} />
      {krutiDevOffer !== null && !readOnly && (
        <KrutiDevOfferBar offer={krutiDevOffer} onAccept={convertPasted} onDismiss={() => setKrutiDevOffer(null)} />
      )}
      {krutiDevStale && (
        <p className="hint" role="status">
          {t('krutiDev.changed')}
        </p>
      )}
      <DataBlockContext value={environment}>
        <EditorContent editor={editor} className="report-editor__page" />
      </DataBlockContext>
    </div>
  );
}
