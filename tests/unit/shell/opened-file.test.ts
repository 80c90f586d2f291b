import { describe, expect, it } from 'vitest';
import { backupFileIn } from '../../../src-main/shell/opened-file.js';

describe('a backup opened from outside the app', () => {
  it('is found on the command line Windows or Linux starts the app with', () => {
    expect(backupFileIn(['C:\\Program Files\\Sachiv\\sachiv.exe', 'D:\\USB\\सचिव बैकअप 2024-04-17.sachiv-backup'])).toBe('D:\\USB\\सचिव बैकअप 2024-04-17.sachiv-backup');
    expect(backupFileIn(['/opt/sachiv/sachiv', '--no-sandbox', '/media/usb/Backup.SACHIV-BACKUP'])).toBe('/media/usb/Backup.SACHIV-BACKUP');
  });

  it('is never a switch, another file, or the program itself', () => {
    expect(backupFileIn(['/opt/sachiv/sachiv'])).toBeNull();
    expect(backupFileIn(['/opt/sachiv/sachiv', '--open=x.sachiv-backup', '/home/report.pdf'])).toBeNull();
    expect(backupFileIn(['/tmp/x.sachiv-backup'])).toBeNull();
  });
});
