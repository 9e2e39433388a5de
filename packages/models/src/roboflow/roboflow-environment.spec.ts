import { describe, expect, it } from 'vitest';
import { classNamesFromClassMap, parseRoboflowPreprocessing } from './roboflow-environment.js';

describe('parseRoboflowPreprocessing', () => {
  it('maps the resize formats to stretch or a centred letterbox with the edge colour', () => {
    const pre = (format: string) =>
      parseRoboflowPreprocessing({ PREPROCESSING: JSON.stringify({ resize: { enabled: true, format, width: 640, height: 480 } }) }, 'm');
    expect(pre('Stretch to').contract).toMatchObject({ resize: 'stretch' });
    expect(pre('Fit (black edges) in').contract).toEqual({ resize: 'letterbox', align: 'centre', padValue: 0 });
    expect(pre('Fit (white edges) in').contract.padValue).toBe(255);
    expect(pre('Fit (grey edges) in').contract.padValue).toBe(114);
    expect(pre('Something new').contract.resize).toBe('stretch');
    expect(pre('Stretch to').resizeTo).toEqual({ width: 640, height: 480 });
  });

  it('no resize step means "Stretch to", as in Roboflow Inference; an object instead of a string is accepted', () => {
    const result = parseRoboflowPreprocessing({ PREPROCESSING: { 'auto-orient': { enabled: true } } }, 'm');
    expect(result.contract.resize).toBe('stretch');
    expect(result.resizeTo).toBeNull();
  });

  it('static crop in percent, grayscale, and contrast reported as ignored', () => {
    const result = parseRoboflowPreprocessing(
      {
        PREPROCESSING: JSON.stringify({
          'static-crop': { enabled: true, x_min: 50, y_min: 10, x_max: 100, y_max: 60 },
          grayscale: { enabled: true },
          contrast: { enabled: true, type: 'Adaptive Equalization' },
          'auto-orient': { enabled: true },
        }),
      },
      'm',
    );
    expect(result.preprocess).toEqual({ staticCrop: { x: 0.5, y: 0.1, width: 0.5, height: 0.5 }, grayscale: true });
    expect(result.ignored).toEqual(['contrast (Adaptive Equalization)']);
  });

  it('disabled steps are not applied', () => {
    const result = parseRoboflowPreprocessing({ PREPROCESSING: JSON.stringify({ grayscale: { enabled: false } }) }, 'm');
    expect(result.preprocess).toEqual({});
  });

  it('invalid JSON is MODEL_INVALID', () => {
    expect(() => parseRoboflowPreprocessing({ PREPROCESSING: '{nope' }, 'proj/1')).toThrow(expect.objectContaining({ code: 'MODEL_INVALID' }));
  });
});

describe('classNamesFromClassMap', () => {
  it('orders names by id', () => {
    expect(classNamesFromClassMap({ CLASS_MAP: { '1': 'paper', '0': 'rock', '2': 'scissors' } })).toEqual(['rock', 'paper', 'scissors']);
    expect(classNamesFromClassMap({})).toBeNull();
    expect(classNamesFromClassMap({ CLASS_MAP: { '0': 'a', '2': 'c' } })).toBeNull();
  });
});
