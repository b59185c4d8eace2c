import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Sector', { description: 'A sector (отрасль) a region can choose for its strategy.' })
export class SectorType {
  @Field(() => ID) id: string;
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => String) nameEn: string;
  @Field(() => Boolean, { description: 'One of the six main areas of the 2021 strategies.' }) mainArea2021: boolean;
  @Field(() => Boolean, { description: 'One of the five key sectors of the digital maturity index.' }) maturityKeySector: boolean;
}
