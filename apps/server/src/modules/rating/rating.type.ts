import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RegionType } from '../region/region.type';

@ObjectType('RatingParameter', { description: 'One parameter of a rating methodology.' })
export class RatingParameterType {
  @Field(() => String, { description: 'Stable code, e.g. MATURITY, POS, IMPORT.' }) code: string;
  @Field(() => String, { description: 'Name in Russian.' }) name: string;
  @Field(() => String, { description: 'Name in English.' }) nameEn: string;
  @Field(() => String, { description: 'Unit of the value the points come from (балл, %).' }) unit: string;
  @Field(() => Float, { nullable: true, description: 'Maximum points of this parameter.' }) maxPoints: number;
  @Field(() => String, {
    description: 'ENTERED (an admin enters the points) or COMPUTED (from another module by a formula).',
  })
  derivation: string;
  @Field(() => String, { description: 'Where the value comes from: ENTERED, MATURITY_INDEX or MSZU_SHARE.' })
  source: string;
  @Field(() => Float, { nullable: true, description: 'COMPUTED: the source value that gives 0 points.' }) scaleFrom:
    number | null;
  @Field(() => Float, { nullable: true, description: 'COMPUTED: the source value that gives maxPoints.' }) scaleTo:
    number | null;
  @Field(() => String, { description: 'How the points are derived, as a formula.' }) formula: string;
}

@ObjectType('RatingMethodology', {
  description: 'A version of the rating methodology. Frozen once a publication uses it; a correction is a new version.',
})
export class RatingMethodologyType {
  @Field(() => ID, { description: 'Identifier.' }) id: string;
  @Field(() => String, { description: 'Version code, e.g. RCT-2022.' }) code: string;
  @Field(() => String, {
    description:
      'The first month this version applies to (the version in force for a month is the latest validFrom ≤ that month).',
  })
  validFrom: string;
  @Field(() => String, { nullable: true, description: 'What changed and why, in words.' }) description: string | null;
  @Field(() => Int, { description: 'Edit counter for optimistic locking (only while not in use).' }) version: number;
}

@ObjectType('RatingPoints', {
  description: "A parameter's contribution to a region's score: points, and what they came from.",
})
export class RatingPointsType {
  @Field(() => String, { description: 'Parameter code.' }) code: string;
  @Field(() => Float, {
    nullable: true,
    description: 'The value the points came from (entered, or the source value); null when there was no data.',
  })
  value: number | null;
  @Field(() => Float, { description: 'Points (clamped to 0..maxPoints, to hundredths).' }) points: number;
  @Field(() => Float, { description: 'Maximum points.' }) maxPoints: number;
  @Field(() => Boolean, { description: 'No input: the parameter counted 0 points.' }) noData: boolean;
  @Field(() => Boolean, { description: 'The value lay outside 0..max and was clamped.' }) clamped: boolean;
}

@ObjectType('RatingEntry', {
  description: "A region's place in a month's rating. Ties share a rank (competition ranking: 1, 2, 2, 4).",
})
export class RatingEntryType {
  regionId: string;
  @Field(() => Int, { description: 'Rank, 1 = best; tied regions share the better rank.' }) rank: number;
  @Field(() => RegionType, { description: 'The region.' }) region?: RegionType;
  @Field(() => Float, { description: 'Total score (sum of points).' }) score: number;
  @Field(() => Int, { nullable: true, description: "Rank in the previous month's latest publication; null when none." })
  previousRank: number | null;
  @Field(() => String, { description: 'LEADER (top 3), LAGGARD (last 3) or MIDDLE.' }) band: string;
  @Field(() => [RatingPointsType], { description: 'Points per parameter: the explanation.' })
  parameters: RatingPointsType[];
}

@ObjectType('Rating', {
  description:
    "A month's rating: a frozen publication, or (published = false) a draft / as-of computation from current inputs.",
})
export class RatingType {
  methodologyId: string;
  @Field(() => ID, { nullable: true, description: 'Publication id; null for a draft.' }) id: string | null;
  @Field(() => String, { description: 'The month, e.g. 2021-11.' }) period: string;
  @Field(() => RatingMethodologyType, { description: 'The methodology version the scores follow.' })
  methodology?: RatingMethodologyType;
  @Field(() => String, { nullable: true, description: 'When it was published (ISO timestamp); null for a draft.' })
  publishedAt: string | null;
  @Field(() => Boolean, {
    description: 'True for a publication; false for a draft or an as-of recomputation (not the published figure).',
  })
  published: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'Publication version within the month (1, 2, …); null for a draft.',
  })
  version: number | null;
  @Field(() => String, { nullable: true, description: 'Why this version was re-published.' }) reason: string | null;
  @Field(() => [RatingEntryType], { description: 'Entries by rank.' }) entries: RatingEntryType[];
}

