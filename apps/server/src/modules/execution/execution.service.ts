import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { badUserInput, DomainError } from '@tsifra/domain/errors';
import { validateActual } from '@tsifra/domain/execution/actuals';
import { thresholdsInOrder } from '@tsifra/domain/execution/settings';
import { checkDueRule, type DueRule } from '@tsifra/domain/reporting-calendar';
import type { ProgressThresholds } from '@tsifra/domain/execution/progress';
import type { Actor } from '@tsifra/domain/roles';
import { isOwnRegionEditor } from '@tsifra/domain/roles';
import type { Database } from '../../db/data-source';
import { recordAudit } from '../audit/audit';
import { IndicatorEntity } from '../goal/indicator.entity';
import { RegionEntity } from '../region/region.entity';
import type { Clock } from '../../shared/clock';
import { StrategyEntity } from '../strategy/strategy.entity';
import { ExecutionSettingEntity } from './execution-setting.entity';
import { IndicatorActualEntity } from './indicator-actual.entity';
import { SETTING_ACTUALS_DUE, SETTING_THRESHOLDS } from './execution.loaders';
import { contentExistsFor } from '@tsifra/domain/strategy/visibility';

export interface ReportActualArgs {
  indicatorId: string;
  year: number;
  value: number;
  note?: string | null;
  source?: string | null;
  /** The version of the current actual the caller last saw (0: none yet). When given and stale → CONFLICT. */
  expectedVersion?: number | null;
}

/** The lineage an indicator's actuals are keyed by: its lineage id, or its own id. */
export const lineageOf = (i: Pick<IndicatorEntity, 'id' | 'lineageId'>) => i.lineageId ?? i.id;

/** Carrying out the strategy: reported actuals (with their history) and the settings progress reads. */
export class ExecutionService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Reports (or corrects) an indicator's actual for a year on an approved strategy; returns the indicator. */
  async reportActual(actor: Actor, args: ReportActualArgs): Promise<IndicatorEntity> {
    return this.db.write(async (m) => {
      const indicator = await m.getRepository(IndicatorEntity).findOneBy({ id: args.indicatorId });
      if (!indicator) throw new DomainError('NOT_FOUND', 'No such indicator.', 'indicatorId');
      const strategy = await m.getRepository(StrategyEntity).findOneByOrFail({ id: indicator.strategyId });
      const region = await m.getRepository(RegionEntity).findOneByOrFail({ id: strategy.regionId });
      if (!contentExistsFor(actor, region.code, strategy.status))
        throw new DomainError('NOT_FOUND', 'No such indicator.', 'indicatorId'); // hidden reads as missing (issue 17)
      if (actor.role !== 'ADMIN' && !isOwnRegionEditor(actor, region.code)) {
        throw new DomainError('FORBIDDEN', 'Only the region’s own editor or an admin reports actuals.');
      }
      if (strategy.status !== 'APPROVED')
        throw new DomainError('INVALID_TRANSITION', 'Actuals are reported on an approved strategy only.');
      await this.writeActual(m, actor, indicator, strategy, args);
      return indicator;
    });
  }

  /** Writes one actual inside the caller's transaction (access already checked): validation, version check, history, audit. */
  async writeActual(
    m: EntityManager,
    actor: Actor,
    indicator: IndicatorEntity,
    strategy: StrategyEntity,
    args: ReportActualArgs,
  ): Promise<void> {
    const problems = validateActual(args, { unit: indicator.unit, baselineYear: indicator.baselineYear });
    if (problems.length > 0) throw badUserInput(problems);
    const repo = m.getRepository(IndicatorActualEntity);
    const lineageId = lineageOf(indicator);
    const current = await repo.findOneBy({ lineageId, year: args.year, supersededAt: IsNull() });
    const currentVersion = current?.version ?? 0;
    if (
      args.expectedVersion !== undefined &&
      args.expectedVersion !== null &&
      args.expectedVersion !== currentVersion
    ) {
      throw new DomainError(
        'CONFLICT',
        `The actual for ${args.year} was changed meanwhile (version ${currentVersion}, you saw ${args.expectedVersion}). Reload and try again.`,
        'expectedVersion',
      );
    }
    const now = this.clock.now();
    if (current) {
      const res = await repo.update({ id: current.id, supersededAt: IsNull() }, { supersededAt: now });
      if (res.affected === 0)
        throw new DomainError(
          'CONFLICT',
          'The actual was corrected meanwhile. Reload and try again.',
          'expectedVersion',
        );
    }
    const row: IndicatorActualEntity = {
      id: randomUUID(),
      lineageId,
      indicatorId: indicator.id,
      year: args.year,
      value: args.value,
      version: currentVersion + 1,
      note: args.note?.trim() || null,
      source: args.source?.trim() || null,
      reportedById: actor.userId,
      reportedAt: now,
      supersededAt: null,
    };
    try {
      await repo.insert(row);
    } catch {
      // The unique (lineage, year, version) index: a concurrent report took this version.
      throw new DomainError('CONFLICT', 'The actual was reported meanwhile. Reload and try again.', 'expectedVersion');
    }
    await recordAudit(m, actor, {
      strategyId: strategy.id,
      entity: 'indicator',
      entityId: indicator.id,
      action: current ? 'actual.correct' : 'actual.report',
      details: { year: args.year, value: args.value, version: row.version, previous: current ? current.value : null },
    });
  }

  /** Changes the thresholds and/or the actuals due rule (admins). A threshold change must bring a new version. */
  async setSettings(
    actor: Actor,
    input: { thresholds?: ProgressThresholds | null; actualsDue?: DueRule | null },
  ): Promise<void> {
    if (actor.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'Only an admin changes execution settings.');
    const t = input.thresholds;
    if (t) {
      if (!thresholdsInOrder(t))
        throw badUserInput([
          {
            field: 'thresholds',
            rule: 'thresholds_order',
            message: 'Thresholds must satisfy achieved ≥ onTrack ≥ atRisk ≥ 0, with a version.',
          },
        ]);
    }
    const d = input.actualsDue;
    if (d && checkDueRule(d).length > 0) {
      throw badUserInput(
        checkDueRule(d).map((f) => ({
          field: `actualsDue.${f}`,
          rule: 'due_rule_invalid',
          message: 'Months after the end 0–24, day 1–28.',
        })),
      );
    }
    await this.db.write(async (m) => {
      const repo = m.getRepository(ExecutionSettingEntity);
      const now = this.clock.now();
      if (t)
        await repo.save({
          key: SETTING_THRESHOLDS,
          value: JSON.stringify({ version: t.version, achieved: t.achieved, onTrack: t.onTrack, atRisk: t.atRisk }),
          updatedAt: now,
        });
      if (d)
        await repo.save({
          key: SETTING_ACTUALS_DUE,
          value: JSON.stringify({ monthsAfterEnd: d.monthsAfterEnd, day: d.day }),
          updatedAt: now,
        });
      await recordAudit(m, actor, {
        strategyId: null,
        entity: 'settings',
        action: 'execution.settings',
        details: { thresholds: t ?? null, actualsDue: d ?? null },
      });
    });
  }
}
