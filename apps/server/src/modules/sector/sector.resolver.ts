import { Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { SectorEntity } from './sector.entity';
import { SectorType } from './sector.type';

@Resolver(() => SectorType)
export class SectorResolver {
  @Public()
  @Query(() => [SectorType], { description: 'The sectors (отрасли) a strategy may cover.' })
  sectors(@Ctx() ctx: Context): Promise<SectorEntity[]> {
    return ctx.db.dataSource.getRepository(SectorEntity).find({ order: { position: 'ASC' } });
  }
}
