import { badUserInput, DomainError } from '@tsifra/domain/errors';
import { validateActual } from '@tsifra/domain/execution/actuals';
import type { Actor } from '@tsifra/domain/roles';
import { isOwnRegionEditor } from '@tsifra/domain/roles';
import { IsNull, type EntityManager } from 'typeorm';
import type { Database } from '../../db/data-source';
import { GoalEntity } from '../goal/goal.entity';
import { IndicatorValueEntity } from '../goal/indicator-value.entity';
import { IndicatorEntity } from '../goal/indicator.entity';
import { RegionEntity } from '../region/region.entity';
import { StrategyEntity } from '../strategy/strategy.entity';
import { readActualsWorkbook, writeActualsWorkbook, type RowError } from './actuals-xlsx';
import { indexCurrentActuals, readCurrentActuals } from './execution.loaders';
import type { ExecutionService } from './execution.service';
import { IndicatorActualEntity } from './indicator-actual.entity';

export interface ActualsImportReport {
  dryRun: boolean;
  /** Whether the values were written (never on a dry run or with any bad row). */
  applied: boolean;
  /** Cells that would change (new or different actuals). */
  changes: number;
  errors: RowError[];
}

const MAX_BASE64 = 1_000_000;

/** Bulk entry of actuals through an XLSX workbook: download, fill in, dry run, upload (all or nothing). */
export class ActualsImportService {
  constructor(
    private readonly db: Database,
    private readonly execution: ExecutionService,
  ) {}

  /** The region's indicators with targets and current actuals as a base64 XLSX. */
  async exportWorkbook(strategyId: string): Promise<string> {
    const ds = this.db.dataSource;
    const [indicators, goals, targets, actuals] = await Promise.all([
      ds.getRepository(IndicatorEntity).find({ where: { strategyId }, order: { goalId: 'ASC', position: 'ASC' } }),
      ds.getRepository(GoalEntity).find({ where: { strategyId } }),
      ds
        .getRepository(IndicatorValueEntity)
        .createQueryBuilder('v')
        .where("v.kind = 'TARGET' AND v.indicator_id IN (SELECT id FROM indicators WHERE strategy_id = :strategyId)", {
          strategyId,
        })
        .getMany(),
      readCurrentActuals(ds, [strategyId]).then(indexCurrentActuals),
    ]);
    const goalTitle = new Map(goals.map((g) => [g.id, g.title]));
    const buffer = await writeActualsWorkbook(
      indicators.map((i) => ({
        id: i.id,
        goal: goalTitle.get(i.goalId) ?? '',
        name: i.name,
        unit: i.unit,
        baselineYear: i.baselineYear,
        baselineValue: i.baselineValue,
        plan: new Map(targets.filter((t) => t.indicatorId === i.id).map((t) => [t.year, t.value])),
        actual: new Map([...(actuals.get(i.id)?.values() ?? [])].map((a) => [a.year, a.value])),
      })),
    );
    return buffer.toString('base64');
  }

  /** Checks every filled actual cell; writes them all in one transaction only when none is bad and it is not a dry run. */
  async importWorkbook(actor: Actor, strategyId: string, file: string, dryRun: boolean): Promise<ActualsImportReport> {
    if (file.length > MAX_BASE64)
      throw badUserInput([
        { field: 'file', rule: 'file_too_large', message: `At most ${MAX_BASE64} characters of base64.` },
      ]);
    const ds = this.db.dataSource;
    const strategy = await ds.getRepository(StrategyEntity).findOneBy({ id: strategyId });
    if (!strategy) throw new DomainError('NOT_FOUND', 'No such strategy.', 'strategyId');
    const region = await ds.getRepository(RegionEntity).findOneByOrFail({ id: strategy.regionId });
    if (actor.role !== 'ADMIN' && !isOwnRegionEditor(actor, region.code))
      throw new DomainError('FORBIDDEN', 'Only the region’s own editor or an admin reports actuals.');
    if (strategy.status !== 'APPROVED')
      throw new DomainError('INVALID_TRANSITION', 'Actuals are reported on an approved strategy only.');
    const { cells, errors } = await readActualsWorkbook(Buffer.from(file, 'base64'));
    const indicators = new Map(
      (await ds.getRepository(IndicatorEntity).find({ where: { strategyId } })).map((i) => [i.id, i]),
    );
    const current = indexCurrentActuals(await readCurrentActuals(ds, [strategyId]));
    const changes: typeof cells = [];
    for (const c of cells) {
      const ind = indicators.get(c.indicatorId);
      if (!ind) {
        // One error per row, not one per filled cell of it.
        if (!errors.some((e) => e.row === c.row && e.rule === 'unknown_indicator'))
          errors.push({
            row: c.row,
            column: 'ID',
            message: 'No indicator with this ID in the strategy.',
            rule: 'unknown_indicator',
          });
        continue;
      }
      for (const p of validateActual(
        { year: c.year, value: c.value },
        { unit: ind.unit, baselineYear: ind.baselineYear },
      ))
        errors.push({ row: c.row, column: c.column, message: p.message, rule: p.rule });
      if (current.get(ind.id)?.get(c.year)?.value !== c.value) changes.push(c);
    }
    errors.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
    if (dryRun) return { dryRun, applied: false, changes: changes.length, errors };
    if (errors.length > 0) {
      throw badUserInput(
        errors.map((e) => ({
          field: `file[${e.row}].${e.column}`,
          rule: e.rule,
          message: `Row ${e.row}, ${e.column}: ${e.message}`,
          params: { row: e.row, column: e.column },
        })),
      );
    }
    await this.db.write(async (m: EntityManager) => {
      for (const c of changes) {
        const ind = indicators.get(c.indicatorId)!;
        const existing = await m
          .getRepository(IndicatorActualEntity)
          .findOneBy({ lineageId: ind.lineageId ?? ind.id, year: c.year, supersededAt: IsNull() });
        await this.execution.writeActual(m, actor, ind, strategy, {
          indicatorId: ind.id,
          year: c.year,
          value: c.value,
          source: 'XLSX',
          expectedVersion: existing?.version ?? 0,
        });
      }
    });
    return { dryRun, applied: true, changes: changes.length, errors: [] };
  }
}
