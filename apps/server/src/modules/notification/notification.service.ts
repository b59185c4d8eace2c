import { In, IsNull } from 'typeorm';
import type { Database } from '../../db/data-source';
import { keysetPage, keyToDate, type PageRequest } from '../../db/keyset';
import { NotificationEntity } from './notification.entity';

/** The signed-in user's own notifications: read them, count them, mark them read. */
export class NotificationService {
  constructor(private readonly db: Database) {}

  /** One page of the user's notifications, newest first (keyset on time and id, so a new one never shifts a page). */
  list(userId: string, unreadOnly: boolean, page: PageRequest): Promise<NotificationEntity[]> {
    const qb = this.db.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    return keysetPage(qb, page, { key: 'n.created_at', id: 'n.id', toParameter: keyToDate }, 'DESC').getMany();
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
