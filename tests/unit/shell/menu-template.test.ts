import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand, ScreenCommandId } from '../../../src-main/core/contract/index.js';
import { MENU_LOCALES, type MenuLocales } from '../../../src-main/shell/menu-strings.js';
import { buildMenuTemplate } from '../../../src-main/shell/menu-template.js';

function readLocale(language: 'hi' | 'en'): unknown {
  return JSON.parse(readFileSync(path.resolve('locales', language, 'menu.json'), 'utf8'));
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const items = item?.submenu;
  if (!Array.isArray(items)) throw new Error(`menu "${item?.label}" has no submenu`);
  return items;
}

function roles(item: MenuItemConstructorOptions | undefined): string[] {
  return submenu(item).flatMap((entry) => (entry.role ? [entry.role] : []));
}

function allLabels(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [item.label ?? '', ...(Array.isArray(item.submenu) ? allLabels(item.submenu) : [])]).filter(Boolean);
}

describe('buildMenuTemplate', () => {
  it('uses the real locale files', () => {
    expect(MENU_LOCALES.hi).toEqual(readLocale('hi'));
    expect(MENU_LOCALES.en).toEqual(readLocale('en'));
  });

  it('builds the Hindi menu: फ़ाइल, संपादन, देखें, जाएँ, सहायता', () => {
    const template = buildMenuTemplate('hi', MENU_LOCALES);
    expect(template.map((item) => item.label)).toEqual(['फ़ाइल', 'संपादन', 'देखें', 'जाएँ', 'सहायता']);
    expect(submenu(template[0]).at(-1)).toMatchObject({ role: 'quit', label: 'सचिव बंद करें' });
  });

  it('opens the app\'s own About screen from सहायता, not Electron\'s panel', () => {
    const chosen: MenuCommand[] = [];
    const about = submenu(buildMenuTemplate('hi', MENU_LOCALES, { devMode: false, onCommand: (command) => chosen.push(command) })[4]).at(-1);
    expect(about).toMatchObject({ label: 'सचिव के बारे में' });
    expect(about?.role).toBeUndefined();
    (about?.click as () => void)();
    expect(chosen).toEqual([{ open: 'about' }]);
  });

  it('shows every app shortcut in the menus, leaves the key to the window, and sends it there when chosen', () => {
    const chosen: MenuCommand[] = [];
    const template = buildMenuTemplate('hi', MENU_LOCALES, { devMode: false, onCommand: (command) => chosen.push(command), screenCommands: ['save', 'print', 'export'] });
    const commands = template.flatMap((item) => submenu(item)).filter((item) => item.accelerator !== undefined);
    expect(commands.map((item) => [item.label, item.accelerator])).toEqual([
      ['नया कार्यक्रम', 'CmdOrCtrl+N'],
      ['नया व्यक्ति', 'CmdOrCtrl+Shift+N'],
      ['लोग खोजें', 'CmdOrCtrl+K'],
      ['उपस्थिति डेस्क (चेक-इन)', 'CmdOrCtrl+Shift+A'],
      ['सहेजें', 'CmdOrCtrl+S'],
      ['छापें', 'CmdOrCtrl+P'],
      ['निर्यात करें', 'CmdOrCtrl+E'],
      ['भाषा बदलें', 'CmdOrCtrl+Shift+L'],
      ['कार्यक्रम', 'Alt+1'],
      ['लोग', 'Alt+2'],
      ['उपस्थिति', 'Alt+3'],
      ['टिप्पणियाँ', 'Alt+4'],
      ['प्रतिवेदन', 'Alt+5'],
      ['सेटिंग्स', 'Alt+6'],
      ['कीबोर्ड शॉर्टकट', 'F1'],
    ]);
    for (const item of commands) {
      expect(item.registerAccelerator).toBe(false);
      (item.click as () => void)();
    }
    // The keys of the window's own shortcut list; tests/e2e/shortcuts.spec.ts compares the two lists.
    expect(chosen.map((command) => ('keys' in command ? command.keys : command.open))).toEqual([
      'Control+N',
      'Control+Shift+N',
      'Control+K',
      'Control+Shift+A',
      'Control+S',
      'Control+P',
      'Control+E',
      'Control+Shift+L',
      'Alt+1',
      'Alt+2',
      'Alt+3',
      'Alt+4',
      'Alt+5',
      'Alt+6',
      'F1',
    ]);
  });

  it('greys out save, print and export where the open screen does not offer them', () => {
    const enabledOf = (screenCommands: ScreenCommandId[]) =>
      Object.fromEntries(
        submenu(buildMenuTemplate('hi', MENU_LOCALES, { devMode: false, screenCommands })[0])
          .filter((item) => ['CmdOrCtrl+S', 'CmdOrCtrl+P', 'CmdOrCtrl+E', 'CmdOrCtrl+N'].includes(String(item.accelerator)))
          .map((item) => [item.accelerator, item.enabled]),
      );
    expect(enabledOf([])).toEqual({ 'CmdOrCtrl+N': true, 'CmdOrCtrl+S': false, 'CmdOrCtrl+P': false, 'CmdOrCtrl+E': false });
    expect(enabledOf(['save'])).toEqual({ 'CmdOrCtrl+N': true, 'CmdOrCtrl+S': true, 'CmdOrCtrl+P': false, 'CmdOrCtrl+E': false });
    expect(enabledOf(['print', 'export'])).toEqual({ 'CmdOrCtrl+N': true, 'CmdOrCtrl+S': false, 'CmdOrCtrl+P': true, 'CmdOrCtrl+E': true });
  });

  it('builds the English menu when the language is English', () => {
    const template = buildMenuTemplate('en', MENU_LOCALES);
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Go', 'Help']);
    expect(submenu(template[1]).find((item) => item.role === 'paste')?.label).toBe('Paste');
  });

  it.each(['hi', 'en'] as const)('labels every item in %s, with no text from the other language', (language) => {
    const labels = allLabels(buildMenuTemplate(language, MENU_LOCALES, { devMode: true }));
    expect(labels.length).toBe(33);
    const devanagari = /[\u0900-\u097F]/;
    for (const label of labels) expect(devanagari.test(label)).toBe(language === 'hi');
  });

  it('offers the standard editing roles, so shortcuts like Ctrl+V work in forms', () => {
    const template = buildMenuTemplate('hi', MENU_LOCALES);
    expect(roles(template[1])).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers Reload only in development', () => {
    const installed = buildMenuTemplate('hi', MENU_LOCALES, { devMode: false });
    const developing = buildMenuTemplate('hi', MENU_LOCALES, { devMode: true });
    expect(roles(installed[2])).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(developing[2])).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(installed[2])).not.toContain('toggleDevTools');
  });

  it('takes its labels from the strings it is given', () => {
    const renamed: MenuLocales = { ...MENU_LOCALES, hi: { ...MENU_LOCALES.hi, file: { ...MENU_LOCALES.hi.file, title: 'फ़ाइल-X', quit: 'बाहर' } } };
    const template = buildMenuTemplate('hi', renamed);
    expect(template[0]?.label).toBe('फ़ाइल-X');
    expect(submenu(template[0]).at(-1)?.label).toBe('बाहर');
  });
});
