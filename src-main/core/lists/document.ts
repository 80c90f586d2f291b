import { listsSchema, type Lists } from '../contract/index.js';
import type { DocumentSpec } from '../db/types.js';

/** Added in schema 2, so a drafted report can say "प्रतिभागियों को प्रमाण-पत्र वितरित किए गए". */
const CERTIFICATES = { id: 'activity-certificates', name: 'प्रमाण-पत्र वितरण' } as const;

/** Titles every office starts with, in the order forms offer them. */
const DEFAULT_TITLES = [
  { id: 'title-shri', name: 'श्री' },
  { id: 'title-shrimati', name: 'श्रीमती' },
  { id: 'title-sushri', name: 'सुश्री' },
  { id: 'title-dr', name: 'डॉ.' },
  { id: 'title-prof', name: 'प्रो.' },
] as const;

/** What every office starts with; ids are stable so tests and later migrations can name them. */
export const DEFAULT_LISTS: Lists = {
  programmeKinds: [
    { id: 'kind-workshop', name: 'कार्यशाला' },
    { id: 'kind-meeting', name: 'बैठक' },
    { id: 'kind-training', name: 'प्रशिक्षण' },
    { id: 'kind-conference', name: 'सम्मेलन' },
  ],
  roles: [
    { id: 'role-chair', name: 'अध्यक्षता' },
    { id: 'role-chief-guest', name: 'मुख्य अतिथि' },
    { id: 'role-special-guest', name: 'विशिष्ट अतिथि' },
    { id: 'role-key-speaker', name: 'मुख्य वक्ता' },
    { id: 'role-speaker', name: 'वक्ता' },
    { id: 'role-compere', name: 'संचालन' },
    { id: 'role-convener', name: 'संयोजक' },
    { id: 'role-welcome', name: 'स्वागत भाषण' },
    { id: 'role-guest-introduction', name: 'अतिथि परिचय' },
    { id: 'role-subject-introduction', name: 'विषय प्रवर्तन' },
    { id: 'role-vote-of-thanks', name: 'धन्यवाद ज्ञापन' },
  ],
  activities: [
    { id: 'activity-lamp', name: 'दीप प्रज्वलन' },
    { id: 'activity-saraswati-vandana', name: 'सरस्वती वंदना' },
    { id: 'activity-quiz', name: 'प्रश्नोत्तरी' },
    { id: 'activity-group-discussion', name: 'समूह चर्चा' },
    CERTIFICATES,
  ],
  feedbackCategories: [
    { id: 'feedback-affirmation', name: 'पुष्टि/समर्थन' },
    { id: 'feedback-achievements', name: 'उपलब्धियाँ' },
    { id: 'feedback-difficulties', name: 'कठिनाइयाँ' },
    { id: 'feedback-shortcomings', name: 'कमियाँ और सीमाएँ' },
    { id: 'feedback-proposals', name: 'प्रस्ताव और समाधान' },
  ],
  titles: DEFAULT_TITLES.map((title) => ({ ...title })),
};

export const listsDocument: DocumentSpec<Lists> = {
  name: 'lists',
  schemaVersion: 2,
  migrations: [addTitles],
  schema: listsSchema,
  defaults: () => structuredClone(DEFAULT_LISTS),
};

/**
 * 1 → 2: lists saved before titles existed get the default titles, and the activities get
 * "प्रमाण-पत्र वितरण" unless the office already has an entry of that name; everything else
 * stays as the office left it.
 */
export function addTitles(data: unknown): unknown {
  const lists = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const activities = Array.isArray(lists['activities']) ? (lists['activities'] as Array<{ id?: unknown; name?: unknown }>) : [];
  const hasCertificates = activities.some((entry) => entry.id === CERTIFICATES.id || entry.name === CERTIFICATES.name);
  return {
    ...lists,
    activities: hasCertificates ? activities : [...activities, { ...CERTIFICATES }],
    titles: Array.isArray(lists['titles']) ? lists['titles'] : DEFAULT_TITLES.map((title) => ({ ...title })),
  };
}
