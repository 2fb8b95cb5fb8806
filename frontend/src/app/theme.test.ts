import { DEFAULT_THEME } from '@mantine/core';
import { contrast, cssVariablesResolver, readableOn, TEXT_CONTRAST, theme } from './theme';

const { light } = cssVariablesResolver({ ...DEFAULT_THEME, ...theme } as never) as {
  light: Record<string, string>;
};
const colors = { ...DEFAULT_THEME.colors, ...theme.colors } as Record<string, readonly string[]>;
const variable = (name: string) => light[name] ?? '';

describe('theme colours', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#868e96', '#ffffff')).toBeCloseTo(3.32, 2);
  });

  it('darkens a colour only as far as needed', () => {
    expect(readableOn('#000000', '#ffffff')).toBe('#000000');
    const gray = readableOn('#868e96', '#ffffff');
    expect(contrast(gray, '#ffffff')).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(contrast(gray, '#ffffff')).toBeLessThan(5.2);
  });

  it.each(['dimmed', 'error'])(
    'gives %s text 4.5:1 on white, the page grey and tinted rows',
    (name) => {
      const { gray = [], blue = [] } = colors;
      for (const surface of ['#ffffff', gray[0] ?? '', gray[1] ?? '', blue[0] ?? '']) {
        expect(contrast(variable(`--mantine-color-${name}`), surface)).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  it.each(Object.keys(colors))('makes %s readable in every variant', (name) => {
    const [page = ''] = colors.gray ?? [];
    const [, tint = ''] = colors[name] ?? [];
    const at = (suffix: string) => variable(`--mantine-color-${name}-${suffix}`);
    expect(contrast(at('filled'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(at('filled-hover'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(at('text'), page)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(at('light-color'), tint)).toBeGreaterThanOrEqual(4.5);
  });
});
