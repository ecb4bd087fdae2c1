import { token } from './session';

/** A failure the hub reported (HTTP {error:{code,message}} or GraphQL extensions.code), or a network failure. */
export class ApiError extends Error {
  constructor(message: string, readonly code: string, readonly status: number) {
    super(message);
  }
}

export function authHeaders(): Record<string, string> {
  const t = token.get();
  return t ? { Authorization: `Bearer ${t}` } : {};
}

/** One GraphQL request with the session's token; the first error is thrown as an ApiError. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders() }, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new ApiError('The hub could not be reached. Check that it is running.', 'NETWORK', 0);
  }
  const body = await res.json().catch(() => null) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[]; error?: { code: string; message: string } } | null;
  if (body?.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(first.message, first.extensions?.code ?? 'GRAPHQL_ERROR', res.status);
  }
  if (body?.error) throw new ApiError(body.error.message, body.error.code, res.status);
  if (!res.ok || !body?.data) throw new ApiError(`The hub answered ${res.status}`, res.status === 401 ? 'UNAUTHENTICATED' : 'HTTP_ERROR', res.status);
  return body.data;
}

/** Reads an error body of the hub's shape, or makes one from the status. */
export async function errorOf(res: Response): Promise<ApiError> {
  const body = await res.json().catch(() => null) as { error?: { code: string; message: string } } | null;
  return new ApiError(body?.error?.message ?? `The hub answered ${res.status}`, body?.error?.code ?? 'HTTP_ERROR', res.status);
}

/** Downloads a file the hub serves behind the token: fetched with the Authorization header, saved from a Blob. */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok) throw await errorOf(res);
  const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName;
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** A human sentence for an error shown on a page. */
export function describeError(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.code === 'UNAUTHENTICATED') return 'Your token was not accepted. Sign in again.';
    if (e.code === 'FORBIDDEN') return `You do not have access to this: ${e.message}`;
    return e.message;
  }
  return e instanceof Error ? e.message : String(e);
}
