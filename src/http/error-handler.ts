import type { ErrorRequestHandler } from 'express';
import { HubError } from '../errors';

/** The one place HTTP errors are shaped: {error: {code, message, details}} with the hub error's status; others masked as 500. */
export function errorHandler(log: (m: string) => void): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (err instanceof HubError) {
      res.status(err.httpStatus).json({ error: { code: err.code, message: err.message, details: err.details } });
      return;
    }
    // express.json / raw body parsers report oversize and malformed bodies with a status
    const status = (err as { status?: number }).status;
    if (status === 413) {
      res.status(413).json({ error: { code: 'LIMIT_EXCEEDED', message: 'Request body is larger than the configured limit' } });
      return;
    }
    if (status && status >= 400 && status < 500) {
      res.status(status).json({ error: { code: 'BAD_INPUT', message: (err as Error).message } });
      return;
    }
    log(`unexpected error: ${(err as Error)?.stack ?? String(err)}`);
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
  };
}
