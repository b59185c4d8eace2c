/** The months the tracker covers in the demo (2021-08 … 2022-12) up to today's; the dashboard opens on September 2021, the meeting's month. */
export const FIRST_MONTH = '2021-08';
export const DEFAULT_MONTH = '2021-09';

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (y * 12 + m <= end && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The month before `month`. */
export function previousMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export const percent = (share: number | null | undefined, lang: string) =>
  share == null ? '—' : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** The XLSX file helpers are shared with the other imports (ratings). */
export { downloadBase64Xlsx, readFileAsBase64 } from '../../../shared/files/xlsx';
