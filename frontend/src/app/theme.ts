import { createTheme, Title, type MantineColorsTuple } from '@mantine/core';

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
  },
});
