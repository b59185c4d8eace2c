import { RegionEntity } from '../../region/region.entity';
import { UserEntity } from '../../user/user.entity';
import { NotificationEntity } from '../../notification/notification.entity';
import { MszuReportEntity } from '../mszu.entities';
import { runMszuReminders } from '../mszu.jobs';
import { startTestServer, type TestServer } from '../../../testing/test-server';

describe('МСЗУ report reminders', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  const belNotes = async () => {
    const bel = await t.server.db.dataSource.getRepository(RegionEntity).findOneByOrFail({ code: 'RU-BEL' });
    const editor = await t.server.db.dataSource.getRepository(UserEntity).findOneByOrFail({ regionId: bel.id });
    return t.server.db.dataSource
      .getRepository(NotificationEntity)
      .find({ where: { userId: editor.id }, order: { createdAt: 'ASC' } });
  };

  it('reminds every region without a report 15 days before the due date (not a day earlier), once however often it runs', async () => {
    // 2022-12's report is due 2023-01-05 (the 5th of the next month); demo reports stop at 2022-11.
    const before = (await belNotes()).length;
    expect(await runMszuReminders(t.server.db, '2022-12-20')).toBe(0);
    expect(await runMszuReminders(t.server.db, '2022-12-21')).toBe(85);
    expect(await runMszuReminders(t.server.db, '2022-12-22')).toBe(0);
    const notes = (await belNotes()).slice(before);
    expect(notes.map((n) => [n.kind, n.excerpt])).toEqual([
      ['MSZU_REPORT_DUE', 'МСЗУ: отчёт за 2022-12 — срок 2023-01-05 (через 15 дн.)'],
    ]);
  });

  it('sends the overdue stage three days after the due date, not to a region that reported', async () => {
    const bel = await t.server.db.dataSource.getRepository(RegionEntity).findOneByOrFail({ code: 'RU-BEL' });
    await t.server.db.write((m) =>
      m.getRepository(MszuReportEntity).insert({
        id: 'bel-2022-12',
        regionId: bel.id,
        period: '2022-12',
        reportedById: null,
        reportedAt: new Date('2023-01-04T10:00:00Z'),
      }),
    );
    const before = (await belNotes()).length;
    expect(await runMszuReminders(t.server.db, '2023-01-08')).toBe(84);
    expect((await belNotes()).length).toBe(before);
    expect(await runMszuReminders(t.server.db, '2023-01-09')).toBe(0);
  });
});
