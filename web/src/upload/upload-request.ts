import { ApiError, authHeaders } from '../api';
import type { ReturnReport } from './return-report';

export interface UploadForm {
  provider: string;
  providerName: string;
  period: string;
  dryRun: boolean;
  files: File[];
}

/** POST /api/returns with XMLHttpRequest, which (unlike fetch) reports upload progress; resolves with the report (200 or 422). */
export function uploadReturn(form: UploadForm, onProgress: (sent: number, total: number) => void, onUploaded: () => void): Promise<ReturnReport> {
  const body = new FormData();
  body.append('provider', form.provider);
  body.append('period', form.period);
  body.append('dryRun', String(form.dryRun));
  if (form.providerName) body.append('providerName', form.providerName);
  for (const f of form.files) body.append('files', f, f.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/returns');
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded, e.total); };
    xhr.upload.onload = () => onUploaded();
    xhr.onerror = () => reject(new ApiError('The upload did not reach the hub. Check the connection and try again.', 'NETWORK', 0));
    xhr.onload = () => {
      const res = xhr.response as (ReturnReport & { error?: { code: string; message: string } }) | null;
      if ((xhr.status === 200 || xhr.status === 422) && res && 'reportId' in res) resolve(res);
      else reject(new ApiError(res?.error?.message ?? `The hub answered ${xhr.status}`, res?.error?.code ?? 'HTTP_ERROR', xhr.status));
    };
    xhr.send(body);
  });
}
