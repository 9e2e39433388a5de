/** An sRGB colour, 0..255 a channel. Images may be bgr24: the raster functions swap as needed. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** `'#ff4040'`, `'ff4040'` or `'#f44'` to an {@link Rgb}. Throws a TypeError on anything else. */
export function parseHexColor(hex: string): Rgb {
  const digits = hex.startsWith('#') ? hex.slice(1) : hex;
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) throw new TypeError(`not a hex colour: ${JSON.stringify(hex)}`);
  const value = Number.parseInt(full, 16);
  return { r: (value >> 16) & 0xff, g: (value >> 8) & 0xff, b: value & 0xff };
}

/** Relative luminance (0..1, ITU-R BT.709 weights on sRGB values), to pick readable text colours. */
export function luminance(color: Rgb): number {
  return (0.2126 * color.r + 0.7152 * color.g + 0.0722 * color.b) / 255;
}

export const WHITE: Rgb = { r: 255, g: 255, b: 255 };
export const BLACK: Rgb = { r: 0, g: 0, b: 0 };

/** Black on light backgrounds, white on dark ones. */
export function contrastingTextColor(background: Rgb): Rgb {
  return luminance(background) > 0.55 ? BLACK : WHITE;
}
