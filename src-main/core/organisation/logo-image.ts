import { LOGO_MAX_BYTES } from '../contract/index.js';
import { AppError } from '../errors.js';

export type LogoType = { mediaType: 'image/png'; extension: 'png' } | { mediaType: 'image/jpeg'; extension: 'jpg' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Logo files are named by us alone; anything else in the profile is not trusted as a path. */
export const LOGO_FILE_NAME = /^logo-[0-9a-f-]{36}\.(png|jpg)$/;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);

/** Judges the file by its first bytes, not by its name, which the user's system may have got wrong. */
export function detectLogoType(bytes: Uint8Array): LogoType | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return { mediaType: 'image/png', extension: 'png' };
  if (startsWith(bytes, JPEG_SIGNATURE)) return { mediaType: 'image/jpeg', extension: 'jpg' };
  return null;
}

/** Decodes and checks a picked file; refuses, naming the problem, anything that cannot be a logo. */
export function decodeLogo(imageBase64: string): { bytes: Buffer; type: LogoType } {
  // Size is judged first, from the encoded length, so a huge file is refused without decoding it.
  const padding = imageBase64.endsWith('==') ? 2 : imageBase64.endsWith('=') ? 1 : 0;
  if ((imageBase64.length / 4) * 3 - padding > LOGO_MAX_BYTES) throw new AppError('organisation.logoTooLarge', { fields: [{ field: 'logo', code: 'field.tooLong', params: { max: LOGO_MAX_BYTES } }] });
  if (imageBase64.length % 4 !== 0 || !BASE64.test(imageBase64)) throw new AppError('organisation.logoNotImage', { fields: [{ field: 'logo', code: 'field.invalidChoice' }] });
  const bytes = Buffer.from(imageBase64, 'base64');
  const type = detectLogoType(bytes);
  if (type === null) throw new AppError('organisation.logoNotImage', { fields: [{ field: 'logo', code: 'field.invalidChoice' }] });
  return { bytes, type };
}

export function logoDataUrl(bytes: Uint8Array): string | null {
  const type = detectLogoType(bytes);
  return type === null ? null : `data:${type.mediaType};base64,${Buffer.from(bytes).toString('base64')}`;
}
