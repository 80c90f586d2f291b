import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../src-main/shell/data-dir.js';
import { isDevMode } from '../../../src-main/shell/dev-mode.js';

const userData = path.resolve('/home/asha/.config/Sachiv');

describe('resolveDataDir', () => {
  it('keeps the data in a "data" folder inside Electron\'s user-data folder', () => {
    expect(resolveDataDir({}, userData)).toBe(path.join(userData, 'data'));
  });

  it('uses SACHIV_DATA_DIR when it is set', () => {
    const custom = path.resolve('/media/usb/sachiv-data');
    expect(resolveDataDir({ SACHIV_DATA_DIR: custom }, userData)).toBe(custom);
  });

  it('ignores an empty or blank SACHIV_DATA_DIR', () => {
    expect(resolveDataDir({ SACHIV_DATA_DIR: '' }, userData)).toBe(path.join(userData, 'data'));
    expect(resolveDataDir({ SACHIV_DATA_DIR: '   ' }, userData)).toBe(path.join(userData, 'data'));
  });

  it('makes a relative SACHIV_DATA_DIR absolute', () => {
    expect(resolveDataDir({ SACHIV_DATA_DIR: 'tmp/data' }, userData)).toBe(path.resolve('tmp/data'));
  });
});

describe('isDevMode', () => {
  it('is on only for an unpackaged run with SACHIV_DEV=1', () => {
    expect(isDevMode({ SACHIV_DEV: '1' }, false)).toBe(true);
    expect(isDevMode({}, false)).toBe(false);
    expect(isDevMode({ SACHIV_DEV: 'true' }, false)).toBe(false);
    expect(isDevMode({ SACHIV_DEV: '1' }, true)).toBe(false);
  });
});
