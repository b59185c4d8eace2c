import { NotificationEntity } from '../../notification/notification.entity';
import { RegionEntity } from '../../region/region.entity';
import { UserEntity } from '../../user/user.entity';
import { startTestServer, type TestServer } from '../../../testing/test-server';
import { runMaturityReminders } from '../maturity.jobs';

describe('maturity return reminders', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  const belNotes = async () => {
    const ds = t.server.db.dataSource;
    const bel = await ds.getRepository(RegionEntity).findOneByOrFail({ code: 'RU-BEL' });
    const users = await ds.getRepository(UserEntity).findBy({ regionId: bel.id });
    return ds
      .getRepository(NotificationEntity)
      .count({ where: users.map((u) => ({ userId: u.id, kind: 'MATURITY_RETURN_DUE' })) });
  };

  it('reminds every region 15 days before the 8th for the missing quarter, once, and not the regions that filed', async () => {
    // 2023-Q1 is not in the demo data: due 2023-04-08, the "before" stage starts 2023-03-24.
    expect(await runMaturityReminders(t.server.db, '2023-03-20')).toBe(0);
    const first = await runMaturityReminders(t.server.db, '2023-03-25');
    expect(first).toBe(85);
    expect(await belNotes()).toBeGreaterThan(0);
    const notes = await belNotes();
    expect(await runMaturityReminders(t.server.db, '2023-03-26')).toBe(0);
    expect(await belNotes()).toBe(notes);
  });

  it('sends the overdue stage 3 days after the due date, only to regions still missing', async () => {
    const admin = await t.login('admin@tsifra.test');
    for (const sector of ['education', 'healthcare', 'public_administration', 'transport', 'urban_environment']) {
      const res = await t.gql(
        'mutation($s: String!) { submitMaturityReturn(input: { regionCode: "RU-BEL", quarter: "2023-Q1", sector: $s, value: 50 }) { id } }',
        { s: sector },
        admin,
      );
      expect(res.errors).toBeUndefined();
    }
    const before = await belNotes();
    expect(await runMaturityReminders(t.server.db, '2023-04-11')).toBe(84);
    expect(await belNotes()).toBe(before);
  });
});
