import { Field, InputType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums';

@InputType('CreateUserInput', { description: 'A new user account, created by an administrator.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Unique; stored lower-cased.' }) email: string;
  @Field(() => String, { description: 'The person’s full name (ФИО).' }) name: string;
  @Field(() => RoleEnum, { description: 'What the user may do.' }) role: string;
  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-2:RU code: required for REGIONAL_EDITOR, absent otherwise.',
  })
  regionCode?: string | null;
  @Field(() => String, { description: 'At least 12 characters.' }) password: string;
}

@InputType('UpdateUserInput', { description: 'Only the fields given change.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true, description: 'The person’s full name (ФИО).' }) name?: string | null;
  @Field(() => RoleEnum, { nullable: true, description: 'What the user may do.' }) role?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Given (even null) replaces the region; omitted keeps it for a regional editor and clears it for other roles.',
  })
  regionCode?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'False deactivates the account and revokes its sessions and tokens.',
  })
  active?: boolean | null;
}
