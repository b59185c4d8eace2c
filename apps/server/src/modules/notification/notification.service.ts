import { In, IsNull } from 'typeorm';
import type { Database } from '../../db/data-source';
import { NotificationEntity } from './notification.entity';

/** The signed-in user's own notifications: read them, count them, mark them read. */
export class NotificationService {
  constructor(private readonly db: Database) {}

  list(userId: string, unreadOnly: boolean, limit: number): Promise<NotificationEntity[]> {
    return this.db.dataSource.getRepository(NotificationEntity).find({
      where: { userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC' },
      take: Math.min(Math.max(limit, 1), 200),
    });
  }

  unreadCount(userId: string): Promise<number> {
    return this.db.dataSource.getRepository(NotificationEntity).countBy({ userId, readAt: IsNull() });
  }

  /** Marks the given notifications (all unread ones when `ids` is null) read; returns how many changed. Others' ids are ignored. */
  async markRead(userId: string, ids: string[] | null): Promise<number> {
    return this.db.write(async (m) => {
      const where = { userId, readAt: IsNull(), ...(ids ? { id: In(ids.length ? ids : ['-']) } : {}) };
      const result = await m.getRepository(NotificationEntity).update(where, { readAt: new Date() });
      return result.affected ?? 0;
    });
  }
}
