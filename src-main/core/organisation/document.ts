import { organisationSchema, type Organisation } from '../contract/index.js';
import type { DocumentSpec } from '../db/types.js';

export const organisationDocument: DocumentSpec<Organisation> = {
  name: 'organisation',
  schemaVersion: 1,
  migrations: [],
  schema: organisationSchema,
  defaults: () => ({
    nameHi: '',
    nameEn: '',
    address: '',
    secretaryName: '',
    secretaryDesignation: '',
    defaultOrganiser: '',
    logoFileName: null,
    updatedAt: null,
  }),
};
