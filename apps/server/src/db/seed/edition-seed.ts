import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { copyContent } from '../../modules/strategy/edition.service';
import { StrategyEntity } from '../../modules/strategy/strategy.entity';

/**
 * Demo: RU-KHM's strategy was amended in a second edition adopted in 2022 (issue 12). The second edition is
 * built as an amendment is — its content copied from edition 1 by the amendment's own copy function, so goals and
 * indicators keep their lineage and the 2021–2023 actuals follow them — then approved and put in force, with
 * edition 1 superseded on the day. The act's number and date are demo values (check them against the official
 * register before quoting them as real).
 */
export const KHMAO_EDITION_2 = {
  approvedAt: '2022-06-10T09:00:00Z',
  act: {
    actKind: 'RASPORYAZHENIE',
    actNumber: '301-рп',
    actDate: '2022-06-10',
    actIssuer: 'Правительства Ханты-Мансийского автономного округа — Югры',
  },
} as const;

export async function seedSecondEdition(m: EntityManager, edition1: StrategyEntity, now: Date): Promise<void> {
  const approvedAt = new Date(KHMAO_EDITION_2.approvedAt);
  const edition2: StrategyEntity = {
    id: randomUUID(),
    regionId: edition1.regionId,
    status: 'APPROVED',
    version: 1,
    // Its review (revisions, remarks) is not seeded: the demo shows the edition in force, not its review history.
    revision: 0,
    deadline: edition1.deadline,
    edition: edition1.edition + 1,
    basedOnId: edition1.id,
    submittedAt: new Date(approvedAt.getTime() - 14 * 86_400_000),
    approvedAt,
    ...KHMAO_EDITION_2.act,
    createdAt: now,
    updatedAt: now,
  };
  await m.getRepository(StrategyEntity).insert(edition2);
  await copyContent(m, edition1.id, edition2.id, now);
  await m.getRepository(StrategyEntity).update({ id: edition1.id }, { supersededAt: approvedAt });
}
