import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { UserType } from '../user/user.type';
import type { AuditEventEntity } from './audit-event.entity';
import { AuditEventType } from './audit.type';

@Resolver(() => AuditEventType)
export class AuditEventFieldsResolver {
  @FieldResolver(() => UserType, { nullable: true, description: 'Who did it; null for the system.' })
  actor(@Root() event: AuditEventEntity, @Ctx() ctx: Context) {
    return event.actorId ? ctx.loaders.userById.load(event.actorId) : null;
  }

  @FieldResolver(() => String, { description: 'ISO timestamp.' })
  createdAt(@Root() event: AuditEventEntity): string {
    return new Date(event.createdAt).toISOString();
  }
}
