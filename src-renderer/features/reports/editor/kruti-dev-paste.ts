import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** Where a plain-text paste landed, for the offer to convert it: the document range and the text. */
export interface PastedText {
  from: number;
  to: number;
  text: string;
}

/**
 * Reports every paste of Latin-only text with the range it filled once inserted, so the editor
 * can ask the core whether it is Kruti Dev and offer to convert just that range. The paste
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
      new Plugin({
        key: new PluginKey('krutiDevPaste'),
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
          onPasted({ from: pending.from, to: after.selection.to, text: pending.text });
          pending = null;
          return null;
        },
      }),
    ];
  },
});
