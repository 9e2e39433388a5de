// Vitest for the examples: only the specs in src (not their compiled copies in dist).
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['src/**/*.spec.ts'] } });
