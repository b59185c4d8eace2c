import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Tile', { description: 'Position of a region on the tile-grid map of Russia.' })
export class TileType {
  @Field(() => Int) row: number;
  @Field(() => Int) col: number;
}

@ObjectType('FederalDistrict')
export class FederalDistrictType {
  @Field(() => String, { description: 'Stable code, e.g. CENTRAL.' }) code: string;
  @Field(() => String) name: string;
  @Field(() => String) nameEn: string;
}

@ObjectType('Region', { description: 'One of the 85 federal subjects of 2021.' })
export class RegionType {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'ISO 3166-2:RU code, e.g. RU-BEL.' }) code: string;
  @Field(() => String, { description: 'Two-digit subject code, e.g. 31.' }) subjectCode: string;
  @Field(() => String) name: string;
  @Field(() => String) nameEn: string;
  @Field(() => String, { description: 'Federal district code, e.g. CENTRAL.' }) federalDistrict: string;
}
