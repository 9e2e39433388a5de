import { parseHexColor, type Rgb } from './color.js';

/**
 * A fixed list of colours, looked up by index (a class id) with wrap-around, so a class keeps
 * its colour across frames, sources and runs.
 */
export class ColorPalette {
  /** The default palette of Roboflow's supervision, so annotated output looks familiar. */
  static readonly DEFAULT: ColorPalette = ColorPalette.fromHex([
    '#A351FB', '#FF4040', '#FFA1A0', '#FF7633', '#FFB633', '#D1D435', '#4CFB12',
    '#94CF1A', '#40DE8A', '#1B9640', '#00D6C1', '#2E9CAA', '#00C4FF', '#364797',
    '#6675FF', '#0019EF', '#863AFF', '#530087', '#CD3AFF', '#FF97CA', '#FF39C9',
  ]);

  readonly colors: readonly Rgb[];

  constructor(colors: readonly Rgb[]) {
    if (colors.length === 0) throw new TypeError('a ColorPalette needs at least one colour');
    this.colors = [...colors];
  }

  static fromHex(hex: readonly string[]): ColorPalette {
    return new ColorPalette(hex.map(parseHexColor));
  }

  /** The colour for `index`; wraps around, and negative or fractional indices are made valid. */
  byIndex(index: number): Rgb {
    const n = this.colors.length;
    const i = Number.isFinite(index) ? Math.trunc(index) : 0;
    return this.colors[((i % n) + n) % n];
  }
}

/** What an annotator's `color` option accepts: one colour for everything, or a palette by class id. */
export type ColorOption = Rgb | ColorPalette;

/** The colour an annotator draws class `classId` with. */
export function resolveColor(option: ColorOption, classId: number): Rgb {
  return option instanceof ColorPalette ? option.byIndex(classId) : option;
}
