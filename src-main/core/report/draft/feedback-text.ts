import type { FeedbackCategoryFacts } from '../facts.js';
import { asQuotation, oblique, textForm } from '../grammar/text-form.js';
import { sentence } from '../text/report-strings.js';
import type { Phrases } from './phrases.js';

interface CategoryTemplates {
  clause: string;
  noun: string;
  quote: string;
}

/**
 * "<कार्यक्रम> के संबंध में प्रतिभागियों से 20 टिप्पणियाँ प्राप्त हुईं।" and, per category,
 * the comments marked for the report built into its sentence by their form: clauses after
 * "… कि", noun phrases before "की पुष्टि की गई", anything else quoted. A brief leaves the
 * count out (`withCount`).
 */
export function feedbackSentences(say: Phrases, withCount = true): string[] {
  const { facts, strings } = say;
  if (facts.feedback.total === 0) return [];
  const received = say.plural(strings.feedback, 'received', facts.feedback.total, {});
  const themes = facts.feedback.categories.flatMap((category) => categorySentences(say, category));
  return withCount ? [received, ...themes] : themes;
}

function categorySentences(say: Phrases, category: FeedbackCategoryFacts): string[] {
  if (category.quoted.length === 0) return [];
  const templates = templatesOf(say, category);
  const values = { category: category.name };
  const hindi = say.facts.language === 'hi';
  const byForm = { clause: [] as string[], noun: [] as string[], quote: [] as string[] };
  for (const text of category.quoted) {
    const form = hindi ? textForm(text) : 'quote';
    if (form === 'deed' || form === 'statement') byForm.clause.push(say.inner(text));
    else if (form === 'noun') byForm.noun.push(oblique(say.inner(text)));
    else byForm.quote.push(asQuotation(text, say.stop));
  }
  return [
    byForm.noun.length === 0 ? '' : sentence(templates.noun, { ...values, text: say.also(byForm.noun) }),
    byForm.clause.length === 0 ? '' : sentence(templates.clause, { ...values, text: say.also(byForm.clause) }),
    ...byForm.quote.map((text) => sentence(templates.quote, { ...values, text })),
  ].filter((text) => text !== '');
}

function templatesOf(say: Phrases, category: FeedbackCategoryFacts): CategoryTemplates {
  const all = say.strings.feedback as unknown as Record<string, CategoryTemplates | string | undefined>;
  const own = category.id === null ? undefined : all[category.id];
  if (typeof own === 'object') return own;
  return category.name.trim() === '' ? say.strings.feedback.otherUnnamed : say.strings.feedback.other;
}

