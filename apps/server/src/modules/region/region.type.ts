import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Tile', { description: 'Position of a region on the tile-grid map of Russia.' })
export class TileType {
  @Field(() => Int, { description: 'The row on the tile-grid map, from 0.' }) row: number;
  @Field(() => Int, { description: 'The column on the tile-grid map, from 0.' }) col: number;
}

@ObjectType('FederalDistrict', { description: 'A federal district (федеральный округ), a group of regions.' })
export class FederalDistrictType {
  @Field(() => String, { description: 'Stable code, e.g. CENTRAL.' }) code: string;
  @Field(() => String, { description: 'The district’s name in Russian.' }) name: string;
  @Field(() => String, { description: 'The district’s name in English.' }) nameEn: string;
}

@ObjectType('Region', { description: 'One of the 85 federal subjects of 2021.' })
export class RegionType {
  @Field(() => ID, { description: 'The region’s id.' }) id: string;
  @Field(() => String, { description: 'ISO 3166-2:RU code, e.g. RU-BEL.' }) code: string;
  @Field(() => String, { description: 'Two-digit subject code, e.g. 31.' }) subjectCode: string;
  @Field(() => String, { description: 'The region’s (субъект РФ) name in Russian.' }) name: string;
  @Field(() => String, { description: 'The region’s name in English.' }) nameEn: string;
  @Field(() => String, { description: 'Federal district code, e.g. CENTRAL.' }) federalDistrict: string;
}
