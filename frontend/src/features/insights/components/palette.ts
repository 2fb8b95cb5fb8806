/** Okabe–Ito colours: distinct for colour-blind readers. */
export const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

/** The i-th series colour. */
export function colour(i: number): string {
  return COLOURS[i % COLOURS.length] ?? '#0072B2';
}
/** Met and breached, in the same palette. */
export const MET = '#009E73';
export const BREACHED = '#D55E00';

/** Coverage states: GOOD, RISK and GAP. */
export const GOOD = '#009E73';
export const RISK = '#E69F00';
export const GAP = '#D55E00';
