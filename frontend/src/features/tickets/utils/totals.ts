/** A ticket list's total as the API gives it: exact, or (not exact) "at least this many". */
export interface Total {
  total: number;
  totalExact: boolean;
}

/** "1,234", or "1,000+" when the server stopped counting there. */
export function formatTotal({ total, totalExact }: Total): string {
  const shown = total.toLocaleString('en-US');
  return totalExact ? shown : `${shown}+`;
}

/** Pages to offer: with an inexact total there is at least one page more than it fills. */
export function pageCount({ total, totalExact }: Total, pageSize: number): number {
  const filled = Math.max(1, Math.ceil(total / pageSize));
  return totalExact ? filled : filled + 1;
}
