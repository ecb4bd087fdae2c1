import type { Request } from 'express';
import { attachedViewer } from '../auth/authenticate';
import { Unauthenticated } from '../errors';
import type { Viewer } from '../graphql/context';

/** Who the request speaks for; every door (GraphQL, uploads, exports, reports) asks here. Set from the bearer token by src/auth/authenticate.ts; a request it did not pass is refused. */
export function viewerOf(req: Request): Viewer {
  const viewer = attachedViewer(req);
  if (!viewer) throw new Unauthenticated('Authentication required: send "Authorization: Bearer <token>"');
  return viewer;
}
