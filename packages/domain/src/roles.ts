/** Who acts in Tsifra. */

export const ROLES = ['REGIONAL_EDITOR', 'FEDERAL_REVIEWER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user as the rules see them. `regionCode` is set for regional editors only. */
export interface Actor {
  userId: string;
  role: Role;
  /** ISO 3166-2:RU code of the editor's region, e.g. `RU-BEL`; null for reviewers and admins. */
  regionCode: string | null;
}

/**
 * Whether a string is one of the roles.
 */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Whether the actor is a regional editor of exactly this region.
 */
export function isOwnRegionEditor(actor: Actor, regionCode: string): boolean {
  return actor.role === 'REGIONAL_EDITOR' && actor.regionCode !== null && actor.regionCode === regionCode;
}
