import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../../src-main/core/db/migrations.js';
import type { Migration } from '../../../src-main/core/db/types.js';

const toV2: Migration = (data) => ({ ...(data as object), v2: true });
const toV3: Migration = (data) => ({ ...(data as object), v3: true });
const toV4: Migration = (data) => ({ ...(data as object), v4: true });

describe('runMigrations', () => {
  it('runs every migration from the file version up to the current one, in order', () => {
    const order: number[] = [];
    const migrations: Migration[] = [2, 3, 4].map((target) => (data) => {
      order.push(target);
      return { ...(data as object), [`v${target}`]: true };
    });
    expect(runMigrations({ name: 'x' }, 1, 4, migrations)).toEqual({ name: 'x', v2: true, v3: true, v4: true });
    expect(order).toEqual([2, 3, 4]);
  });

  it('starts from the file version, skipping migrations it already had', () => {
    expect(runMigrations({}, 3, 4, [toV2, toV3, toV4])).toEqual({ v4: true });
  });

  it('returns current-version data unchanged', () => {
    const data = { same: true };
    expect(runMigrations(data, 4, 4, [toV2, toV3, toV4])).toBe(data);
  });

  it('refuses a migration list that does not match the target version', () => {
    expect(() => runMigrations({}, 1, 4, [toV2, toV3])).toThrow(/Expected 3 migrations/);
  });

  it('refuses versions it cannot migrate from', () => {
    expect(() => runMigrations({}, 5, 4, [toV2, toV3, toV4])).toThrow(/Cannot migrate/);
    expect(() => runMigrations({}, 0, 4, [toV2, toV3, toV4])).toThrow(/Cannot migrate/);
  });

  it('lets an error from a migration through', () => {
    const broken: Migration = () => {
      throw new Error('unexpected shape');
    };
    expect(() => runMigrations({}, 1, 2, [broken])).toThrow('unexpected shape');
  });
});
