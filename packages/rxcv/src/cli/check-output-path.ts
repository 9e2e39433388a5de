/**
 * Checks, before anything is loaded, that the CLI can write an output where it was asked to, so
 * a typo in `--out` or `--jsonl` fails at once (exit 1) instead of after a whole run of failed writes.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SinkError } from '@rxcv/sinks';

/**
 * Throws `SinkError` SINK_OUTPUT_FAILED naming the option and the path when the file cannot be
 * created or written: its directory is missing or read-only, or the path is a directory.
 */
export function checkOutputPath(path: string, option: string): void {
  const absolute = resolve(path);
  const fail = (why: string) => new SinkError('SINK_OUTPUT_FAILED', `${option} ${path}: cannot write there: ${why}`);
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(absolute);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw fail('it is a directory');
  if (existing) {
    try {
      accessSync(absolute, constants.W_OK);
    } catch {
      throw fail('the file is not writable');
    }
    return;
  }
  const directory = dirname(absolute);
  let parent: ReturnType<typeof statSync>;
  try {
    parent = statSync(directory);
  } catch {
    throw fail(`the directory ${directory} does not exist`);
  }
  if (!parent.isDirectory()) throw fail(`${directory} is not a directory`);
  try {
    accessSync(directory, constants.W_OK);
  } catch {
    throw fail(`the directory ${directory} is not writable`);
  }
}
