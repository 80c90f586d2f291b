import { z } from 'zod';
import { rawText } from './limits.js';

/** Who the office is; every printed header and signature block will use it. */
export const organisationInputSchema = z
  .object({
    nameHi: rawText.default(''),
    nameEn: rawText.default(''),
    address: rawText.default(''),
    secretaryName: rawText.default(''),
    secretaryDesignation: rawText.default(''),
    /** Suggested as the organiser of every new programme. */
    defaultOrganiser: rawText.default(''),
  })
  .strict();
export type OrganisationInput = z.input<typeof organisationInputSchema>;

export const organisationSchema = organisationInputSchema.extend({
  /** File name of the logo inside the data folder; set by a later shell feature, null until then. */
  logoFileName: z.string().nullable(),
  /** null until the profile is first saved: the renderer asks for it on first run. */
  updatedAt: z.string().nullable(),
});
export type Organisation = z.output<typeof organisationSchema>;
