import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { DATA_BLOCK_HTML_ATTRIBUTE } from './data-block';
import { SIGNATURE_HTML_ATTRIBUTE } from './signature-block';

/** Only the elements the report model can hold; everything else is unwrapped to its text. */
const ALLOWED_TAGS = [
  'p',
  'h1',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'strike',
  'del',
  'a',
  // Carries the data and signature blocks when they are copied and pasted inside the editor.
  'div',
];

/** Attributes whose values are plain data, so DOMPurify must not test them as links. */
const DATA_ATTR = [
  'colspan',
  'rowspan',
  'start',
  // ProseMirror marks its own clipboard HTML with this, so a pasted list item or cell keeps its place.
  'data-pm-slice',
  DATA_BLOCK_HTML_ATTRIBUTE,
  SIGNATURE_HTML_ATTRIBUTE,
];

/**
 * DOMPurify's first cut at links: web pages and e-mail addresses only. The editor then applies
 * the report's own rule (safeReportLink in the contract) to what is left.
 */
const ALLOWED_LINK = /^(?:https?|mailto):/i;

const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', ...DATA_ATTR],
  ADD_URI_SAFE_ATTR: DATA_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: ALLOWED_LINK,
  // Script, style and embedded content are dropped with what they contain, not unwrapped to text.
  FORBID_TAGS: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'title', 'meta', 'link', 'img', 'svg', 'math'],
  KEEP_CONTENT: true,
};

/**
 * Word and Google Docs mark bold, italic and underlined text with inline styles, which the
 * sanitiser removes. Before that, styled spans become the matching elements so the formatting
 * survives; Google Docs' whole-paste wrapper `<b style="font-weight:normal">` is unwrapped so the
 * entire paste does not turn bold.
 */
function keepStyledFormatting(root: HTMLElement): void {
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('[style]'))) {
    const style = (element.getAttribute('style') ?? '').toLowerCase();
    const tag = element.tagName.toLowerCase();
    if ((tag === 'b' || tag === 'strong') && /font-weight\s*:\s*(normal|[1-4]00)\b/.test(style)) {
      element.replaceWith(...Array.from(element.childNodes));
      continue;
    }
    if (tag !== 'span') continue;
    const wrappers: string[] = [];
    if (/font-weight\s*:\s*(bold|bolder|[6-9]00)\b/.test(style)) wrappers.push('strong');
    if (/font-style\s*:\s*italic\b/.test(style)) wrappers.push('em');
    if (/text-decoration[a-z-]*\s*:[^;]*underline/.test(style)) wrappers.push('u');
    if (/text-decoration[a-z-]*\s*:[^;]*line-through/.test(style)) wrappers.push('s');
    for (const wrapperTag of wrappers) {
      const wrapper = element.ownerDocument.createElement(wrapperTag);
      wrapper.append(...Array.from(element.childNodes));
      element.append(wrapper);
    }
  }
}

let purifier: Purifier | undefined;

/** A private instance, so the app's other uses of DOMPurify never see this configuration. */
function getPurifier(): Purifier {
  purifier ??= DOMPurify(window);
  return purifier;
}

/**
 * Cleans HTML from the clipboard before the editor parses it: only elements and attributes the
 * report model can hold are kept, and links only to http, https and mailto addresses.
 * Needs a DOM (it runs in the renderer).
 */
export function sanitisePastedHtml(html: string): string {
  // A parsed document is inert: its scripts do not run and its images do not load.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  keepStyledFormatting(parsed.body);
  return getPurifier().sanitize(parsed.body.innerHTML, PURIFY_CONFIG);
}
