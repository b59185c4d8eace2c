import { useSearchParams } from 'react-router';
import { isDisplayStatus, type DisplayStatus } from '../../shared/status';

/** Columns of the overview table that can be sorted. */
export const SORT_KEYS = [
  'region',
  'code',
  'district',
  'status',
  'revision',
  'deadline',
  'remarks',
  'activity',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';
export const VIEWS = ['table', 'map'] as const;
export type OverviewView = (typeof VIEWS)[number];

export interface OverviewParams {
  district: string;
  status: DisplayStatus | '';
  view: OverviewView;
  sort: SortKey;
  dir: SortDir;
}

const DEFAULTS: OverviewParams = { district: '', status: '', view: 'table', sort: 'region', dir: 'asc' };

const isSortKey = (v: string | null): v is SortKey => v !== null && (SORT_KEYS as readonly string[]).includes(v);
const isView = (v: string | null): v is OverviewView => v !== null && (VIEWS as readonly string[]).includes(v);

/** Reads the overview's state from search params; anything unknown falls back to its default. */
export function parseOverviewParams(params: URLSearchParams): OverviewParams {
  const status = params.get('status');
  const sort = params.get('sort');
  const view = params.get('view');
  return {
    district: params.get('district') ?? '',
    status: isDisplayStatus(status) ? status : '',
    view: isView(view) ? view : DEFAULTS.view,
    sort: isSortKey(sort) ? sort : DEFAULTS.sort,
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/**
 * The overview's filters, sort and view live in the URL, so a filtered map or a sorted table can be
 * linked to and survives a reload. Defaults are left out of the URL.
 */
export function useOverviewParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseOverviewParams(searchParams);
  const update = (patch: Partial<OverviewParams>) => {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(patch)) {
          if (value === '' || value === undefined || value === DEFAULTS[key as keyof OverviewParams]) next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      },
      { replace: true },
    );
  };
  const resetFilters = () => update({ district: '', status: '' });
  return { params, update, resetFilters };
}
