const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Every piece of user text goes through here before it reaches a print template, in element
 * content and in attribute values alike, so a name such as `<b>&"x"</b>` prints literally.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/**
 * A CSS string literal (with its quotes) for text placed in `content:` or `url()`. Everything
 * outside a plain safe set becomes a hex escape, so neither a quote nor `</style>` can end it.
 */
export function cssString(text: string): string {
  const escaped = Array.from(text, (character) =>
    /[\p{L}\p{M}\p{N} .,:;!?()«»“”‘’\-–—/·|_+=#%@*]/u.test(character) ? character : `\\${character.codePointAt(0)?.toString(16) ?? ''} `,
  ).join('');
  return `"${escaped}"`;
}
