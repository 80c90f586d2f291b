import { cssString } from './escape-html.js';
import { counterStyle, type PrintDigits } from './print-digits.js';

/**
 * The CSS `content` value of a "page X of Y" footer built from a locale template such as
 * "पृष्ठ {{page}} / {{pages}}". The numbers are CSS page counters drawn in a page margin box:
 * Chromium fills them itself, in the counter style asked for, so Devanagari digits need no
 * second pass over the PDF and the total is always the real page count.
 */
export function pageOfContent(template: string, digits: PrintDigits): string {
  const style = counterStyle(digits);
  return template
    .split(/(\{\{pages?\}\})/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '{{page}}') return `counter(page, ${style})`;
      if (part === '{{pages}}') return `counter(pages, ${style})`;
      return cssString(part);
    })
    .join(' ');
}
