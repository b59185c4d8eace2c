import { NotificationEntity } from '../../notification/notification.entity';
import { RegionEntity } from '../../region/region.entity';
import { UserEntity } from '../../user/user.entity';
import { runExecutionReminders } from '../execution.jobs';
import { startTestServer, type TestServer } from '../../../testing/test-server';

describe('actuals reminders', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  const tulEditorNotes = async (kind: string) => {
    const ds = t.server.db.dataSource;
    const region = await ds.getRepository(RegionEntity).findOneByOrFail({ code: 'RU-TUL' });
    const editor = await ds.getRepository(UserEntity).findOneByOrFail({ email: 'editor.tul@tsifra.test' });
    expect(editor.regionId).toBe(region.id);
    return ds.getRepository(NotificationEntity).find({ where: { userId: editor.id, kind } });
  };

  it('reminds the region’s editors 15 days before the due date, once however often it runs', async () => {
    // The demo seed reports 2021–2023; 2024 actuals are due 2025-02-01 and missing.
    const first = await runExecutionReminders(t.server.db, '2025-01-20');
    expect(first).toBeGreaterThan(0);
    expect(await runExecutionReminders(t.server.db, '2025-01-21')).toBe(0);
    const notes = await tulEditorNotes('ACTUALS_DUE');
    expect(notes.filter((n) => n.excerpt?.includes('2024'))).toHaveLength(1);
    expect(notes[0]!.excerpt).toContain('2025-02-01');
  });

  it('reminds again once overdue, and not before the overdue stage begins', async () => {
    expect(await runExecutionReminders(t.server.db, '2025-02-02')).toBe(0);
    expect(await runExecutionReminders(t.server.db, '2025-02-05')).toBeGreaterThan(0);
    expect((await tulEditorNotes('ACTUALS_OVERDUE')).filter((n) => n.excerpt?.includes('2024'))).toHaveLength(1);
  });
});
