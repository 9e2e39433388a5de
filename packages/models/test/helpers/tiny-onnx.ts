/**
 * Writes a real, minimal ONNX model (one Identity node) byte by byte, so tests can feed
 * onnxruntime a valid model whose outputs no rxcv family fits.
 */
function varint(value: number): number[] {
  const bytes: number[] = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    bytes.push(byte);
  } while (value > 0);
  return bytes;
}
const field = (number: number, payload: number[] | Uint8Array): number[] => [...varint(number * 8 + 2), ...varint(payload.length), ...payload];
const intField = (number: number, value: number): number[] => [...varint(number * 8), ...varint(value)];
const text = (value: string): number[] => [...new TextEncoder().encode(value)];

function valueInfo(name: string, shape: readonly (number | string)[]): number[] {
  const dims = shape.flatMap((d) => field(1, typeof d === 'number' ? intField(1, d) : field(2, text(d))));
  const tensorType = [...intField(1, 1 /* FLOAT */), ...field(2, dims)];
  return [...field(1, text(name)), ...field(2, field(1, tensorType))];
}

/** An ONNX model y = Identity(x) with the given shape. */
export function identityOnnx(shape: readonly (number | string)[]): Uint8Array {
  const node = [...field(1, text('x')), ...field(2, text('y')), ...field(4, text('Identity'))];
  const graph = [...field(1, node), ...field(2, text('identity')), ...field(11, valueInfo('x', shape)), ...field(12, valueInfo('y', shape))];
  const opset = [...field(1, []), ...intField(2, 13)];
  return Uint8Array.from([...intField(1, 7), ...field(8, opset), ...field(7, graph)]);
}
