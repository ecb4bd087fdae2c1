import type { AuthCheckerFn } from 'type-graphql';
import { Forbidden, Unauthenticated } from '../errors';
import type { GraphQLContext } from '../graphql/context';
import type { Role } from './role';

/**
 * The one type-graphql auth checker: a field or type marked @Authorized(roles) resolves only for those roles, and
 * refuses anyone else with FORBIDDEN before its resolver runs (so a person-level field is never read for analyst or bi).
 */
export const authChecker: AuthCheckerFn<GraphQLContext, Role> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new Unauthenticated('Authentication required: send "Authorization: Bearer <token>"');
  if (roles.length === 0 || roles.includes(viewer.role)) return true;
  const field = `${info.parentType.name}.${info.fieldName}`;
  throw new Forbidden(`${viewer.role === 'admin' || viewer.role === 'analyst' ? 'An' : 'A'} ${viewer.role} token cannot read ${field} (allowed: ${roles.join(', ')})`, { field, role: viewer.role });
};
