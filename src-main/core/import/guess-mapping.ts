import type { ColumnMapping, ImportField } from '../contract/index.js';

/**
 * Header names people really use for each field, in Hindi and English. They are compared after
 * normalising (no case, spaces, punctuation or nukta), so "फ़ोन नं." and "फोन न" both match.
 */
const HEADER_NAMES: Record<ImportField, readonly string[]> = {
  title: ['संबोधन', 'उपाधि', 'title', 'salutation', 'prefix'],
  name: ['नाम', 'पूरा नाम', 'व्यक्ति का नाम', 'सदस्य का नाम', 'name', 'full name', 'person'],
  gender: ['लिंग', 'gender', 'sex'],
  designation: ['पद', 'पदनाम', 'पद नाम', 'designation', 'post', 'role', 'position'],
  organisation: ['संगठन', 'इकाई', 'संस्था', 'कार्यालय', 'विभाग', 'organisation', 'organization', 'unit', 'office', 'department', 'institution'],
  category: ['श्रेणी', 'वर्ग', 'category', 'type', 'group'],
  phone: ['फ़ोन', 'फोन', 'मोबाइल', 'दूरभाष', 'संपर्क', 'phone', 'mobile', 'contact', 'telephone', 'tel', 'cell'],
  email: ['ईमेल', 'ई-मेल', 'email', 'e-mail', 'mail'],
  notes: ['टिप्पणी', 'विवरण', 'अभ्युक्ति', 'notes', 'note', 'remarks', 'comments'],
};

/** Short words that name a field only on their own: "Postal address" is no designation, "Hotel" no phone. */
const WHOLE_HEADER_ONLY = new Set(['post', 'title', 'role', 'unit', 'type', 'group', 'tel', 'cell', 'mail', 'note', 'पद', 'sex', 'prefix']);

const FIELDS_BY_PRIORITY: readonly ImportField[] = ['name', 'designation', 'organisation', 'category', 'phone', 'email', 'notes', 'title', 'gender'];

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\u093C/g, '')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .normalize('NFC');
}

const NORMALISED_NAMES = Object.fromEntries(
  FIELDS_BY_PRIORITY.map((field) => [field, HEADER_NAMES[field].map(normaliseHeader)]),
) as Record<ImportField, string[]>;

/**
 * Suggests which column fills which field from the header names: an exact name first, then a
 * header that contains a known name ("मोबाइल नंबर", "Name of member"); the longest known name wins,
 * so "पदनाम" is a designation and not a name. Each field and each column is used at most once.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const mapping: ColumnMapping = {};
  const usedColumns = new Set<number>();
  const assign = (field: ImportField, column: number) => {
    mapping[field] = column;
    usedColumns.add(column);
  };

  for (const field of FIELDS_BY_PRIORITY) {
    const column = normalised.findIndex((header, index) => !usedColumns.has(index) && NORMALISED_NAMES[field].includes(header));
    if (column !== -1) assign(field, column);
  }

  const candidates: Array<{ field: ImportField; column: number; length: number }> = [];
  for (const field of FIELDS_BY_PRIORITY) {
    if (mapping[field] !== undefined) continue;
    normalised.forEach((header, column) => {
      if (usedColumns.has(column)) return;
      const longest = Math.max(
        0,
        ...NORMALISED_NAMES[field].filter((name) => !WHOLE_HEADER_ONLY.has(name) && header.includes(name)).map((name) => name.length),
      );
      if (longest > 0) candidates.push({ field, column, length: longest });
    });
  }
  candidates.sort((a, b) => b.length - a.length || a.column - b.column);
  for (const { field, column } of candidates) {
    if (mapping[field] === undefined && !usedColumns.has(column)) assign(field, column);
  }
  return mapping;
}
