import { Field, ID, ObjectType } from 'type-graphql';
import { CURSOR_DESCRIPTION } from '../../graphql/pagination';

@ObjectType('ApiToken', {
  description:
    'A personal API token for scripts (`Authorization: Bearer …`). Its secret is shown only once, on creation.',
})
export class ApiTokenType {
  @Field(() => ID, { description: 'The token’s id; pass it to `revokeApiToken`.' }) id: string;
  @Field(() => String, { description: 'The name its owner gave the token, to tell tokens apart.' }) label: string;
  @Field(() => String, { description: 'ISO timestamp.' }) createdAt: string;
  @Field(() => String, { description: 'ISO timestamp: 365 days after creation.' }) expiresAt: string;
  @Field(() => String, {
    nullable: true,
    description: 'ISO timestamp of the last use, to the minute; null when never used.',
  })
  lastUsedAt: string | null;
  @Field(() => String, { nullable: true, description: 'ISO timestamp; null while the token works.' }) revokedAt:
    string | null;
  @Field(() => String, { description: CURSOR_DESCRIPTION }) cursor: string;
}

@ObjectType('CreatedApiToken', {
  description: 'A new token: `token` is the secret, returned this once and never again.',
})
export class CreatedApiTokenType {
  @Field(() => String, {
    description: 'The secret to send as `Authorization: Bearer <token>`. Store it now: it cannot be shown again.',
  })
  token: string;
  @Field(() => ApiTokenType, {
    description: 'The token’s stored description (label, dates); the secret is given only once, next to it.',
  })
  apiToken: ApiTokenType;
}
