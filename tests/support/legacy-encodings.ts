/**
 * What text in other encodings looks like after the importer decodes its bytes as Windows-1252
 * (the fallback for a CSV that is not valid UTF-8), and what of Vietnamese survives in Latin-1.
 */

const WINDOWS_1252 = new TextDecoder('windows-1252');

/** UTF-8 bytes read as Windows-1252: "Nguyễn" becomes "Nguyá»…n". */
export function utf8ReadAsWindows1252(text: string): string {
  return WINDOWS_1252.decode(new TextEncoder().encode(text));
}

/** Windows-1254 (Turkish) bytes read as Windows-1252: the six letters it adds come out as Icelandic ones. */
const TURKISH_AS_1252: Record<string, string> = { Ğ: 'Ð', İ: 'Ý', Ş: 'Þ', ğ: 'ð', ı: 'ý', ş: 'þ' };
export function windows1254ReadAsWindows1252(text: string): string {
  return Array.from(text, (char) => TURKISH_AS_1252[char] ?? char).join('');
}

/**
 * Windows-1258 (Vietnamese) stores the tone as a separate combining byte after the letter; read as
 * Windows-1252, the tone bytes become Ì ì Þ Ò ò and the 1258 letters Ă ă Ơ ơ Ư ư Đ đ become
 * Ã ã Õ õ Ý ý Ð ð.
 */
const TONE_BYTE_AS_1252: Record<string, string> = { '\u0300': 'Ì', '\u0301': 'ì', '\u0303': 'Þ', '\u0309': 'Ò', '\u0323': 'ò' };
const LETTER_1258_AS_1252: Record<string, string> = { Ă: 'Ã', ă: 'ã', Ơ: 'Õ', ơ: 'õ', Ư: 'Ý', ư: 'ý', Đ: 'Ð', đ: 'ð' };
export function windows1258ReadAsWindows1252(text: string): string {
  return Array.from(text.normalize('NFC'), (char) => {
    const parts = Array.from(char.normalize('NFD'));
    const tone = parts.find((part) => TONE_BYTE_AS_1252[part] !== undefined);
    const base = parts.filter((part) => part !== tone).join('').normalize('NFC');
    return (LETTER_1258_AS_1252[base] ?? base) + (tone === undefined ? '' : TONE_BYTE_AS_1252[tone]);
  }).join('');
}

/** Vietnamese squeezed into Latin-1: each letter keeps as many of its marks as Latin-1 can hold. */
export function vietnameseInLatin1(text: string): string {
  return Array.from(text.normalize('NFC'), (char) => {
    if (char === 'Đ') return 'D';
    if (char === 'đ') return 'd';
    let marks = Array.from(char.normalize('NFD'));
    while (marks.length > 1 && marks.join('').normalize('NFC').codePointAt(0)! > 0xff) marks = marks.slice(0, -1);
    return marks.join('').normalize('NFC');
  }).join('');
}
