import { describe, expect, it } from 'vitest';
import enErrors from '../../../locales/en/errors.json' with { type: 'json' };
import hiErrors from '../../../locales/hi/errors.json' with { type: 'json' };
import { AppError } from '../../../src-main/core/errors.js';
import { MENU_LOCALES } from '../../../src-main/shell/menu-strings.js';
import { startupErrorText } from '../../../src-main/shell/startup-error.js';

describe('startupErrorText', () => {
  it('explains a data folder locked by another copy in Hindi first, then English, naming its process', () => {
    const text = startupErrorText(new AppError('db.locked', { path: 'D:\\सचिव\\sachiv.lock', params: { pid: 4242, hostname: 'OFFICE-PC' } }), MENU_LOCALES);
    expect(text.title).toBe(`${MENU_LOCALES.hi.dialogs.startupFailedTitle} / ${MENU_LOCALES.en.dialogs.startupFailedTitle}`);
    expect(text.content).toBe(
      `${hiErrors.db.locked.replace('{{pid}}', '4242')}\n\n${enErrors.db.locked.replace('{{pid}}', '4242')}`,
    );
    expect(text.content).toContain('प्रक्रिया संख्या 4242');
    expect(text.content.indexOf('सचिव')).toBeLessThan(text.content.indexOf('Sachiv'));
  });

  it('names the other computer that holds the folder, and the lock file to delete if it no longer does', () => {
    const text = startupErrorText(
      new AppError('db.lockedElsewhere', { path: 'E:\\सचिव\\sachiv.lock', params: { pid: 17, hostname: 'SECTION-2' } }),
      MENU_LOCALES,
    );
    expect(text.content).toContain('कंप्यूटर “SECTION-2” पर');
    expect(text.content).toContain('फ़ाइल E:\\सचिव\\sachiv.lock हटाकर');
    expect(text.content).toContain('computer “SECTION-2”');
    expect(text.content).not.toContain('{{');
  });

  it('asks to wait a moment for a lock that is still being written', () => {
    const text = startupErrorText(new AppError('db.lockUnclear', { path: 'D:\\सचिव\\sachiv.lock' }), MENU_LOCALES);
    expect(text.content).toContain('कुछ क्षण रुककर सचिव फिर से खोलें');
    expect(text.content).toContain('D:\\सचिव\\sachiv.lock');
    expect(text.content).not.toContain('{{');
  });

  it('adds the error text for any other failure, for whoever helps the user', () => {
    const text = startupErrorText(new Error('EACCES: permission denied, open C:\\data\\people.json'), MENU_LOCALES);
    expect(text.content.startsWith(MENU_LOCALES.hi.dialogs.startupFailed)).toBe(true);
    expect(text.content).toContain(MENU_LOCALES.en.dialogs.startupFailed);
    expect(text.content).toContain('Error: EACCES: permission denied');
  });

  it('says a data folder that cannot be written to is on a read-only or full drive, and names the file', () => {
    const text = startupErrorText(new AppError('db.writeFailed', { path: 'D:\\सचिव\\.sachiv.lock' }), MENU_LOCALES);
    expect(text.content).toBe(
      `${MENU_LOCALES.hi.dialogs.dataFolderNotWritable}\n\n${MENU_LOCALES.en.dialogs.dataFolderNotWritable}\n\nD:\\सचिव\\.sachiv.lock`,
    );
  });

  it('names the code of other expected errors', () => {
    expect(startupErrorText(new AppError('db.readFailed'), MENU_LOCALES).content).toMatch(/db\.readFailed$/);
  });

  it('copes with something thrown that is not an Error', () => {
    expect(startupErrorText('boom', MENU_LOCALES).content).toMatch(/boom$/);
  });
});
