// Child of session-thread.test.ts (runs against dist/: build first): opens the ONNX file given in
// argv in a worker-thread session, runs it once and never disposes it. The process must still end
// by itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { OnnxSession } from '../../dist/index.js';

const ort = createRequire(import.meta.url)('onnxruntime-node');
const session = await OnnxSession.open(readFileSync(process.argv[2]), 'identity', { threads: 1 });
const out = await session.run({ x: new ort.Tensor('float32', Float32Array.from([1, 2, 3, 4, 5, 6]), [2, 3]) });
process.stdout.write(`ran ${Array.from(out.y.data).join(',')}\n`);
