/**
 * A minimal reader of the top level of an ONNX `ModelProto` (protobuf), enough to tell an ONNX
 * file from anything else and to read `metadata_props` — onnxruntime-node does not expose the
 * custom metadata, and Ultralytics exports keep their class `names` there.
 */
export interface OnnxHeader {
  readonly irVersion: number | null;
  readonly producerName: string | null;
  /** `metadata_props` key/value pairs, in file order. */
  readonly metadata: ReadonlyMap<string, string>;
}

/** Field numbers of `onnx.ModelProto` that we read. */
const IR_VERSION = 1;
const PRODUCER_NAME = 2;
const GRAPH = 7;
const METADATA_PROPS = 14;

const utf8 = new TextDecoder('utf-8', { fatal: false });

class ProtobufCursor {
  position = 0;
  constructor(
    readonly bytes: Uint8Array,
    readonly end: number = bytes.length,
  ) {}

  get done(): boolean {
    return this.position >= this.end;
  }

  varint(): number {
    let result = 0;
    let multiplier = 1;
    for (let i = 0; i < 10; i++) {
      if (this.position >= this.end) throw new Error('truncated varint');
      const byte = this.bytes[this.position++];
      result += (byte & 0x7f) * multiplier;
      if ((byte & 0x80) === 0) return result;
      multiplier *= 128;
    }
    throw new Error('varint longer than 10 bytes');
  }

  /** Returns [start, end) of a length-delimited field and moves past it. */
  lengthDelimited(): [number, number] {
    const length = this.varint();
    const start = this.position;
    const end = start + length;
    if (end > this.end) throw new Error('length-delimited field runs past the end');
    this.position = end;
    return [start, end];
  }

  skip(wireType: number): void {
    switch (wireType) {
      case 0:
        this.varint();
        return;
      case 1:
        this.position += 8;
        break;
      case 2:
        this.lengthDelimited();
        return;
      case 5:
        this.position += 4;
        break;
      default:
        throw new Error(`unexpected wire type ${wireType}`);
    }
    if (this.position > this.end) throw new Error('fixed-size field runs past the end');
  }
}

function readStringPair(bytes: Uint8Array, start: number, end: number): [string, string] {
  const cursor = new ProtobufCursor(bytes, end);
  cursor.position = start;
  let key = '';
  let value = '';
  while (!cursor.done) {
    const tag = cursor.varint();
    const field = Math.floor(tag / 8);
    const wireType = tag & 7;
    if (wireType === 2 && (field === 1 || field === 2)) {
      const [s, e] = cursor.lengthDelimited();
      const text = utf8.decode(bytes.subarray(s, e));
      if (field === 1) key = text;
      else value = text;
    } else cursor.skip(wireType);
  }
  return [key, value];
}

/**
 * Reads the top-level fields of an ONNX model. Throws an `Error` saying why when the bytes
 * are not a protobuf `ModelProto` with a graph (a JPEG, a text file, a truncated download).
 */
export function readOnnxHeader(bytes: Uint8Array): OnnxHeader {
  const cursor = new ProtobufCursor(bytes);
  let irVersion: number | null = null;
  let producerName: string | null = null;
  let hasGraph = false;
  const metadata = new Map<string, string>();
  if (bytes.length === 0) throw new Error('the file is empty');
  while (!cursor.done) {
    const tag = cursor.varint();
    const field = Math.floor(tag / 8);
    const wireType = tag & 7;
    if (field === 0) throw new Error('field number 0 is not valid protobuf');
    if (field === IR_VERSION && wireType === 0) irVersion = cursor.varint();
    else if (field === PRODUCER_NAME && wireType === 2) {
      const [s, e] = cursor.lengthDelimited();
      producerName = utf8.decode(bytes.subarray(s, e));
    } else if (field === GRAPH && wireType === 2) {
      cursor.lengthDelimited();
      hasGraph = true;
    } else if (field === METADATA_PROPS && wireType === 2) {
      const [s, e] = cursor.lengthDelimited();
      const [key, value] = readStringPair(bytes, s, e);
      metadata.set(key, value);
    } else cursor.skip(wireType);
  }
  if (!hasGraph) throw new Error('no graph found (not an ONNX ModelProto)');
  if (irVersion === null) throw new Error('no ir_version found (not an ONNX ModelProto)');
  return { irVersion, producerName, metadata };
}
