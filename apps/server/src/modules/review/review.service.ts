import { DomainError } from '@tsifra/domain/errors';
import type { Actor } from '@tsifra/domain/roles';
import { DEFAULT_STRATEGY_DEADLINE, daysLeft, isIsoDate } from '@tsifra/domain/strategy/deadline';
import { isContentEditable, type StrategyStatus } from '@tsifra/domain/strategy/workflow';
import type { Database } from '../../db/data-source';
import { recordAudit } from '../audit/audit';
import { RegionEntity } from '../region/region.entity';
import { loadStrategy } from '../strategy/strategy-document';
import { StrategyEntity } from '../strategy/strategy.entity';
import { shownEditionByRegion } from '../strategy/edition-force';
import type { Clock } from '../../shared/clock';

/** Review use cases besides the transitions (workflow/) and remarks (comment/remark.service.ts): deadlines, the overview. */
export class ReviewService {
  constructor(
    private readonly db: Database,
    readonly clock: Clock,
  ) {}

  /** An admin moves a strategy's deadline. The version is not claimed: the deadline is not content. */
  async setDeadline(actor: Actor, strategyId: string, deadline: string): Promise<StrategyEntity> {
    const date = deadline.trim();
    if (!isIsoDate(date))
      throw new DomainError('BAD_USER_INPUT', 'The deadline must be a calendar date written YYYY-MM-DD.', 'deadline');
    return this.db.write(async (m) => {
      if (actor.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'Only administrators set deadlines.');
      const { document: strategy } = await loadStrategy(m, strategyId, 'id');
      if (strategy.deadline === date) return strategy;
      const before = strategy.deadline;
      await m.getRepository(StrategyEntity).update({ id: strategy.id }, { deadline: date });
      await recordAudit(m, actor, {
        strategyId: strategy.id,
        entity: 'strategy',
        entityId: strategy.id,
        action: 'strategy.set_deadline',
        details: { before, after: date },
      });
      return Object.assign(strategy, { deadline: date });
    });
  }

  /**
   * Counts per status (regions without a strategy included) and the regions at risk: not submitted
   * while the deadline is at most `riskDays` away or past. Two statements for any number of regions.
   */
  async overview(federalDistrict: string | null, riskDays: number) {
    const ds = this.db.dataSource;
    const [regions, strategies] = await Promise.all([
      ds
        .getRepository(RegionEntity)
        .find({ where: federalDistrict ? { federalDistrict } : {}, order: { subjectCode: 'ASC' } }),
      ds.getRepository(StrategyEntity).find(),
    ]);
    const today = this.clock.today();
    // A region with an amendment in work shows its edition in force; otherwise its only (latest) edition.
    const byRegion = shownEditionByRegion(strategies);
    const counts = { noStrategy: 0, draft: 0, submitted: 0, changesRequested: 0, approved: 0 };
    const key: Record<StrategyStatus, keyof typeof counts> = {
      DRAFT: 'draft',
      SUBMITTED: 'submitted',
      CHANGES_REQUESTED: 'changesRequested',
      APPROVED: 'approved',
    };
    let late = 0;
    const atRisk: { region: RegionEntity; left: number }[] = [];
    for (const region of regions) {
      const strategy = byRegion.get(region.id);
      counts[strategy ? key[strategy.status] : 'noStrategy'] += 1;
      if (strategy && !isContentEditable(strategy.status)) continue;
      const left = daysLeft(strategy?.deadline ?? DEFAULT_STRATEGY_DEADLINE, today);
      if (left < 0) late += 1;
      if (left <= riskDays) atRisk.push({ region, left });
    }
    atRisk.sort((a, b) => a.left - b.left || a.region.subjectCode.localeCompare(b.region.subjectCode));
    return { today, total: regions.length, counts, late, riskDays, atRisk: atRisk.map((r) => r.region) };
  }
}
