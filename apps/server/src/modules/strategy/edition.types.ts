import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LEGAL_ACT_KINDS, type LegalActKind } from '@tsifra/domain/documents/official-title';
import { enumOf } from '../../graphql/enums';

export const LegalActKindEnum = enumOf(LEGAL_ACT_KINDS);
registerEnumType(LegalActKindEnum, {
  name: 'LegalActKind',
  description: 'The kind of act that adopts a strategy edition.',
  valuesConfig: {
    POSTANOVLENIE: { description: 'постановление (a resolution).' },
    RASPORYAZHENIE: { description: 'распоряжение (an order).' },
  },
});

@ObjectType('LegalAct', { description: 'The act that adopted an edition, as the region entered it after approval.' })
export class LegalActType {
  @Field(() => LegalActKindEnum, { description: 'постановление or распоряжение.' }) kind: LegalActKind;
  @Field(() => String, { description: 'The act’s number as printed, e.g. «359-рп».' }) number: string;
  @Field(() => String, { description: 'ISO date the act was signed.' }) date: string;
  @Field(() => String, {
    description: 'The issuing body in the genitive, as printed after the kind: «Правительства Ханты-Мансийского …».',
  })
  issuer: string;
  @Field(() => String, {
    description: 'The public line: «утверждена распоряжением Правительства … от 02.07.2021 № 359-рп».',
  })
  text: string;
}

@InputType('LegalActInput', { description: 'The adopting act of an approved edition.' })
export class LegalActInput {
  @Field(() => LegalActKindEnum, { description: 'постановление or распоряжение.' }) kind: string;
  @Field(() => String, { description: 'The act’s number, e.g. «359-рп» (at most 64 characters).' }) number: string;
  @Field(() => String, { description: 'ISO date the act was signed: not in the future, not before the approval.' })
  date: string;
  @Field(() => String, { description: 'The issuing body in the genitive (at most 300 characters).' }) issuer: string;
}
