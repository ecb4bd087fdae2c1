import { Readable } from 'node:stream';

export const DIRECTORY_HEADER = ['Name', 'Also known as', 'Address', 'Postcode', 'Phone number', "Service's website (if available)", 'Service types',
  'Date of latest check', 'Specialisms/services', 'Provider name', 'Local Authority', 'Region', 'Location URL',
  'CQC Location (for office use only)', 'CQC Provider ID (for office use only)'];

export interface DirectoryLocation {
  id: string;
  name: string;
  postcode: string;
  types: string;
  la: string;
  provider?: string;
  providerId?: string;
  specialisms?: string;
  address?: string;
}

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A care directory file as CQC publishes it: title lines (with the date line), a blank line, the header, then one row per location. */
export function directoryCsv(locations: DirectoryLocation[], opts: { date?: string | null; header?: string[] } = {}): string {
  const width = DIRECTORY_HEADER.length;
  const pad = (first: string) => [cell(first), ...Array(width - 1).fill('')].join(',');
  const title = [pad('CQC Locations data'), pad(''), ...(opts.date === null ? [] : [pad(`This data was produced on ${opts.date ?? '1 March 2025'}`)]), pad('')];
  const rows = locations.map((l) => [l.name, '', l.address ?? '1 High Street, Leeds', l.postcode, '0113 000 0000', '', l.types, '09/Jan/2024 - 00:00',
    l.specialisms ?? 'Caring for adults over 65 yrs|Dementia', l.provider ?? `${l.name} Ltd`, l.la, 'Yorkshire & Humberside',
    `https://www.cqc.org.uk/location/${l.id}`, l.id, l.providerId ?? '1-900000001'].map(cell).join(','));
  return [...title, (opts.header ?? DIRECTORY_HEADER).map(cell).join(','), ...rows].join('\r\n') + '\r\n';
}

export const stream = (text: string) => Readable.from([Buffer.from(text)]);
