import { Field, Float, InputType } from 'type-graphql';

@InputType('RatingParameterInput', { description: 'A parameter of a new methodology version.' })
export class RatingParameterInput {
  @Field(() => String, { description: 'Code, capital letters.' }) code: string;
  @Field(() => String, { description: 'Name in Russian.' }) name: string;
  @Field(() => String, { description: 'Name in English.' }) nameEn: string;
  @Field(() => String, { description: 'Unit.' }) unit: string;
  @Field(() => Float, { description: 'Maximum points.' }) maxPoints: number;
  @Field(() => String, { description: 'ENTERED or COMPUTED.' }) derivation: string;
  @Field(() => String, { description: 'ENTERED, MATURITY_INDEX or MSZU_SHARE.' }) source: string;
  @Field(() => Float, { nullable: true, description: 'COMPUTED: source value for 0 points.' }) scaleFrom?:
    number | null;
  @Field(() => Float, { nullable: true, description: 'COMPUTED: source value for maxPoints.' }) scaleTo?: number | null;
}

@InputType('RatingMethodologyInput', { description: 'A methodology version.' })
export class RatingMethodologyInput {
  @Field(() => String, { description: 'Version code (ignored on update).' }) code: string;
  @Field(() => String, { description: 'First month, e.g. 2022-07.' }) validFrom: string;
  @Field(() => String, { nullable: true, description: 'What and why, in words.' }) description?: string | null;
  @Field(() => [RatingParameterInput], { description: 'Parameters; aggregation is the sum of points.' })
  parameters: RatingParameterInput[];
}

@InputType('RatingInputInput', { description: 'One monthly input: region × month × entered parameter.' })
export class RatingInputInput {
  @Field(() => String, { description: 'Region code, e.g. RU-TUL.' }) regionCode: string;
  @Field(() => String, { description: 'The month.' }) period: string;
  @Field(() => String, { description: 'An ENTERED parameter of the methodology in force.' }) parameterCode: string;
  @Field(() => Float, { description: 'The value (points for entered parameters).' }) value: number;
  @Field(() => String, { nullable: true, description: 'Source or reason of a correction.' }) note?: string | null;
}

@InputType('MaturityReturnInput', { description: 'One key sector of a quarterly maturity return.' })
export class MaturityReturnInput {
  @Field(() => String, { description: 'Region code.' }) regionCode: string;
  @Field(() => String, { description: 'The quarter, e.g. 2021-Q3.' }) quarter: string;
  @Field(() => String, { description: 'Key sector code.' }) sector: string;
  @Field(() => Float, { description: 'Value 0–100.' }) value: number;
}
