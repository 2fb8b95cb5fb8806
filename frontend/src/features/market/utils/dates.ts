import { formatDate } from '@/lib/time';

/** "Dec 7, 2026 – Jan 22, 2027", or "From Dec 7, 2026, open-ended". */
export function period(startsOn: string, endsOn: string | null): string {
  return endsOn
    ? `${formatDate(startsOn)} – ${formatDate(endsOn)}`
    : `From ${formatDate(startsOn)}, open-ended`;
}
