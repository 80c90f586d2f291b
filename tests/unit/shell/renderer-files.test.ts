import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveRendererFile } from '../../../src-main/shell/renderer-files.js';

const root = path.resolve('/opt/sachiv/dist/renderer');

describe('resolveRendererFile', () => {
  it('serves index.html for the bare origin', () => {
    expect(resolveRendererFile(root, 'app://sachiv/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'app://sachiv')).toBe(path.join(root, 'index.html'));
  });

  it('maps asset paths inside the renderer folder, ignoring query and hash', () => {
    expect(resolveRendererFile(root, 'app://sachiv/assets/index-abc123.js?v=1#x')).toBe(path.join(root, 'assets', 'index-abc123.js'));
  });

  it('decodes percent-escapes, including Devanagari file names', () => {
    expect(resolveRendererFile(root, 'app://sachiv/assets/%E0%A4%B8.woff2')).toBe(path.join(root, 'assets', 'स.woff2'));
  });

  it.each([
    'app://sachiv/../secret.txt',
    'app://sachiv/assets/../../secret.txt',
    'app://sachiv/%2e%2e/secret.txt',
    'app://sachiv/..%2fsecret.txt',
    'app://sachiv/assets/..%2F..%2Fsecret.txt',
    'app://sachiv/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
  ])('never leaves the renderer folder for %s', (url) => {
    const resolved = resolveRendererFile(root, url);
    if (resolved !== null) {
      expect(path.relative(root, resolved).startsWith('..')).toBe(false);
    }
  });

  it.each([
    ['app://sachiv/..%2fsecret.txt', 'an encoded slash after dot-dot'],
    ['app://sachiv/assets/..%5C..%5Csecret.txt', 'encoded backslashes'],
    ['app://sachiv/C:%2FWindows%2Fwin.ini', 'a drive letter'],
    ['app://sachiv/%2Fetc%2Fpasswd', 'an encoded absolute path'],
    ['app://sachiv/index.html%00.png', 'a NUL byte'],
    ['app://sachiv/%E0%A4', 'a broken escape'],
    ['app://evil/index.html', 'another host'],
    ['app://sachiv:81/index.html', 'a port'],
    ['file:///opt/sachiv/dist/renderer/index.html', 'another scheme'],
    ['not a url', 'garbage'],
  ])('refuses %s (%s)', (url) => expect(resolveRendererFile(root, url)).toBeNull());

  it('refuses empty path segments, which no build output has', () => {
    expect(resolveRendererFile(root, 'app://sachiv//etc/passwd')).toBeNull();
    expect(resolveRendererFile(root, 'app://sachiv/assets/')).toBeNull();
  });

  it('refuses Windows traversal with the Windows path rules', () => {
    const windowsRoot = 'C:\\Program Files\\Sachiv\\resources\\app.asar\\dist\\renderer';
    expect(resolveRendererFile(windowsRoot, 'app://sachiv/assets/a.js', path.win32)).toBe(`${windowsRoot}\\assets\\a.js`);
    expect(resolveRendererFile(windowsRoot, 'app://sachiv/..%5C..%5Cx', path.win32)).toBeNull();
    expect(resolveRendererFile(windowsRoot, 'app://sachiv/%2F%2Fserver%2Fshare', path.win32)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('labels the renderer build outputs so module scripts and fonts load', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('assets/index-abc.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('assets/noto-sans-devanagari-400.woff2')).toBe('font/woff2');
    expect(contentTypeFor('ICON.SVG')).toBe('image/svg+xml');
  });

  it('offers unknown kinds as bytes', () => {
    expect(contentTypeFor('archive.xyz')).toBe('application/octet-stream');
    expect(contentTypeFor('README')).toBe('application/octet-stream');
  });
});
