import { useState, type ClipboardEvent } from 'react';
import { call } from './api';

export interface KrutiDevOffer {
  pasted: string;
  converted: string;
}

/**
 * Watches pastes into a Hindi field: text typed years ago in the Kruti Dev font arrives as
 * Latin letters (`dk;Z'kkyk`). The paste goes in as it is; if the core recognises Kruti Dev,
 * an offer to convert it is returned for the field to show, and accept() swaps the pasted text
 * for its Unicode form.
 */
export function useKrutiDevPaste(value: string, onChange: (value: string) => void) {
  const [offer, setOffer] = useState<KrutiDevOffer | null>(null);

  const onPaste = (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    setOffer(null);
    // A read-only box (a finalised report's title) takes no paste, so there is nothing to convert.
    if (event.currentTarget.readOnly) return;
    // Devanagari is already Unicode; only Latin text can be Kruti Dev.
    if (pasted.trim() === '' || /[\u0900-\u097F]/.test(pasted)) return;
    call('text:krutiDev', { text: pasted })
      .then((result) => {
        if (result.likely) setOffer({ pasted, converted: result.converted });
      })
      // The check is a convenience: if it fails, the pasted text simply stays as it is.
      .catch(() => undefined);
  };

  const accept = () => {
    if (!offer) return;
    // Only while the pasted words are still there; otherwise converting could only add text twice.
    if (value.includes(offer.pasted)) onChange(value.replace(offer.pasted, offer.converted));
    setOffer(null);
  };

  return { offer, onPaste, accept, dismiss: () => setOffer(null) };
}
