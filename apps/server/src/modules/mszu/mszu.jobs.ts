import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { formatPeriod, parsePeriodOf, previousPeriod } from '@tsifra/domain/period';
import { DEFAULT_REMINDER_POLICY, dueDate, reminderDue } from '@tsifra/domain/reporting-calendar';
import type { Database } from '../../db/data-source';
import { notify } from '../notification/notify';
import { RegionEntity } from '../region/region.entity';
import { dueRuleOf, loadCatalogue } from './mszu-read';
import { MszuReminderEntity, MszuReportEntity } from './mszu.entities';

/** The first month with a report (the first queue opened in August 2021); no reminders before the catalogue's queues open. */
function firstMonth(opensOn: readonly string[]): string | undefined {
  return opensOn.length ? [...opensOn].sort()[0]!.slice(0, 7) : undefined;
}

/**
 * Reminds each region of its monthly МСЗУ report before the due date and after it while it is missing (stages
 * from the reporting calendar). Idempotent: a (region, month, stage) is sent once, whatever how often it runs.
 * Months considered: this one and the two before (a due date is at most a couple of months after a month ends).
 * Returns the number of reminders sent.
 */
export async function runMszuReminders(db: Database, today: string): Promise<number> {
  return db.write(async (m) => {
    const c = await loadCatalogue(m);
    const first = firstMonth(c.queues.map((q) => q.opensOn));
    if (!first || !c.services.length) return 0;
    const rule = dueRuleOf(c.settings);
    const current = parsePeriodOf('MONTH', today.slice(0, 7))!;
    const periods = [current, previousPeriod(current), previousPeriod(previousPeriod(current))]
      .map(formatPeriod)
      .filter((p) => p >= first);
    if (!periods.length) return 0;
    const regions = await m.getRepository(RegionEntity).find();
    const reported = new Set(
      (await m.getRepository(MszuReportEntity).find({ where: { period: In(periods) } })).map(
        (r) => `${r.regionId}|${r.period}`,
      ),
    );
    const sent = new Set(
      (await m.getRepository(MszuReminderEntity).find({ where: { period: In(periods) } })).map(
        (r) => `${r.regionId}|${r.period}|${r.stageKey}`,
      ),
    );
    let count = 0;
    for (const period of periods) {
      const due = dueDate(rule, parsePeriodOf('MONTH', period)!);
      for (const region of regions) {
        const stage = reminderDue(due, DEFAULT_REMINDER_POLICY, today, reported.has(`${region.id}|${period}`));
        if (!stage || sent.has(`${region.id}|${period}|${stage.key}`)) continue;
        await m
          .getRepository(MszuReminderEntity)
          .insert({ id: randomUUID(), regionId: region.id, period, stageKey: stage.key, sentAt: new Date() });
        const text =
          stage.stage === 'before'
            ? `МСЗУ: отчёт за ${period} — срок ${due} (через ${stage.days} дн.)`
            : `МСЗУ: отчёт за ${period} просрочен — срок был ${due}`;
        await notify(
          m,
          { regionId: region.id },
          { kind: stage.stage === 'before' ? 'MSZU_REPORT_DUE' : 'MSZU_REPORT_OVERDUE', actorId: null, text },
        );
        count += 1;
      }
    }
    return count;
  });
}

/** The job the scheduler runs (wired by the lead into apps/server/src/jobs/). */
export const mszuRemindersJob = {
  name: 'mszu-reminders',
  run: (db: Database, today: string) => runMszuReminders(db, today),
};
