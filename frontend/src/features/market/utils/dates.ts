const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** `2026-12-07` as a local calendar date, without a time-zone shift. */
export function day(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return dateFormat.format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** "7 Dec 2026 – 22 Jan 2027", or "From 7 Dec 2026, open-ended". */
export function period(startsOn: string, endsOn: string | null): string {
  return endsOn ? `${day(startsOn)} – ${day(endsOn)}` : `From ${day(startsOn)}, open-ended`;
}
