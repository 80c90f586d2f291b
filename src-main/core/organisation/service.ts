import { TEXT_LIMITS, type ChannelParsedInput, type Organisation, type OrganisationLogo } from '../contract/index.js';
import type { DurableDocument } from '../db/types.js';
import { FieldChecker } from '../programmes/field-checker.js';
import { decodeLogo, logoDataUrl } from './logo-image.js';
import type { LogoStore } from './logo-store.js';

const ADDRESS_MAX = 1_000;

export interface OrganisationServiceOptions {
  now: () => Date;
  onChange: () => void;
  logos: LogoStore;
}

/** The office's own profile, asked for on first run (updatedAt is null until then). */
export class OrganisationService {
  constructor(
    private readonly doc: DurableDocument<Organisation>,
    private readonly options: OrganisationServiceOptions,
  ) {}

  get(): Organisation {
    return this.doc.read();
  }

  async update({ organisation: input }: ChannelParsedInput<'organisation:update'>): Promise<Organisation> {
    const check = new FieldChecker();
    const clean = {
      nameHi: check.line('nameHi', input.nameHi, TEXT_LIMITS.line, true),
      nameEn: check.line('nameEn', input.nameEn, TEXT_LIMITS.line),
      address: check.text('address', input.address, ADDRESS_MAX),
      secretaryName: check.line('secretaryName', input.secretaryName, TEXT_LIMITS.line),
      secretaryDesignation: check.line('secretaryDesignation', input.secretaryDesignation, TEXT_LIMITS.line),
      defaultOrganiser: check.line('defaultOrganiser', input.defaultOrganiser, TEXT_LIMITS.line),
    };
    check.finish();
    const updatedAt = this.options.now().toISOString();
    const saved = await this.doc.update((current) => ({ ...current, ...clean, updatedAt }));
    this.options.onChange();
    return saved;
  }

  /** The logo as a data: URL; null when none is set or its file has gone missing. */
  async logo(): Promise<OrganisationLogo> {
    const { logoFileName } = this.doc.read();
    const bytes = logoFileName === null ? null : await this.options.logos.read(logoFileName);
    return { dataUrl: bytes === null ? null : logoDataUrl(bytes) };
  }

  /** Replaces the logo with a PNG or JPEG of at most 2 MB; anything else is refused and nothing changes. */
  async setLogo({ imageBase64 }: ChannelParsedInput<'organisation:setLogo'>): Promise<OrganisationLogo> {
    const { bytes, type } = decodeLogo(imageBase64);
    const fileName = await this.options.logos.write(bytes, type);
    try {
      await this.replaceLogoFile(fileName);
    } catch (error) {
      await this.options.logos.remove(fileName).catch(() => undefined);
      throw error;
    }
    return { dataUrl: logoDataUrl(bytes) };
  }

  async clearLogo(): Promise<OrganisationLogo> {
    await this.replaceLogoFile(null);
    return { dataUrl: null };
  }

  private async replaceLogoFile(fileName: string | null): Promise<void> {
    const previous = this.doc.read().logoFileName;
    await this.doc.update((current) => ({ ...current, logoFileName: fileName }));
    this.options.onChange();
    // Only once the profile no longer points at it may the old file go. If removing it fails
    // (another program holds it open) the change has still happened: a leftover file is harmless.
    if (previous !== null && previous !== fileName) await this.options.logos.remove(previous).catch(() => undefined);
  }
}
