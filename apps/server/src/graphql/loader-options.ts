/**
 * Options every loader factory takes. `{ batch: false }` turns batching off so each row's relation
 * is its own SQL statement: the benchmark's "naive resolvers" reference. Never used to serve users.
 */
export interface LoaderOptions {
  batch?: boolean;
}
