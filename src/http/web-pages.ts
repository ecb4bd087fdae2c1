import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { projectRoot } from '../paths';

export interface WebPagesOptions {
  /** The built pages (default: dist/web, made by `npm run build:web`). */
  dir?: string;
}

/** Paths that belong to the API, never to the pages. */
const NOT_PAGES = /^\/(api|graphql|_graphiql|healthz|readyz)(\/|$)/;

/** GET / and the other page paths: the built web pages and their hashed assets, from the package itself (no CDN). */
export function webPagesRoutes({ dir = join(projectRoot, 'dist', 'web') }: WebPagesOptions = {}): Router {
  const router = Router();
  const index = join(dir, 'index.html');
  // hashed file names change with their content, so assets can be cached for good
  router.use('/assets', express.static(join(dir, 'assets'), { maxAge: '1y', immutable: true }), (_req, res) => { res.status(404).type('text/plain').send('Not found'); });
  // any other page path gets the app, which routes on the client (SPA fallback)
  router.get(/.*/, (req, res, next) => {
    if (NOT_PAGES.test(req.path) || !req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web pages are not built: run `npm run build` (or `npm run build:web`).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
