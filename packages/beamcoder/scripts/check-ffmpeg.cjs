#!/usr/bin/env node
// rxcv addition (not upstream): runs before node-gyp on install, so that a machine without
// FFmpeg's development files or a C++ compiler gets one clear message instead of a page of
// compiler errors. Exit 1 stops the install. RXCV_SKIP_FFMPEG_CHECK=1 skips the check.
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');

const LIBRARIES = ['libavcodec', 'libavdevice', 'libavfilter', 'libavformat', 'libavutil',
  'libpostproc', 'libswresample', 'libswscale'];
const HEADERS = ['libavcodec/avcodec.h', 'libavdevice/avdevice.h', 'libavfilter/avfilter.h',
  'libavformat/avformat.h', 'libavutil/avutil.h', 'libpostproc/postprocess.h',
  'libswresample/swresample.h', 'libswscale/swscale.h'];
const INCLUDE_DIRS = ['/usr/include', `/usr/include/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu`,
  '/usr/local/include', '/opt/homebrew/include'];

const HOW_TO_INSTALL = `
  Debian / Ubuntu:  sudo apt-get install -y libavcodec-dev libavformat-dev libavdevice-dev \\
                      libavfilter-dev libswscale-dev libswresample-dev libavutil-dev \\
                      libpostproc-dev pkg-config g++ make python3
  Homebrew (macOS): brew install ffmpeg@5 pkg-config   (and Xcode's command line tools)

@rxcv/beamcoder is built from source against the system's FFmpeg 5.x (tested: 5.1, Debian 12).`;

function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function fail(problem) {
  process.stderr.write(`\n@rxcv/beamcoder: cannot build: ${problem}\n${HOW_TO_INSTALL}\n\n`);
  process.exit(1);
}

if (process.env.RXCV_SKIP_FFMPEG_CHECK === '1') process.exit(0);
if (process.platform === 'win32') {
  fail('Windows is not supported by this build of beamcoder (it needs FFmpeg 5 development files and a compiler).');
}

const viaPkgConfig = run('pkg-config', ['--exists', ...LIBRARIES]) !== null;
if (!viaPkgConfig) {
  const missing = HEADERS.filter((header) => !INCLUDE_DIRS.some((dir) => existsSync(`${dir}/${header}`)));
  if (missing.length > 0) fail(`FFmpeg's development files are missing (${missing.join(', ')}).`);
}

const compiler = process.env.CXX ?? 'c++';
if (run(compiler, ['--version']) === null) fail(`no C++ compiler (\`${compiler} --version\` failed).`);

const avcodec = run('pkg-config', ['--modversion', 'libavcodec']);
if (avcodec !== null && !avcodec.startsWith('59.')) {
  process.stderr.write(`@rxcv/beamcoder: warning: libavcodec ${avcodec} is not FFmpeg 5.x (libavcodec 59); ` +
    'beamcoder 0.7.1 may not compile against it.\n');
}
