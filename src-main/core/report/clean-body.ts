import { hasLoneSurrogate, type ReportDoc } from '../contract/index.js';
import { AppError } from '../errors.js';

/**
 * Control characters a paste from Word or a PDF can leave in a report's text. The Word writer
 * has always dropped them, but the PDF and the print preview would draw boxes or nothing, so
 * they are removed before the body is stored. Tab and line feed stay; a carriage return, and
 * Word's manual line and page breaks, become line feeds.
 */
const WORD_BREAKS = /\r\n?|[\u000B\u000C]/gu;
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/gu;
/** Letters shown either side of a broken character, so the secretary can find it in the editor. */
const CONTEXT_LETTERS = 20;

/**
 * The report body as it is stored: the one text rule applied to every text in it (paragraphs,
 * table cells, data blocks, the signature, link addresses). A text that holds half of a UTF-16
 * pair is refused, since no file can hold it and no writer can draw it; the error shows the words
 * around it. Text nodes left empty by the cleaning are dropped, as the editor never makes them.
 */
export function cleanReportBody(body: ReportDoc): ReportDoc {
  return cleanValue(body) as ReportDoc;
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanValue).filter((item) => !isEmptyTextNode(item));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanValue(item)]));
  }
  return value;
}

/** Any character either replacement below would touch; most texts have none and are kept as they are. */
const NEEDS_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F]/u;

function cleanText(text: string): string {
  if (hasLoneSurrogate(text)) throw new AppError('reports.brokenText', { params: { near: wordsAround(text) } });
  // An autosave cleans every text of the body, so the usual clean text costs one scan, not two replacements.
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(WORD_BREAKS, '\n').replace(INVISIBLE_CONTROLS, '');
}

function isEmptyTextNode(item: unknown): boolean {
  return typeof item === 'object' && item !== null && 'type' in item && item.type === 'text' && 'text' in item && item.text === '';
}

/** The letters around the first broken character, with that character shown as "�". */
function wordsAround(text: string): string {
  const letters = [...text];
  const at = letters.findIndex((letter) => hasLoneSurrogate(letter));
  const start = Math.max(0, at - CONTEXT_LETTERS);
  const around = letters.slice(start, at + CONTEXT_LETTERS + 1).map((letter) => (hasLoneSurrogate(letter) ? '\uFFFD' : letter));
  return `${start > 0 ? '…' : ''}${around.join('').replace(/\s+/gu, ' ').trim()}${at + CONTEXT_LETTERS + 1 < letters.length ? '…' : ''}`;
}
