// Reads a process's /proc/<pid>/smaps and sorts its resident memory by kind of mapping, so the
// soak benchmark can tell which kind grows: the brk heap, glibc's thread arenas, V8's heap pages,
// V8's code range, thread stacks, other anonymous mappings by size (glibc's mmap'ed blocks,
// native libraries' own pools), and file-backed mappings.
import { readFileSync } from 'node:fs';

const KB = 1024;
const MB = 1024 * KB;
/** glibc's non-main arenas are 64 MB reservations aligned to 64 MB (HEAP_MAX_SIZE on 64-bit). */
const ARENA = 64 * MB;
/** V8 allocates its heap in 256 KB pages, each aligned to 256 KB. */
const V8_PAGE = 256 * KB;
/**
 * V8 places its heap pages at random hint addresses below 2^46 (GetRandomMmapAddr on x64
 * Linux); the kernel's own mmap area (glibc's large blocks, libraries, thread stacks) is near 2^47.
 */
const V8_HINT_LIMIT = 2 ** 46;
/** Default thread stack size (RLIMIT_STACK); glibc adds a guard page in a separate mapping. */
const THREAD_STACK = 8 * MB;

const FIELDS = { Rss: 'rss', Anonymous: 'anonymous', AnonHugePages: 'hugePages' };

/**
 * The mappings of process `pid`: { start, size, perms, name, rss, anonymous, hugePages } (bytes),
 * where `name` is '' for an anonymous mapping and `hugePages` the part of `rss` in transparent
 * huge pages (2 MB each, wholly resident once the kernel has made one).
 */
export function readMappings(pid) {
  const text = readFileSync(`/proc/${pid}/smaps`, 'utf8');
  const mappings = [];
  let current = null;
  for (const line of text.split('\n')) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) (\S{4}) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (header) {
      const start = Number.parseInt(header[1], 16);
      current = { start, size: Number.parseInt(header[2], 16) - start, perms: header[3], name: header[4].trim(), rss: 0, anonymous: 0, hugePages: 0 };
      mappings.push(current);
      continue;
    }
    const field = /^(Rss|Anonymous|AnonHugePages):\s+(\d+) kB/.exec(line);
    if (field && current) current[FIELDS[field[1]]] = Number(field[2]) * KB;
  }
  return mappings;
}

/** The kind of a mapping, one of the keys `classifyMappings` returns. */
export function mappingKind(mapping) {
  const { name, start, size, perms } = mapping;
  if (name === '[heap]') return 'brkHeap';
  if (name === '[stack]') return 'mainStack';
  if (name.startsWith('/') || name.startsWith('anon_inode:')) return 'fileBacked';
  if (name.startsWith('[')) return 'kernel'; // [vdso], [vvar], [vsyscall]
  // Anonymous (name '' or [anon:...]).
  if (start < V8_HINT_LIMIT && start % V8_PAGE === 0) return 'v8Heap';
  if (perms.includes('x')) return 'jitCode'; // V8's code range (rwx)
  if (perms.startsWith('rw') && Math.abs(size - THREAD_STACK) <= 64 * KB) return 'threadStacks';
  if (start % ARENA === 0 && size <= ARENA) return 'mallocArenas';
  if (size < MB) return 'anonUnder1MB';
  if (size < THREAD_STACK) return 'anon1to8MB';
  return 'anonOver8MB';
}

/**
 * Resident bytes per kind of mapping (all kinds present, 0 when none), and `inHugePages`: the
 * part of all of them in transparent huge pages (counted in its kind too, not to be added).
 */
export function classifyMappings(mappings) {
  const totals = { brkHeap: 0, mallocArenas: 0, v8Heap: 0, jitCode: 0, threadStacks: 0, mainStack: 0, anonUnder1MB: 0, anon1to8MB: 0, anonOver8MB: 0, fileBacked: 0, kernel: 0, inHugePages: 0 };
  for (const mapping of mappings) {
    totals[mappingKind(mapping)] += mapping.rss;
    totals.inHugePages += mapping.hugePages;
  }
  return totals;
}

/**
 * The `count` mappings whose resident size grew most from `before` to `after` (matched by
 * start address; a mapping new in `after` grew from 0), in MB, with their kind.
 */
export function mappingGrowth(before, after, count) {
  const byStart = new Map(before.map((m) => [m.start, m]));
  const mb = (n) => Number((n / MB).toFixed(2));
  return after
    .map((m) => ({ m, grown: m.rss - (byStart.get(m.start)?.rss ?? 0), isNew: !byStart.has(m.start) }))
    .sort((a, b) => b.grown - a.grown)
    .slice(0, count)
    .map(({ m, grown, isNew }) => ({
      start: `0x${m.start.toString(16)}`,
      sizeMb: mb(m.size),
      perms: m.perms,
      name: m.name,
      kind: mappingKind(m),
      rssMb: mb(m.rss),
      grownMb: mb(grown),
      isNew,
    }));
}
