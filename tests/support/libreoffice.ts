import { execFile } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian's libreoffice-writer-nogui puts the launcher. */
export const LIBREOFFICE_PATH = '/usr/bin/libreoffice';
const CONVERSION_TIMEOUT_MS = 90_000;

export async function libreOfficeInstalled(): Promise<boolean> {
  try {
    await access(LIBREOFFICE_PATH);
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts an office file to PDF with a real office suite, as a user opening it would see it,
 * and returns the PDF's path. Every conversion gets a profile folder of its own: LibreOffice
 * locks its profile, and two runs sharing one would wait for or silently hand off to each other.
 */
export async function convertWithLibreOffice(documentPath: string, outDir: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'sachiv-lo-profile-'));
  try {
    const { stdout, stderr } = await run(
      LIBREOFFICE_PATH,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, documentPath],
      { timeout: CONVERSION_TIMEOUT_MS },
    );
    const pdfPath = join(outDir, `${basename(documentPath, extname(documentPath))}.pdf`);
    try {
      await access(pdfPath);
    } catch {
      // LibreOffice exits 0 even when it could not read the file; its output says why.
      throw new Error(`LibreOffice wrote no PDF for ${documentPath}:\n${stdout}\n${stderr}`);
    }
    return pdfPath;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
