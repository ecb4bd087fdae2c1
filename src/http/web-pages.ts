import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { projectRoot } from '../paths';

export interface WebPagesOptions {
  /** The built pages (default: dist/web, made by `npm run build:web`). */
  dir?: string;
}

/** The pages load only their own files and talk only to this hub: an injected script could not send the token elsewhere. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

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
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.sendFile(index);
  });
  return router;
}
