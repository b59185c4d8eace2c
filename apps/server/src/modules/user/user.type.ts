import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums';

@ObjectType('User', {
  description: 'A person with an account (пользователь): a regional editor, a federal reviewer or an administrator.',
})
export class UserType {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  /** Exposed through UserFieldsResolver.email: hidden from anyone but the person and staff. */
  email: string;
  @Field(() => String, {
    description: 'Display name (ФИО or a post), shown to everyone who reads the person’s comments or actions.',
  })
  name: string;
  @Field(() => RoleEnum, { description: 'What the person may do; public, like the name.' }) role: string;
  @Field(() => Boolean, {
    description: 'False once an administrator deactivates the account: it cannot sign in and its sessions are revoked.',
  })
  active: boolean;
}
