import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { CURSOR_DESCRIPTION, encodeCursor, timeKey, type DecodedCursor } from '../../graphql/pagination';
import { UserType } from '../user/user.type';
import type { AuditEventEntity } from './audit-event.entity';
import { AuditEventType } from './audit.type';

/** Histories run oldest first: by time, then id. */
export const auditEventCursor = (e: AuditEventEntity): DecodedCursor => ({ key: timeKey(e.createdAt), id: e.id });

@Resolver(() => AuditEventType)
export class AuditEventFieldsResolver {
  @FieldResolver(() => String, { description: CURSOR_DESCRIPTION })
  cursor(@Root() event: AuditEventEntity): string {
    const { key, id } = auditEventCursor(event);
    return encodeCursor('AuditEvent', key, id);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who did it; null for the system.' })
  actor(@Root() event: AuditEventEntity, @Ctx() ctx: Context) {
    return event.actorId ? ctx.loaders.userById.load(event.actorId) : null;
  }

  @FieldResolver(() => String, { description: 'ISO timestamp.' })
  createdAt(@Root() event: AuditEventEntity): string {
    return new Date(event.createdAt).toISOString();
  }
}
