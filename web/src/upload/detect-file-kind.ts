/** Which ASC-WDS file a header line belongs to, judged in the browser so the page can name the files; the hub checks again. */
export type FileKind = 'workplace' | 'staff' | 'training';

export const KIND_LABEL: Record<FileKind, string> = { workplace: 'Workplace file', staff: 'Staff file', training: 'Training file' };

export function kindOfHeader(line: string): FileKind | null {
  const names = new Set(line.replace(/^\uFEFF/, '').split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim().toUpperCase()));
  if (!names.has('LOCALESTID')) return null;
  if (names.has('UNIQUEWORKERID') && names.has('CATEGORY')) return 'training';
  if (names.has('UNIQUEWORKERID')) return 'staff';
  if (names.has('ESTNAME') || names.has('MAINSERVICE')) return 'workplace';
  return null;
}

/** Reads only the start of the file (the header line), however large the file is. */
export async function detectFileKind(file: File): Promise<FileKind | null> {
  const head = await file.slice(0, 64 * 1024).text();
  return kindOfHeader(head.split(/\r?\n/, 1)[0] ?? '');
}
