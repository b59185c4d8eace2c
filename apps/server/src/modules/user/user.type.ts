import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums';

@ObjectType('User')
export class UserType {
  @Field(() => ID) id: string;
  /** Exposed through UserFieldsResolver.email: hidden from anyone but the person and staff. */
  email: string;
  @Field(() => String) name: string;
  @Field(() => RoleEnum) role: string;
  @Field(() => Boolean, { description: 'False once an administrator deactivates the account: it cannot sign in and its sessions are revoked.' }) active: boolean;
}
