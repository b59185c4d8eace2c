import { randomUUID } from 'node:crypto';
import { formatPeriod, yearPeriod } from '@tsifra/domain/period';
import { DEFAULT_REMINDER_POLICY, dueDate, reminderDue } from '@tsifra/domain/reporting-calendar';
import type { Database } from '../../db/data-source';
import { IndicatorValueEntity } from '../goal/indicator-value.entity';
import { IndicatorEntity } from '../goal/indicator.entity';
import { notify } from '../notification/notify';
import { RegionEntity } from '../region/region.entity';
import { StrategyEntity } from '../strategy/strategy.entity';
import { ExecutionReminderEntity } from './execution-reminder.entity';
import { indexCurrentActuals, readCurrentActuals, readSettings } from './execution.loaders';
import { IsNull } from 'typeorm';

/** The first year actuals are reported for (the programme's first plan year). */
const FIRST_YEAR = 2021;

/**
 * Reminds the editors of each region with an approved strategy of the actuals still missing for a year:
 * 15 days before the due date and 3 days after it (the reporting calendar's policy). Idempotent: each
 * (region, year, stage) is sent once, whatever the number of runs. Returns how many reminders it sent.
 */
export async function runExecutionReminders(db: Database, today: string): Promise<number> {
  const ds = db.dataSource;
  const strategies = await ds
    .getRepository(StrategyEntity)
    .find({ where: { status: 'APPROVED', supersededAt: IsNull() } });
  if (strategies.length === 0) return 0;
  const ids = strategies.map((s) => s.id);
  const [settings, indicators, targets, actualRows, regions, sent] = await Promise.all([
    readSettings(ds),
    ds.getRepository(IndicatorEntity).createQueryBuilder('i').where('i.strategy_id IN (:...ids)', { ids }).getMany(),
    ds
      .getRepository(IndicatorValueEntity)
      .createQueryBuilder('v')
      .where("v.kind = 'TARGET' AND v.indicator_id IN (SELECT id FROM indicators WHERE strategy_id IN (:...ids))", {
        ids,
      })
      .getMany(),
    readCurrentActuals(ds, ids),
    ds.getRepository(RegionEntity).find(),
    ds.getRepository(ExecutionReminderEntity).find(),
  ]);
  const actuals = indexCurrentActuals(actualRows);
  const hasTargets = new Set(targets.map((t) => t.indicatorId));
  const regionName = new Map(regions.map((r) => [r.id, r.name]));
  const done = new Set(sent.map((s) => `${s.regionId}|${s.period}|${s.stageKey}`));
  const lastYear = Math.min(2030, Number(today.slice(0, 4)));
  let count = 0;
  for (const strategy of strategies) {
    const own = indicators.filter((i) => i.strategyId === strategy.id && hasTargets.has(i.id));
    for (let year = FIRST_YEAR; year <= lastYear; year++) {
      const due = dueDate(settings.actualsDue, yearPeriod(year));
      const missing = own.filter((i) => year > i.baselineYear && !actuals.get(i.id)?.has(year));
      const stage = reminderDue(due, DEFAULT_REMINDER_POLICY, today, missing.length === 0);
      const period = formatPeriod(yearPeriod(year));
      if (!stage || done.has(`${strategy.regionId}|${period}|${stage.key}`)) continue;
      const text =
        stage.stage === 'before'
          ? `${regionName.get(strategy.regionId) ?? ''}: факт за ${year} год не сдан по ${missing.length} показателям; срок — ${due}`
          : `${regionName.get(strategy.regionId) ?? ''}: просрочен факт за ${year} год по ${missing.length} показателям (срок был ${due})`;
      await db.write(async (m) => {
        // The unique index makes a concurrent run's duplicate fail here, before the notification is written.
        await m
          .getRepository(ExecutionReminderEntity)
          .insert({ id: randomUUID(), regionId: strategy.regionId, period, stageKey: stage.key, sentAt: new Date() });
        await notify(
          m,
          { regionId: strategy.regionId },
          {
            kind: stage.stage === 'before' ? 'ACTUALS_DUE' : 'ACTUALS_OVERDUE',
            strategyId: strategy.id,
            actorId: null,
            text,
          },
        );
      });
      count++;
    }
  }
  return count;
}

/** The job the scheduler runs (wired in by the lead at merge). */
export const executionRemindersJob = {
  name: 'execution-reminders',
  run: (db: Database, today: string) => runExecutionReminders(db, today),
};
