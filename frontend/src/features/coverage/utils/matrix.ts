import { formatDuration } from '@/lib/durations';
import type {
  ApplicationSummary,
  CertifiedCell,
  CoverageStatus,
  HourRange,
  Matrix,
  PersonSummary,
  StaffKind,
} from '../types';

export interface MatrixFilters {
  search: string;
  category: string | null;
  criticality: string | null;
  status: CoverageStatus | null;
  kind: StaffKind | null;
  team: string | null;
}

export const NO_FILTERS: MatrixFilters = {
  search: '',
  category: null,
  criticality: null,
  status: null,
  kind: null,
  team: null,
};

const SEVERITY: Record<CoverageStatus, number> = { GAP: 0, RISK: 1, GOOD: 2 };

/** Skill levels by application, then person: built once per matrix. */
export function levelIndex(cells: number[]): Map<number, Map<number, number>> {
  const index = new Map<number, Map<number, number>>();
  for (let i = 0; i + 2 < cells.length; i += 3) {
    const app = cells[i]!;
    let row = index.get(app);
    if (!row) {
      row = new Map();
      index.set(app, row);
    }
    row.set(cells[i + 1]!, cells[i + 2]!);
  }
  return index;
}

/** The catalog category of device-class rows (coverage's DeviceClasses.CATEGORY). */
export const CLINICAL_DEVICE = 'CLINICAL_DEVICE';

/** A category as people read it: "Clinical devices" for device classes. */
export function categoryLabel(category: string): string {
  return category === CLINICAL_DEVICE
    ? 'Clinical devices'
    : category.replaceAll('_', ' ').toLowerCase();
}

/** Certified cells by application, then person. */
export function certificationIndex(
  cells: CertifiedCell[],
): Map<number, Map<number, CertifiedCell>> {
  const index = new Map<number, Map<number, CertifiedCell>>();
  for (const cell of cells) {
    let row = index.get(cell.applicationId);
    if (!row) {
      row = new Map();
      index.set(cell.applicationId, row);
    }
    row.set(cell.staffId, cell);
  }
  return index;
}

/** What a certified cell says, e.g. "certification expired on 2026-10-01: counts as level 0". */
export function certificationNote(cell: CertifiedCell): string {
  if (cell.state === 'EXPIRED') {
    return `${cell.certification} expired on ${cell.expiresOn}: counts as level 0 until renewed`;
  }
  return `${cell.certification} ${
    cell.expiresOn
      ? `${cell.state === 'EXPIRING' ? 'expires soon, on' : 'valid until'} ${cell.expiresOn}`
      : 'does not expire'
  }`;
}

/**
 * The rows and columns to draw: applications that pass the filters, worst first; people who pass
 * the staff filters and know at least one of those applications, by team and name.
 */
export function visibleMatrix(
  matrix: Matrix,
  levels: Map<number, Map<number, number>>,
  filters: MatrixFilters,
  overrides: Map<number, CoverageStatus> | null = null,
): { rows: ApplicationSummary[]; columns: PersonSummary[] } {
  const statusOf = (app: ApplicationSummary) => overrides?.get(app.id) ?? app.status;
  const search = filters.search.trim().toLowerCase();
  const rows = matrix.applications
    .filter(
      (app) =>
        (!search ||
          app.name.toLowerCase().includes(search) ||
          app.vendor.toLowerCase().includes(search)) &&
        (!filters.category || app.category === filters.category) &&
        (!filters.criticality || String(app.criticality) === filters.criticality) &&
        (!filters.status || statusOf(app) === filters.status),
    )
    .sort(
      (a, b) =>
        SEVERITY[statusOf(a)] - SEVERITY[statusOf(b)] ||
        a.criticality - b.criticality ||
        a.name.localeCompare(b.name),
    );
  const known = new Set<number>();
  const shown = new Set(rows.map((app) => app.id));
  for (const app of rows) {
    for (const [person, level] of levels.get(app.id) ?? []) {
      if (level > 0) known.add(person);
    }
  }
  // Someone whose certification expired counts 0 but stays in view, with the expiry on the cell.
  for (const cell of matrix.certifications ?? []) {
    if (shown.has(cell.applicationId) && cell.level > 0) known.add(cell.staffId);
  }
  const columns = matrix.staff
    .filter(
      (person) =>
        known.has(person.id) &&
        (!filters.kind || person.kind === filters.kind) &&
        (!filters.team || person.team === filters.team),
    )
    .sort((a, b) => (a.team ?? '').localeCompare(b.team ?? '') || a.name.localeCompare(b.name));
  return { rows, columns };
}

export function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b));
}

export const STATUS_COLOR: Record<CoverageStatus, string> = {
  GOOD: 'teal',
  RISK: 'yellow',
  GAP: 'red',
};

export const STATUS_LABEL: Record<CoverageStatus, string> = {
  GOOD: 'Good',
  RISK: 'At risk',
  GAP: 'Gap',
};

export const LEVEL_LABEL = [
  'None',
  'Learning',
  'Handles L1 with a script',
  'Independent at L2',
  'Expert / L3',
] as const;

/** Cell colours by level: light for learning, dark for experts (blue, readable for colour-blind). */
export const LEVEL_COLOR = ['transparent', '#dbe8f7', '#9fc0e6', '#3a7bcf', '#0c3f7a'] as const;

const DAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_INDEX: Record<string, number> = {
  MONDAY: 0,
  TUESDAY: 1,
  WEDNESDAY: 2,
  THURSDAY: 3,
  FRIDAY: 4,
  SATURDAY: 5,
  SUNDAY: 6,
};

export function shortDay(day: string): string {
  return DAY[DAY_INDEX[day] ?? 0] ?? day;
}

/** "Mon 19:00 – Tue 07:00", within one day "Sat 00:00–07:00", or the whole week. */
export function formatRange(range: HourRange): string {
  if (range.hours >= 168) return 'all week, around the clock';
  const to = range.to === '00:00' ? '24:00' : range.to;
  const sameDay =
    range.hours <= 24 &&
    (range.fromDay === range.toDay ||
      (range.to === '00:00' && nextDay(range.fromDay) === range.toDay));
  return sameDay
    ? `${shortDay(range.fromDay)} ${range.from}–${to}`
    : `${shortDay(range.fromDay)} ${range.from} – ${shortDay(range.toDay)} ${range.to}`;
}

function nextDay(day: string): string {
  const order = Object.keys(DAY_INDEX);
  return order[((DAY_INDEX[day] ?? 0) + 1) % 7]!;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** A median turnaround in hours, written as every span is: "3 h 15 min", "3 d". */
export function hours(value: number | null): string {
  return value === null ? '—' : formatDuration(value * 3_600_000);
}
