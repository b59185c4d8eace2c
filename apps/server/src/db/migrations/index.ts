import { InitialSchema1732300000000 } from './1732300000000-initial-schema';

/** Every migration, in order. Landed migrations are never edited: add a new one. */
export const MIGRATIONS = [InitialSchema1732300000000];
