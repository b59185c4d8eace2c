import { randomUUID } from 'node:crypto';
import { DEFAULT_DUE_RULES, DEFAULT_REMINDER_POLICY, dueDate, reminderDue } from '@tsifra/domain/reporting-calendar';
import { MATURITY_KEY_SECTORS } from '@tsifra/domain/rating/maturity';
import { formatPeriod, periodOfDate, shiftPeriod } from '@tsifra/domain/period';
import type { Database } from '../../db/data-source';
import { notify } from '../notification/notify';
import { RegionEntity } from '../region/region.entity';
import { MaturityReminderEntity, MaturityReturnEntity } from './rating.entity';

/**
 * Reminds each region whose quarterly maturity return (all five key sectors) is missing: 15 days before the
 * due date (the 8th of the month after the quarter) and 3 days after it. Idempotent: a (region, quarter,
 * stage) is sent once, recorded in `maturity_reminders` in the same transaction. Returns how many regions
 * were reminded.
 */
export async function runMaturityReminders(db: Database, today: string): Promise<number> {
  const current = periodOfDate('QUARTER', today);
  // The current quarter (its "before" stage falls inside it) and the previous one (due early in this quarter).
  const quarters = [shiftPeriod(current, -1), current];
  return db.write(async (m) => {
    const regions = await m.getRepository(RegionEntity).find({ select: { id: true, code: true } });
    const sent = new Set(
      (await m.getRepository(MaturityReminderEntity).find()).map((r) => `${r.regionId}|${r.quarter}|${r.stageKey}`),
    );
    let count = 0;
    for (const q of quarters) {
      const quarter = formatPeriod(q);
      const due = dueDate(DEFAULT_DUE_RULES.maturity, q);
      const returns = await m
        .getRepository(MaturityReturnEntity)
        .find({ select: { regionId: true, sector: true }, where: { quarter } });
      const filed = new Map<string, Set<string>>();
      for (const r of returns) filed.set(r.regionId, (filed.get(r.regionId) ?? new Set()).add(r.sector));
      for (const region of regions) {
        const complete = MATURITY_KEY_SECTORS.every((s) => filed.get(region.id)?.has(s));
        const stage = reminderDue(due, DEFAULT_REMINDER_POLICY, today, complete);
        if (!stage || sent.has(`${region.id}|${quarter}|${stage.key}`)) continue;
        await m
          .getRepository(MaturityReminderEntity)
          .insert({ id: randomUUID(), regionId: region.id, quarter, stageKey: stage.key, sentOn: today });
        const text =
          stage.stage === 'before'
            ? `Сведения о цифровой зрелости за ${quarter}: срок ${due}`
            : `Сведения о цифровой зрелости за ${quarter} просрочены (срок ${due})`;
        await notify(m, { regionId: region.id }, { kind: 'MATURITY_RETURN_DUE', actorId: null, text });
        count += 1;
      }
    }
    return count;
  });
}

/** The job the scheduler runs (wired by the lead into apps/server/src/jobs/). */
export const maturityRemindersJob = {
  name: 'maturity-reminders',
  run: (db: Database, today: string) => runMaturityReminders(db, today),
};
