import { describe, expect, it } from 'vitest';
import { contrastingTextColor, parseHexColor, BLACK, WHITE } from './color.js';
import { ColorPalette, resolveColor } from './color-palette.js';

describe('colours', () => {
  it('parses hex colours and rejects anything else', () => {
    expect(parseHexColor('#FF4040')).toEqual({ r: 255, g: 64, b: 64 });
    expect(parseHexColor('a351fb')).toEqual({ r: 163, g: 81, b: 251 });
    expect(parseHexColor('#f40')).toEqual({ r: 255, g: 68, b: 0 });
    expect(() => parseHexColor('#12345')).toThrow(/not a hex colour/);
    expect(() => parseHexColor('red')).toThrow(TypeError);
  });

  it('gives each class id a fixed colour, wrapping around the palette', () => {
    const palette = ColorPalette.DEFAULT;
    expect(palette.colors).toHaveLength(21);
    expect(palette.byIndex(1)).toEqual({ r: 255, g: 64, b: 64 });
    expect(palette.byIndex(22)).toEqual(palette.byIndex(1));
    expect(palette.byIndex(-1)).toEqual(palette.byIndex(20));
    expect(palette.byIndex(Number.NaN)).toEqual(palette.byIndex(0));
    expect(resolveColor(palette, 3)).toEqual(palette.byIndex(3));
    expect(resolveColor(WHITE, 3)).toBe(WHITE);
    expect(() => new ColorPalette([])).toThrow(/at least one/);
  });

  it('picks black text on light backgrounds and white on dark ones', () => {
    expect(contrastingTextColor(parseHexColor('#FFB633'))).toBe(BLACK);
    expect(contrastingTextColor(parseHexColor('#530087'))).toBe(WHITE);
  });
});
