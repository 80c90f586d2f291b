import { Extension, type Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** Where a plain-text paste landed: the document range it fills now, and the text pasted. */
export interface PastedText {
  from: number;
  to: number;
  text: string;
}

const pastedKey = new PluginKey<PastedText | null>('krutiDevPaste');

/**
 * Reports every paste of Latin-only text, so the editor can ask the core whether it is Kruti
 * Dev and offer to convert it. The pasted range is kept in the plugin's state and moved along
 * with every later change, so converting later still finds exactly the pasted words. The paste
 * itself goes in unchanged, as in every other Hindi text box.
 */
export const KrutiDevPaste = Extension.create<{ onPasted: (pasted: PastedText) => void }>({
  name: 'krutiDevPaste',
  addOptions() {
    return { onPasted: () => undefined };
  },
  addProseMirrorPlugins() {
    const onPasted = this.options.onPasted;
    let pending: { from: number; text: string } | null = null;
    return [
      new Plugin<PastedText | null>({
        key: pastedKey,
        state: {
          init: () => null,
          apply: (tr, value) => {
            const fresh = tr.getMeta(pastedKey) as PastedText | null | undefined;
            if (fresh !== undefined) return fresh;
            if (value === null || !tr.docChanged) return value;
            const from = tr.mapping.map(value.from, 1);
            const to = tr.mapping.map(value.to, -1);
            return to > from ? { ...value, from, to } : null;
          },
        },
        props: {
          handlePaste: (view, event) => {
            const text = event.clipboardData?.getData('text/plain') ?? '';
            // Devanagari is already Unicode; only Latin text can be Kruti Dev.
            pending = text.trim() === '' || /[\u0900-\u097F]/.test(text) ? null : { from: view.state.selection.from, text };
            return false;
          },
        },
        appendTransaction: (transactions, _before, after) => {
          if (pending === null || !transactions.some((transaction) => transaction.getMeta('uiEvent') === 'paste')) return null;
          const pasted = { from: pending.from, to: after.selection.to, text: pending.text };
          pending = null;
          onPasted(pasted);
          return after.tr.setMeta(pastedKey, pasted).setMeta('addToHistory', false);
        },
      }),
    ];
  },
});

/**
 * Replaces the pasted words with their Unicode form, line by line within the paragraphs the
 * paste filled, so paragraphs, lists and formatting around them stay as they are, in one step
 * that Ctrl+Z undoes. Returns false (and changes nothing) when the pasted words are no longer
 * there as pasted, for example after they were edited.
 */
export function convertPastedText(editor: Editor, converted: string): boolean {
  const pasted = pastedKey.getState(editor.state);
  if (pasted === null || pasted === undefined) return false;
  const { doc } = editor.state;
  const pieces: Array<{ from: number; to: number; text: string }> = [];
  doc.nodesBetween(pasted.from, pasted.to, (node, position) => {
    if (!node.isTextblock) return true;
    const from = Math.max(pasted.from, position + 1);
    const to = Math.min(pasted.to, position + node.nodeSize - 1);
    if (to > from) pieces.push({ from, to, text: doc.textBetween(from, to) });
    return false;
  });
  const pastedLines = pasted.text.split(/(?:\r\n?|\n)+/).map((line) => line.trim()).filter((line) => line !== '');
  const convertedLines = converted.split(/(?:\r\n?|\n)+/).map((line) => line.trim()).filter((line) => line !== '');
  const samePieces = pieces.length === pastedLines.length && pieces.every((piece, index) => piece.text.trim() === pastedLines[index]);
  if (!samePieces || convertedLines.length !== pieces.length) return false;
  // Its own undo step, even right after the paste: Ctrl+Z takes back the conversion, not the paste.
  const tr = closeHistory(editor.state.tr);
  // From the end backwards, so the earlier positions stay valid.
  for (let index = pieces.length - 1; index >= 0; index -= 1) {
    const piece = pieces[index];
    const line = convertedLines[index];
    if (piece === undefined || line === undefined) return false;
    const lead = piece.text.length - piece.text.trimStart().length;
    const trail = piece.text.length - piece.text.trimEnd().length;
    tr.insertText(line, piece.from + lead, piece.to - trail);
  }
  editor.view.dispatch(tr.setMeta(pastedKey, null));
  return true;
}
