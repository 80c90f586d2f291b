import { z } from 'zod';
import type { RecordSetSpec } from '../../../src-main/core/db/types.js';

const memberSchema = z.object({ id: z.string(), name: z.string() });
export type Member = z.infer<typeof memberSchema>;
const clubHeadSchema = z.object({ title: z.string() });
export type ClubHead = z.infer<typeof clubHeadSchema>;

/** A small record set for behaviour tests: members of a club, in 8 buckets. */
export const membersRecordSet: RecordSetSpec<Member, ClubHead> = {
  name: 'members',
  schemaVersion: 1,
  migrations: [],
  recordSchema: memberSchema,
  headSchema: clubHeadSchema,
  defaultHead: () => ({ title: 'समिति' }),
  bucketCount: 8,
};

export function member(n: number, name = `सदस्य ${n}`): Member {
  return { id: `m-${n}`, name };
}