@ObjectType('RatingPublicationSummary', { description: 'One publication of a month, without entries.' })
export class RatingPublicationSummaryType {
  @Field(() => ID, { description: 'Publication id.' }) id: string;
  @Field(() => String, { description: 'The month.' }) period: string;
  @Field(() => Int, { description: 'Version within the month.' }) version: number;
  @Field(() => String, { description: 'ISO timestamp.' }) publishedAt: string;
  @Field(() => String, { nullable: true, description: 'Reason of a re-publication.' }) reason: string | null;
  @Field(() => String, { description: 'Methodology code.' }) methodologyCode: string;
}

@ObjectType('RatingHistoryPoint', { description: "A region's place in one month's latest publication." })
export class RatingHistoryPointType {
  @Field(() => String, { description: 'The month.' }) period: string;
  @Field(() => Int, { description: 'Rank.' }) rank: number;
  @Field(() => Float, { description: 'Score.' }) score: number;
  @Field(() => String, { description: 'Methodology code of that publication.' }) methodologyCode: string;
  @Field(() => Float, { description: "That methodology's maximum score." }) maxScore: number;
  @Field(() => Int, { description: 'Publication version.' }) version: number;
}

@ObjectType('MaturityComponent', {
  description: 'A key sector in a maturity index: value, weight (demo) and contribution.',
})
export class MaturityComponentType {
  @Field(() => String, { description: 'Key sector code.' }) sector: string;
  @Field(() => Float, { nullable: true, description: 'The returned value 0–100; null when missing (counts 0).' })
  value: number | null;
  @Field(() => Float, { description: 'Weight (DEMO weights: the official ones are not public).' }) weight: number;
  @Field(() => Float, { description: 'value × weight.' }) contribution: number;
}

@ObjectType('MaturityIndexRow', { description: "A region's digital maturity index for a quarter." })
export class MaturityIndexRowType {
  regionId: string;
  @Field(() => RegionType, { description: 'The region.' }) region?: RegionType;
  @Field(() => String, { description: 'The quarter, e.g. 2021-Q3.' }) quarter: string;
  @Field(() => Float, { description: 'Index 0–100 (weighted mean of the key sectors).' }) index: number;
  @Field(() => [MaturityComponentType], { description: 'The five key sectors.' }) components: MaturityComponentType[];
  @Field(() => [String], { description: 'Key sectors without a return.' }) missing: string[];
}

@ObjectType('MaturityMethodology', {
  description: 'The maturity index methodology: components and weights. The weights are DEMO weights.',
})
export class MaturityMethodologyType {
  @Field(() => String, { description: 'Version code.' }) code: string;
  @Field(() => String, { description: 'First quarter it applies to.' }) validFrom: string;
  @Field(() => String, { description: 'The formula.' }) formula: string;
  @Field(() => Boolean, { description: 'True: the weights are invented for the demo.' }) demoWeights: boolean;
  @Field(() => [MaturityComponentType], {
    description: 'Key sectors with their weights (value and contribution are null/0 here).',
  })
  components: MaturityComponentType[];
}

@ObjectType('RatingInput', { description: 'An entered monthly rating input.' })
export class RatingInputType {
  @Field(() => ID, { description: 'Identifier.' }) id: string;
  @Field(() => String, { description: 'The month.' }) period: string;
  @Field(() => String, { description: 'Parameter code.' }) parameterCode: string;
  @Field(() => Float, { description: 'The entered value.' }) value: number;
  @Field(() => String, { nullable: true, description: 'Note on the source or the correction.' }) note: string | null;
  @Field(() => Boolean, { description: 'Invented demo data.' }) demo: boolean;
}

@ObjectType('MaturityReturn', { description: 'A quarterly maturity return of one key sector.' })
export class MaturityReturnType {
  @Field(() => ID, { description: 'Identifier.' }) id: string;
  @Field(() => String, { description: 'The quarter.' }) quarter: string;
  @Field(() => String, { description: 'Key sector code.' }) sector: string;
  @Field(() => Float, { description: 'Value 0–100.' }) value: number;
  @Field(() => String, { description: 'The day it was entered (ISO date).' }) reportedOn: string;
  @Field(() => Boolean, { description: 'Invented demo data.' }) demo: boolean;
}
