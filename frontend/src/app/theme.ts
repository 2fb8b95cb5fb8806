import {
  createTheme,
  DEFAULT_THEME,
  NavLink,
  Title,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** A calm clinical blue; shade 7 passes WCAG AA for white text. */
const medley: MantineColorsTuple = [
  '#e9f2fc',
  '#d4e3f5',
  '#a8c5ea',
  '#79a6de',
  '#528bd4',
  '#3a7bcf',
  '#2b72cd',
  '#185eb3',
  '#0c53a1',
  '#00478f',
];

export const theme = createTheme({
  primaryColor: 'medley',
  primaryShade: { light: 7, dark: 5 },
  colors: { medley },
  defaultRadius: 'md',
  fontFamily:
    'Inter, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  components: {
    // A pasted serial number or log line as a ticket title wraps instead of widening the page.
    Title: Title.extend({ styles: { root: { overflowWrap: 'anywhere' } } }),
    // Mantine fades the active link's hint to 90 %: on the hovered tint that is below 4.5:1.
    // A dialog's × is a button like any other and needs a name; screens may pass a more telling one.
    // Plain objects, not Modal.extend: that import would pull the dialogs (Portal, Transition,
    // focus trap) into the first screen's bundle.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    // "Nothing found" sits in the options' listbox, which may only hold options: it is one, inactive.
    ComboboxEmpty: {
      defaultProps: { role: 'option', 'aria-disabled': true, 'aria-selected': false },
    },
    NavLink: NavLink.extend({ styles: { description: { opacity: 1 } } }),
  },
});

/** WCAG 2.1 AA for normal-size text (1.4.3), with a little room for rounding. */
export const TEXT_CONTRAST = 4.6;

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(color: string): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = rgb(color);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** `color`, darkened just enough to reach TEXT_CONTRAST against every one of `backgrounds`. */
export function readableOn(color: string, ...backgrounds: string[]): string {
  let [r, g, b] = rgb(color);
  let result = color;
  while (backgrounds.some((background) => contrast(result, background) < TEXT_CONTRAST)) {
    [r, g, b] = [r * 0.96, g * 0.96, b * 0.96];
    result = hex([r, g, b]);
  }
  return result;
}

const WHITE = '#ffffff';
const palette = { ...DEFAULT_THEME.colors, medley };
/** Where text sits: cards, the page behind them (gray.0), rows and panels tinted gray.1 or blue.0. */
const SURFACES = [WHITE, palette.gray[0], palette.gray[1], palette.blue[0], medley[1]];

/**
 * Mantine's light scheme draws white on shade 7 (orange, yellow, blue and others fall below 4.5:1),
 * `c="orange"` text in the same shade and light badges in shade 9 on shade 1 (teal, lime, yellow,
 * orange too faint), `dimmed` text in gray.6 (3.3:1 on white) and field errors in red.6 (3.3:1). Every colour of the palette
 * is darkened here only as far as WCAG AA needs, so each component using a theme colour, today's
 * or a new one, reads well without a per-component override.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': readableOn(palette.gray[6], ...SURFACES),
    '--mantine-color-error': readableOn(palette.red[6], ...SURFACES),
  };
  for (const [name, shades] of Object.entries(palette)) {
    const filled = readableOn(shades[7], WHITE);
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = readableOn(shades[8], WHITE);
    light[`--mantine-color-${name}-outline`] = filled;
    light[`--mantine-color-${name}-text`] = readableOn(shades[7], ...SURFACES);
    light[`--mantine-color-${name}-light-color`] = readableOn(shades[9], shades[1], shades[2]);
  }
  return { variables: {}, light, dark: {} };
};
