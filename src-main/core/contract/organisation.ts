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

/** The largest logo accepted: ample for a crisp letterhead emblem, small enough to print quickly. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The picked image file, base64-encoded (survives Electron's structured clone and the test
 * bridge alike). The limit is far above LOGO_MAX_BYTES on purpose: the core, not the IPC layer,
 * refuses an oversized file, so the secretary is told the file is too large rather than that
 * the request was malformed.
 */
export const organisationSetLogoInputSchema = z.object({ imageBase64: z.string().max(80 * 1024 * 1024) }).strict();

/** The logo as a data: URL the renderer can show directly (the CSP allows img-src data:), or null. */
export const organisationLogoSchema = z.object({ dataUrl: z.string().nullable() });
export type OrganisationLogo = z.output<typeof organisationLogoSchema>;
