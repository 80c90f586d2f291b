import type { Cooperative } from './cooperative.js';
import type { EntryContent } from './zip-inflate.js';

/** Receives the elements of an XML document in order; names come without their namespace prefix. */
export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

// A tag, a comment, a processing instruction, CDATA or a DOCTYPE. No part may run past the next
// "<" (XML forbids it in attribute values, and Excel writes no comments or CDATA), so a crafted
// file of unclosed quotes or comments costs linear time instead of quadratic.
const TOKEN = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^<>"']|"[^<"]*"|'[^<']*')*)>|<!--[^<]*?-->|<\?[^<]*?\?>|<!\[CDATA\[([^<]*?)\]\]>|<!DOCTYPE[^<>]*>/g;

/** Characters scanned at a time: a slice of work that never holds the event loop long. */
const PIECE_CHARS = 256 * 1024;

/**
 * A small, forgiving XML reader for the parts of an XLSX we need. It is not a validating parser
 * and expands only the five predefined and numeric entities, so no entity trick can blow it up.
 * It decodes the UTF-8 bytes as they are inflated and scans them piece by piece, cutting each
 * piece before its last "<" so that no tag is split, and pauses between pieces.
 */
export async function scanXml(source: EntryContent, handler: XmlHandler, cooperative: Cooperative, progress: (within: number) => number = (within) => within): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  const token = new RegExp(TOKEN.source, 'g');
  let pending = '';
  let seen = 0;
  for await (const chunk of source.chunks) {
    seen += chunk.length;
    pending += decoder.decode(chunk, { stream: true });
    if (pending.length < PIECE_CHARS) continue;
    const cut = pending.lastIndexOf('<');
    if (cut <= 0) continue;
    scanPiece(pending.slice(0, cut), token, handler);
    pending = pending.slice(cut);
    await cooperative.pause(progress(seen / Math.max(1, source.size)));
  }
  pending += decoder.decode();
  if (pending !== '') scanPiece(pending, token, handler);
}

function scanPiece(xml: string, token: RegExp, handler: XmlHandler): void {
  token.lastIndex = 0;
  let textStart = 0;
  for (let match = token.exec(xml); match !== null; match = token.exec(xml)) {
    if (match.index > textStart) handler.text(decodeEntities(xml.slice(textStart, match.index)));
    textStart = token.lastIndex;
    const [, slash, name, attributeText, cdata] = match;
    if (name !== undefined) {
      if (slash === '/') handler.close(name);
      else {
        const selfClosing = attributeText!.endsWith('/');
        handler.open(name, attributeText!, selfClosing);
        if (selfClosing) handler.close(name);
      }
    } else if (cdata !== undefined) handler.text(cdata);
  }
  if (textStart < xml.length) handler.text(decodeEntities(xml.slice(textStart)));
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9A-Fa-f]{1,6}));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, named: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (named !== undefined) return NAMED[named]!;
    const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
  });
}

/** The value of one attribute in a tag's attribute text, entities decoded; any namespace prefix is ignored. */
export function attribute(attributes: string, name: string): string | undefined {
  // indexOf instead of a regular expression: this runs several times for every cell of a sheet.
  for (let at = attributes.indexOf(name); at >= 0; at = attributes.indexOf(name, at + 1)) {
    const before = at === 0 ? 32 : attributes.charCodeAt(at - 1);
    if (!(before === 32 || before === 9 || before === 10 || before === 13 || before === 58)) continue;
    if (before === 58 && !/(?:^|\s)[\w.-]+$/.test(attributes.slice(0, at - 1))) continue;
    let position = at + name.length;
    while (attributes.charCodeAt(position) === 32) position += 1;
    if (attributes.charCodeAt(position) !== 61) continue;
    position += 1;
    while (attributes.charCodeAt(position) === 32) position += 1;
    const quote = attributes[position];
    if (quote !== '"' && quote !== "'") continue;
    const close = attributes.indexOf(quote, position + 1);
    if (close < 0) return undefined;
    return decodeEntities(attributes.slice(position + 1, close));
  }
  return undefined;
}

/** Excel writes characters XML cannot hold as _xHHHH_ (a line feed is _x000A_; "_x005F_" is "_"). */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
