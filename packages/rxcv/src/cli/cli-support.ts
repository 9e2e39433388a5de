// What other rxcv command lines (@rxcv/fleet's `worker` and `cameras`) share with `rxcv run`:
// the package's `rxcv/cli-support` entry point, not part of the library API.
export { UsageError } from './usage-error.js';
export { reportCliError } from './report-cli-error.js';
export { parseLine, parseZone } from './parse-geometry.js';
export type { CliPoint } from './parse-geometry.js';
