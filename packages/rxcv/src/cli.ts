#!/usr/bin/env node
import { RxcvError } from '@rxcv/core';
import { FfmpegBackendError } from '@rxcv/sources';
import { parseRunArgs, RUN_USAGE, UsageError } from './cli/parse-run-args.js';
import { runCommand } from './cli/run-command.js';

const USAGE = `Usage: rxcv <command> [options]

Commands:
  run     run a model on a video file, stream or webcam (rxcv run --help)
  worker  run cameras from NATS JetStream as one worker of a fleet (@rxcv/fleet)
  cameras add, list and remove the fleet's cameras (@rxcv/fleet)`;

/** `rxcv worker` / `rxcv cameras` live in the optional @rxcv/fleet, loaded only when asked for. */
async function runFleet(argv: string[]): Promise<number> {
  try {
    const fleet = (await import('@rxcv/fleet/cli' as string)) as { runFleetCli(argv: string[]): Promise<number> };
    return await fleet.runFleetCli(argv);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND' || !String(error).includes('@rxcv/fleet')) throw error;
    process.stderr.write(`rxcv: "rxcv ${argv[0]}" needs the fleet package: npm install @rxcv/fleet\n`);
    return 1;
  }
}

/** The `rxcv` command line. Exit codes: 0 done, 1 failed (a source, or an output that lost frames or cannot be written), 2 bad usage, 130 interrupted. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === 'worker' || command === 'cameras') return runFleet(argv);
  if (command !== 'run') {
    process.stderr.write(`rxcv: unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  try {
    const args = parseRunArgs(rest);
    if (args === 'help') {
      process.stdout.write(`${RUN_USAGE}\n`);
      return 0;
    }
    return await runCommand(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`rxcv: ${error.message}\n\n${RUN_USAGE}\n`);
      return 2;
    }
    if (error instanceof RxcvError || error instanceof FfmpegBackendError) {
      // An FFmpeg backend that is not installed (FFMPEG_BACKEND_UNAVAILABLE) says what to install.
      process.stderr.write(`rxcv: error ${error.code}: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`rxcv: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`rxcv: ${String(error)}\n`);
    process.exit(1);
  },
);
