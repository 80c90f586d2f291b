import type { z } from 'zod';

/**
 * A block node (data block, signature) keeps all its attributes as one JSON attribute in its
 * HTML, so copy and paste within the editor brings it back whole. This reads it back, checked
 * against the node's schema; anything that does not match is not that node.
 */
export function readJsonAttrs<T>(element: HTMLElement, htmlAttribute: string, schema: z.ZodType<T>): T | null {
  const json = element.getAttribute(htmlAttribute);
  if (!json) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** One attribute read from that JSON attribute, and never written as an HTML attribute of its own. */
export function jsonAttribute<T, K extends keyof T>(read: (element: HTMLElement) => T | null, name: K, fallback: T[K]) {
  return { default: fallback, rendered: false, parseHTML: (element: HTMLElement) => read(element)?.[name] };
}
