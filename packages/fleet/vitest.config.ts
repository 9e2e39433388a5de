import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Fleet tests start servers and worker processes: one file at a time on a 2-core machine.
    fileParallelism: false,
  },
});
