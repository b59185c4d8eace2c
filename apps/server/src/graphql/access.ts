import type { AuthChecker } from 'type-graphql';
import { DomainError } from '@tsifra/domain/errors';
import type { Context } from './context';

/**
 * Operations that are deliberately open to anonymous callers. Every Query and Mutation must carry
 * either @Authorized(...) or @Public(); a test walks the schema metadata and fails on an unmarked one.
 */
export const publicOperations = new Set<string>();

export function Public(): MethodDecorator {
  return (target, propertyKey) => {
    publicOperations.add(`${target.constructor.name}.${String(propertyKey)}`);
  };
}

/** type-graphql's guard for @Authorized(roles): signed in, and one of the roles when given. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.actor) throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
  if (roles.length > 0 && !roles.includes(context.actor.role)) {
    throw new DomainError('FORBIDDEN', `This needs one of the roles: ${roles.join(', ')}.`);
  }
  return true;
};
