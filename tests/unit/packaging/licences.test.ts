import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JavaScript build script without type declarations
import { LICENCES_FILE, licenceList, licenceTexts } from '../../../scripts/licences.mjs';

describe('licence notices', () => {
  it('list every package the app ships, as the lock file has them now (run `npm run licences` after changing dependencies)', () => {
    const listed: unknown = JSON.parse(readFileSync(LICENCES_FILE as string, 'utf8'));
    expect(listed).toEqual((licenceList as () => unknown)());
    const names = (listed as Array<{ name: string }>).map((entry) => entry.name);
    for (const shipped of ['react', 'docx', '@tiptap/core', 'pdfjs-dist', 'zod', '@fontsource/noto-sans-devanagari']) expect(names).toContain(shipped);
    expect(names).not.toContain('vitest');
  });

  it('ship the licence texts themselves, with the copyright lines', () => {
    const texts = (licenceTexts as () => string)();
    expect(texts).toContain('react 19.3.1 — MIT');
    expect(texts).toContain('Permission is hereby granted, free of charge');
    expect(texts).toMatch(/@fontsource\/noto-sans-devanagari [\d.]+ — OFL-1.1[\s\S]*SIL OPEN FONT LICENSE/i);
  });
});
