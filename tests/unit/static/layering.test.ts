import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering rules', () => {
  it('keeps Electron, React and the shell out of the core', async () => {
    expect(await restrictedImportMessages('src-main/core/people/x.ts', "import { app } from 'electron';\nexport const a = app;")).toHaveLength(1);
    expect(await restrictedImportMessages('src-main/core/people/x.ts', "import React from 'react';\nexport const a = React;")).toHaveLength(1);
    expect(await restrictedImportMessages('src-main/core/people/x.ts', "import { a } from '../../shell/window.js';\nexport const b = a;")).toHaveLength(1);
    expect(await restrictedImportMessages('src-main/core/people/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;")).toEqual([]);
  });

  it('keeps Node and everything but the contract out of the renderer', async () => {
    expect(await restrictedImportMessages('src-renderer/x.ts', "import { readFile } from 'node:fs';\nexport const a = readFile;")).toHaveLength(1);
    expect(await restrictedImportMessages('src-renderer/x.ts', "import fs from 'fs';\nexport const a = fs;")).toHaveLength(1);
    expect(await restrictedImportMessages('src-renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;")).toHaveLength(1);
    expect(await restrictedImportMessages('src-renderer/x.ts', "import { openCore } from '../src-main/core/index.js';\nexport const a = openCore;")).toHaveLength(1);
    expect(await restrictedImportMessages('src-renderer/x.ts', "import { a } from '../src-main/shell/csp.js';\nexport const b = a;")).toHaveLength(1);
    expect(await restrictedImportMessages('src-renderer/x.ts', "import { channels } from '../src-main/core/contract/index.js';\nexport const a = channels;")).toEqual([]);
  });

  it('keeps the contract free of Node so the renderer can import it', async () => {
    expect(await restrictedImportMessages('src-main/core/contract/x.ts', "import { readFile } from 'node:fs';\nexport const a = readFile;")).toHaveLength(1);
    expect(await restrictedImportMessages('src-main/core/contract/x.ts', "import { AppError } from '../errors.js';\nexport const a = AppError;")).toHaveLength(1);
  });
});
