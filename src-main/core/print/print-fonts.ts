import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The family name every print template uses. It is deliberately not "Noto Sans Devanagari":
 * a machine with that font installed would otherwise be able to stand in for the bundled one
 * unnoticed, and a PDF that looks right here could come out differently on a user's computer.
 */
export const PRINT_FONT_FAMILY = 'Sachiv Print Sans';

const PACKAGE = '@fontsource/noto-sans-devanagari';

/** The subsets and weights printed documents use, with the unicode-range fontsource gives each subset. */
const FACES = [
  { subset: 'devanagari', weight: 400, unicodeRange: 'U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+20F0,U+25CC,U+A830-A839,U+A8E0-A8FF,U+11B00-11B09' },
  { subset: 'devanagari', weight: 700, unicodeRange: 'U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+20F0,U+25CC,U+A830-A839,U+A8E0-A8FF,U+11B00-11B09' },
  { subset: 'latin', weight: 400, unicodeRange: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
  { subset: 'latin', weight: 700, unicodeRange: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
] as const;

/**
 * Where this module lives, as a URL for createRequire. Under Vitest and plain Node the source
 * is an ES module and has import.meta.url; in the main-process bundle (CommonJS, made by
 * esbuild) import.meta is empty and CommonJS's own __filename names the bundle instead.
 */
function moduleUrl(): string {
  const esmUrl: string | undefined = import.meta.url;
  if (esmUrl !== undefined) return esmUrl;
  return pathToFileURL(__filename).href;
}

/** The folder beside the main-process bundle that the build copies the print fonts into. */
export const BUNDLED_FONTS_FOLDER = 'print-fonts';

export function printFontFileName(subset: string, weight: number): string {
  return `noto-sans-devanagari-${subset}-${weight}-normal.woff2`;
}

/**
 * The path of one font file. A packaged app ships only dist/ (no node_modules), so the copy
 * the build placed beside the bundle comes first; from the sources (tests, scripts) the
 * installed package is found the way Node finds it.
 */
export function printFontPath(subset: string, weight: number): string {
  const fileName = printFontFileName(subset, weight);
  const besideBundle = fileURLToPath(new URL(`./${BUNDLED_FONTS_FOLDER}/${fileName}`, moduleUrl()));
  if (existsSync(besideBundle)) return besideBundle;
  return createRequire(moduleUrl()).resolve(`${PACKAGE}/files/${fileName}`);
}

/** Every font file the print templates embed, for the build to copy. */
export function printFontFiles(): Array<{ fileName: string; path: string }> {
  return FACES.map((face) => ({ fileName: printFontFileName(face.subset, face.weight), path: printFontPath(face.subset, face.weight) }));
}

let cachedCss: string | null = null;

/**
 * The @font-face rules of the print font, each file embedded as a base64 data URL because the
 * print page may load nothing from outside itself. The files are read once per process: about
 * 125 KB, needed by every print.
 */
export function printFontFaceCss(): string {
  cachedCss ??= FACES.map((face) => {
    const base64 = readFileSync(printFontPath(face.subset, face.weight)).toString('base64');
    return [
      '@font-face {',
      `  font-family: '${PRINT_FONT_FAMILY}';`,
      '  font-style: normal;',
      `  font-weight: ${face.weight};`,
      '  font-display: block;',
      `  src: url(data:font/woff2;base64,${base64}) format('woff2');`,
      `  unicode-range: ${face.unicodeRange};`,
      '}',
    ].join('\n');
  }).join('\n');
  return cachedCss;
}
