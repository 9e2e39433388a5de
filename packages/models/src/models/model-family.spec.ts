import { describe, expect, it } from 'vitest';
import type { TensorInfo } from '../onnx/onnx-session.js';
import { detectFamily } from './model-family.js';

const tensor = (name: string, shape: (number | string)[]): TensorInfo => ({ name, type: 'float32', shape });
const image = (size: number | string) => [tensor('images', [1, 3, size, size])];

describe('detectFamily', () => {
  it('YOLOX: [1, anchors, 5 + classes] with anchors of strides 8/16/32', () => {
    expect(detectFamily('m', image(416), [tensor('output', [1, 3549, 85])])).toEqual({ family: 'yolox', classCount: 80, anchorCount: 3549 });
  });

  it('Ultralytics: [1, 4 + classes, anchors]', () => {
    expect(detectFamily('m', image(640), [tensor('output0', [1, 84, 8400])])).toEqual({
      family: 'yolov8',
      classCount: 80,
      anchorCount: 8400,
      channelsLast: false,
    });
    expect(detectFamily('m', image(640), [tensor('output0', [1, 7, 8400])]).classCount).toBe(3);
  });

  it('Ultralytics transposed when the family is named', () => {
    expect(detectFamily('m', image(640), [tensor('o', [1, 8400, 84])], 'yolov8')).toMatchObject({ channelsLast: true, classCount: 80 });
  });

  it('classification: [batch, classes]', () => {
    expect(detectFamily('m', image(224), [tensor('output', ['batch_size', 1000])])).toEqual({ family: 'classification', classCount: 1000 });
  });

  it('YuNet by its output names', () => {
    const outputs = ['cls', 'obj', 'bbox', 'kps'].flatMap((k) => [8, 16, 32].map((s) => tensor(`${k}_${s}`, [1, 1, 1])));
    expect(detectFamily('m', image(320), outputs).family).toBe('yunet');
  });

  it('names the shapes and the way out when it cannot tell', () => {
    const attempt = () => detectFamily('my.onnx', image(416), [tensor('y', [1, 3, 416, 416])]);
    expect(attempt).toThrow(expect.objectContaining({ code: 'MODEL_UNSUPPORTED' }));
    expect(attempt).toThrow(/my\.onnx.*y \[1,3,416,416\].*family:/);
    expect(() => detectFamily('m', image('h'), [tensor('o', [1, 'a', 85])])).toThrow(/MODEL_UNSUPPORTED|cannot tell/);
  });

  it('rejects a named family that does not fit the outputs', () => {
    expect(() => detectFamily('m', image(416), [tensor('o', [1, 1000])], 'yolox')).toThrow(expect.objectContaining({ code: 'MODEL_UNSUPPORTED' }));
    expect(() => detectFamily('m', image(416), [tensor('o', [1, 3549, 85])], 'classification')).toThrow(/classification/);
  });
});
