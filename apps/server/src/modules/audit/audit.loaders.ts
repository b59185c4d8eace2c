import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, groupByKeys } from '../../db/batch';
import { AuditEventEntity } from './audit-event.entity';

export function createAuditLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const events = dataSource.getRepository(AuditEventEntity);
  return {
    auditEventsByStrategyId: new DataLoader<string, AuditEventEntity[]>(
      async (ids) =>
        groupByKeys(ids, await findByKeys(events, 'strategyId', ids, { createdAt: 'ASC' }), (e) => e.strategyId!),
      options,
    ),
  };
}
