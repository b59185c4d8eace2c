import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums';

@ObjectType('User')
export class UserType {
  @Field(() => ID) id: string;
  @Field(() => String) email: string;
  @Field(() => String) name: string;
  @Field(() => RoleEnum) role: string;
}
