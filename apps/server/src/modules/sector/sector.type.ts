import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Sector', { description: 'A sector (отрасль) a region can choose for its strategy.' })
export class SectorType {
  @Field(() => ID, { description: 'The sector’s id.' }) id: string;
  @Field(() => String, { description: 'The sector’s code, e.g. HEALTH.' }) code: string;
  @Field(() => String, { description: 'The sector’s (отрасль) name in Russian.' }) name: string;
  @Field(() => String, { description: 'The sector’s name in English.' }) nameEn: string;
  @Field(() => Boolean, { description: 'One of the six main areas of the 2021 strategies.' }) mainArea2021: boolean;
  @Field(() => Boolean, { description: 'One of the five key sectors of the digital maturity index.' })
  maturityKeySector: boolean;
}
