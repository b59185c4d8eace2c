/**
 * A strategy's sector choices: the sectors it covers, in order, each with a short rationale
 * (why the region chose it). Validators return FieldError[]; an empty list means valid.
 */

import type { FieldError } from '../errors';
import { findSector } from '../sectors';

export const RATIONALE_MAX = 2000;

/** Every `rule` the sector-choice validators can return, for translation tables. */
export const SECTOR_CHOICE_RULES = ['unknown_sector', 'too_long', 'sector_not_chosen', 'duplicate_sector'] as const;
export type SectorChoiceRule = (typeof SECTOR_CHOICE_RULES)[number];

/**
 * Checks one rationale: at most RATIONALE_MAX characters after trimming (`too_long`, on `field`).
 */
export function validateRationale(rationale: string | null | undefined, field = 'rationale'): FieldError[] {
  const text = rationale?.trim() ?? '';
  if (text.length > RATIONALE_MAX) {
    return [
      {
        field,
        rule: 'too_long',
        message: `A rationale may be at most ${RATIONALE_MAX} characters.`,
        params: { max: RATIONALE_MAX },
      },
    ];
  }
  return [];
}

export interface SectorRationaleDraft {
  sectorCode: string;
  rationale?: string | null;
}

/**
 * Checks a whole choice: every code in `sectorCodes` a known sector (`unknown_sector`, at
 * `sectorCodes[i]`); every rationale for a chosen sector (`sector_not_chosen`), given once
 * (`duplicate_sector`) and short enough (`too_long`), at `rationales[i].…`.
 */
export function validateSectorChoice(
  sectorCodes: readonly string[],
  rationales: readonly SectorRationaleDraft[] = [],
): FieldError[] {
  const errors: FieldError[] = [];
  sectorCodes.forEach((code, i) => {
    if (!findSector(code.trim()))
      errors.push({
        field: `sectorCodes[${i}]`,
        rule: 'unknown_sector',
        message: `Unknown sector "${code}".`,
        params: { sectorCode: code },
      });
  });
  const chosen = new Set(sectorCodes.map((c) => c.trim()));
  const seen = new Set<string>();
  rationales.forEach((r, i) => {
    const code = r.sectorCode.trim();
    if (!chosen.has(code)) {
      errors.push({
        field: `rationales[${i}].sectorCode`,
        rule: 'sector_not_chosen',
        message: `The sector "${code}" is not among the chosen sectors.`,
        params: { sectorCode: code },
      });
    } else if (seen.has(code)) {
      errors.push({
        field: `rationales[${i}].sectorCode`,
        rule: 'duplicate_sector',
        message: `The rationale for "${code}" is given twice.`,
        params: { sectorCode: code },
      });
    }
    seen.add(code);
    errors.push(...validateRationale(r.rationale, `rationales[${i}].rationale`));
  });
  return errors;
}
