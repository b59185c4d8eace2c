import { CommentEntity } from '../modules/comment/comment.entity';
import { GoalEntity } from '../modules/goal/goal.entity';
import { IndicatorValueEntity } from '../modules/goal/indicator-value.entity';
import { IndicatorEntity } from '../modules/goal/indicator.entity';
import { GostechPlanEntity } from '../modules/gostech/gostech-plan.entity';
import { InformationSystemEntity } from '../modules/gostech/information-system.entity';
import { RegionEntity } from '../modules/region/region.entity';
import { SectorEntity } from '../modules/sector/sector.entity';
import { StrategySectorEntity } from '../modules/strategy/strategy-sector.entity';
import { StrategyEntity } from '../modules/strategy/strategy.entity';
import { SessionEntity } from '../modules/user/session.entity';
import { UserEntity } from '../modules/user/user.entity';

export const ENTITIES = [
  RegionEntity,
  SectorEntity,
  UserEntity,
  SessionEntity,
  StrategyEntity,
  StrategySectorEntity,
  GoalEntity,
  IndicatorEntity,
  IndicatorValueEntity,
  CommentEntity,
  GostechPlanEntity,
  InformationSystemEntity,
];
