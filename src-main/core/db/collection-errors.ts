/**
 * Asking a collection for an id it does not hold is a caller's mistake (ids come from the
 * catalog or from the caller's own create), not something the user can act on; callers that
 * take ids from the user check `has(id)` first and report their own domain's "not found".
 */
export class CollectionItemMissingError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`Collection "${collection}" has no item "${id}"`);
    this.name = 'CollectionItemMissingError';
  }
}

export class CollectionItemExistsError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`Collection "${collection}" already has an item "${id}"`);
    this.name = 'CollectionItemExistsError';
  }
}

/** A change asked of a document or collection after its store was closed (the app is quitting). */
export class StoreClosedError extends Error {
  constructor(what: string) {
    super(`${what} is closed`);
    this.name = 'StoreClosedError';
  }
}
