import { defineConfig } from 'vitest/config';

// Live-stream tests hold several blocking FFmpeg reads at once; each occupies a libuv thread. The
// pool size is read when a process first uses it, so it is set here, in the parent, for the
// forked test workers to inherit (see src/threadpool.ts).
process.env.UV_THREADPOOL_SIZE ??= '12';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
