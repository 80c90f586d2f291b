import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const CONFIG = fileURLToPath(new URL('../../../electron-builder.yml', import.meta.url));

interface BuilderConfig {
  asar?: boolean;
  files?: string[];
  electronFuses?: Record<string, boolean>;
  fileAssociations?: Array<{ ext: string }>;
  win?: { target?: string[] };
  linux?: { target?: string[] };
  nsis?: { oneClick?: boolean; perMachine?: boolean; allowElevation?: boolean; installerLanguages?: string[]; createDesktopShortcut?: boolean; createStartMenuShortcut?: boolean };
  artifactName?: string;
  productName?: string;
  extraMetadata?: { productName?: string };
}

let config: BuilderConfig;
let validate: (candidate: unknown) => boolean;
let errors: () => string;

beforeAll(async () => {
  config = load(await readFile(CONFIG, 'utf8')) as BuilderConfig;
  // The schema electron-builder itself checks configurations against, as installed.
  const schemaPath = createRequire(import.meta.url).resolve('app-builder-lib/scheme.json');
  const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as object;
  const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true });
  const check = ajv.compile(schema);
  validate = (candidate) => check(candidate);
  errors = () => ajv.errorsText(check.errors);
});

describe('electron-builder.yml', () => {
  it('is a valid electron-builder configuration', () => {
    expect(validate(config), errors()).toBe(true);
  });

  it('is checked for real: a misspelt option fails the same schema', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, perMachin: false } })).toBe(false);
  });

  it('sets every security fuse', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['dist/**', 'package.json']);
  });

  it('builds per-user Windows installers in Hindi and English, a portable build, AppImage and deb', () => {
    expect(config.win?.target).toEqual(['nsis', 'portable']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, createDesktopShortcut: true, createStartMenuShortcut: true });
    expect(config.nsis?.installerLanguages).toEqual(['hi_IN', 'en_US']);
    expect(config.productName).toBe('Sachiv — सचिव');
    // The data folder's name comes from the packaged package.json, and must not move.
    expect(config.extraMetadata?.productName).toBe('Sachiv');
    expect(config.artifactName).toContain('${version}');
    expect(config.artifactName).toContain('${arch}');
  });

  it('registers the backup archive as a file type', () => {
    expect(config.fileAssociations?.map((association) => association.ext)).toEqual(['sachiv-backup']);
  });
});
