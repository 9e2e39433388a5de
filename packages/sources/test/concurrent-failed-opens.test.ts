import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./fixtures/concurrent-failed-opens.mjs', import.meta.url));
const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe('fast failures do not crash the process (beamcoder status race, fixed in our fork, packages/beamcoder)', () => {
  it('60 rounds of 8 concurrent opens, half a missing file, half a refused rtsp://127.0.0.1:9/, UV_THREADPOOL_SIZE=8: all typed SourceErrors, exit 0', () => {
    expect(existsSync(dist), 'build @rxcv/sources first (pnpm --filter @rxcv/sources build)').toBe(true);
    const child = spawnSync(process.execPath, [script, '60'], {
      env: { ...process.env, UV_THREADPOOL_SIZE: '8' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.signal, `child died by a signal; stderr:\n${child.stderr}`).toBeNull();
    expect(child.status, child.stderr).toBe(0);
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}');
    expect(result).toEqual({
      rounds: 60,
      codes: { SOURCE_NOT_FOUND: 240, CONNECTION_REFUSED: 240 },
      untyped: 0,
      threadpool: '8',
    });
  });
});
