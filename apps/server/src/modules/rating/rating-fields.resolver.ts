import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { maxScore, methodologyFormula, parameterFormula } from '@tsifra/domain/rating/methodology';
import type { Context } from '../../graphql/context';
import { RegionType } from '../region/region.type';
import { methodologyDef } from './rating-compute';
import type { RatingMethodologyEntity } from './rating.entity';
import {
  MaturityIndexRowType,
  RatingEntryType,
  RatingMethodologyType,
  RatingParameterType,
  RatingType,
} from './rating.type';

@Resolver(() => RatingMethodologyType)
export class RatingMethodologyFieldsResolver {
  @FieldResolver(() => Float, { nullable: true, description: 'Maximum score: the sum of the parameters’ maxima.' })
  maxScore(@Root() m: RatingMethodologyEntity): number {
    return maxScore(methodologyDef(m));
  }

  @FieldResolver(() => String, { description: 'Aggregation of the points: SUM.' })
  aggregation(@Root() m: RatingMethodologyEntity): string {
    return m.aggregation;
  }

  @FieldResolver(() => String, { description: 'The total as a formula.' })
  formula(@Root() m: RatingMethodologyEntity): string {
    return methodologyFormula(methodologyDef(m));
  }

  @FieldResolver(() => [RatingParameterType], { description: 'Parameters in order.' })
  parameters(@Root() m: RatingMethodologyEntity): RatingParameterType[] {
    return methodologyDef(m).parameters.map((p) => ({
      ...p,
      scaleFrom: p.scale?.from ?? null,
      scaleTo: p.scale?.to ?? null,
      formula: parameterFormula(p),
    }));
  }

  @FieldResolver(() => Boolean, { description: 'Used by a publication: frozen, a correction must be a new version.' })
  inUse(@Root() m: RatingMethodologyEntity, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.ratingMethodologyInUse.load(m.id);
  }
}

@Resolver(() => RatingType)
export class RatingFieldsResolver {
  @FieldResolver(() => RatingMethodologyType, { description: 'The methodology version.' })
  methodology(@Root() r: RatingType, @Ctx() ctx: Context) {
    return ctx.loaders.ratingMethodologyById.load(r.methodologyId);
  }
}

@Resolver(() => RatingEntryType)
export class RatingEntryFieldsResolver {
  @FieldResolver(() => RegionType, { description: 'The region.' })
  region(@Root() e: RatingEntryType, @Ctx() ctx: Context) {
    return ctx.loaders.regionById.load(e.regionId);
  }
}

@Resolver(() => MaturityIndexRowType)
export class MaturityIndexRowFieldsResolver {
  @FieldResolver(() => RegionType, { description: 'The region.' })
  region(@Root() e: MaturityIndexRowType, @Ctx() ctx: Context) {
    return ctx.loaders.regionById.load(e.regionId);
  }
}
