import { TEXT_LIMITS, type ChannelParsedInput, type Organisation } from '../contract/index.js';
import type { DurableDocument } from '../db/types.js';
import { FieldChecker } from '../programmes/field-checker.js';

const ADDRESS_MAX = 1_000;

export interface OrganisationServiceOptions {
  now: () => Date;
  onChange: () => void;
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
}
