import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/core/errors.js';
import { MENU_LOCALES } from '../../../src-main/shell/menu-strings.js';
import { startupErrorText } from '../../../src-main/shell/startup-error.js';

describe('startupErrorText', () => {
  it('explains a locked data folder in Hindi first, then English, without technical detail', () => {
    const text = startupErrorText(new AppError('db.locked'), MENU_LOCALES);
    expect(text.title).toBe(`${MENU_LOCALES.hi.dialogs.startupFailedTitle} / ${MENU_LOCALES.en.dialogs.startupFailedTitle}`);
    expect(text.content).toBe(`${MENU_LOCALES.hi.dialogs.dbLocked}\n\n${MENU_LOCALES.en.dialogs.dbLocked}`);
    expect(text.content.indexOf('सचिव')).toBeLessThan(text.content.indexOf('Sachiv'));
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
