import { Router } from 'express';
import { type Database, pendingMigrations } from '../db/database';

/** Options for the health routes. */
export interface HealthOptions {
  /** Longest wait for the database before /readyz reports not ready (default 2000 ms). */
  timeoutMs?: number;
}

/** GET /healthz: the process is up. GET /readyz: the database answers and no migration is pending. */
export function healthRoutes(db: Database, { timeoutMs = 2000 }: HealthOptions = {}): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref());
    try {
      const pending = await Promise.race([
        (async () => {
          await db.orm.em.getConnection().execute('select 1');
          return pendingMigrations(db);
        })(),
        timeout,
      ]);
      if (pending.length) {
        res.status(503).json({ status: 'not ready', database: 'ok', pendingMigrations: pending });
        return;
      }
      res.json({ status: 'ready', database: 'ok', pendingMigrations: [] });
    } catch (e) {
      res.status(503).json({ status: 'not ready', database: (e as Error).message });
    }
  });
  return router;
}
