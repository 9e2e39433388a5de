// The fork keeps upstream's files byte for byte except the lines it changes, and upstream's C++
// sources and type declarations use CRLF: an editor that rewrites a file with LF turns a
// ten-line change into a whole-file diff. Every line of those files must end in CRLF.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('upstream files keep their CRLF line endings', () => {
  for (const dir of ['src', 'types']) {
    it(`${dir}/`, () => {
      const withBareLf = readdirSync(join(root, dir)).filter((name) => /\r?\n/.test(readFileSync(join(root, dir, name), 'utf8').replace(/\r\n/g, '')));
      expect(withBareLf).toEqual([]);
    });
  }
});
