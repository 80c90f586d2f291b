import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import enCommon from '../../../locales/en/common.json' with { type: 'json' };
import hiCommon from '../../../locales/hi/common.json' with { type: 'json' };
import { noticeSchema, type Notice } from '../../../src-main/core/contract/index.js';
import { noticeParagraphs } from '../../../src-renderer/app/notice-text.js';
import { createFormatter } from '../../../src-renderer/lib/format.js';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'hi',
    resources: { hi: { common: hiCommon }, en: { common: enCommon } },
    ns: ['common'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
});

function paragraphs(notice: Partial<Notice>, language: 'hi' | 'en' = 'hi'): string[] {
  const t = i18n.getFixedT(language, 'common');
  const whole: Notice = { id: 'n1', kind: 'damagedFileRecovered', file: 'people.json', at: '2026-12-08T10:00:00.000Z', ...notice };
  return noticeParagraphs(whole, t, createFormatter({ language, digits: 'latn' }));
}

/** What a sentence with a phrase left out looks like: a doubled space, a space before a stop, empty quotes. */
const GAP = / {2}| [;,.।]|«»|“”|\(\)|: ?[।.]?$/;

describe('noticeParagraphs', () => {
  it('says a file brought back from a copy of unknown date was brought back from its last good copy', () => {
    expect(paragraphs({ subject: 'people' })).toEqual([
      'लोगों की सूची की फ़ाइल people.json ख़राब मिली थी। उसे उसकी पिछली सही प्रति से वापस लाया गया है; उस प्रति के बाद के बदलाव उसमें नहीं हैं।',
    ]);
    expect(paragraphs({ subject: 'people' }, 'en')).toEqual([
      "The people directory's file people.json was damaged. It has been brought back from its last good copy; changes made after that copy are not in it.",
    ]);
  });

  it('names the kind of copy when only its date is unreadable', () => {
    const [text] = paragraphs({ subject: 'settings', source: 'archive', dataFrom: 'not a date' });
    expect(text).toBe('सेटिंग्स की फ़ाइल ख़राब मिली थी। उसे स्वचालित बैकअप से वापस लाया गया है; उसके बाद के बदलाव उसमें नहीं हैं।');
  });

  it('still gives the date of the copy when it is known', () => {
    const [text] = paragraphs({ subject: 'programmes', title: 'ज़िला समिति की बैठक', source: 'archive', dataFrom: '2026-12-07T10:00:00.000Z' });
    expect(text).toBe('कार्यक्रम «ज़िला समिति की बैठक» की फ़ाइल ख़राब मिली थी। उसे 7 दिसंबर 2026 के स्वचालित बैकअप से वापस लाया गया है; उसके बाद के बदलाव उसमें नहीं हैं।');
  });

  it('reads whole for every kind of notice with any of its optional parts missing, in both languages', () => {
    const kinds = noticeSchema.shape.kind.options;
    const variants: Partial<Notice>[] = [
      {},
      { subject: 'programmes', title: '' },
      { subject: 'reports', title: '   ' },
      { subject: 'people', recreated: [] },
      { source: 'backup' },
      { source: 'temp', dataFrom: '' },
      { salvagedRecords: 3 },
      { damagedArchives: [] },
      { movedTo: '' },
    ];
    for (const language of ['hi', 'en'] as const) {
      for (const kind of kinds) {
        for (const variant of variants) {
          for (const text of paragraphs({ kind, ...variant }, language)) {
            expect(text, `${language} ${kind} ${JSON.stringify(variant)}`).not.toMatch(GAP);
          }
        }
      }
    }
  });
});
