// Child process for the concurrent-download test: loads yolox-nano through the built package
// (dist) with the cache and mirror given in argv, then prints what it got as JSON.
import { loadModel } from '../../dist/index.js';

const [cacheDir, baseUrl, sha256] = process.argv.slice(2);
try {
  const model = await loadModel('yolox-nano', { cacheDir, baseUrl, sha256, size: undefined, modelsDir: null, warmup: false });
  console.log(JSON.stringify({ ok: true, origin: model.origin, path: model.path }));
  await model.dispose();
} catch (error) {
  console.log(JSON.stringify({ ok: false, code: error.code, message: error.message }));
}
