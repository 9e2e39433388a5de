#!/usr/bin/env -S node --initial-old-space-size=64 --max-semi-space-size=8
// The `rxcv` command. A CommonJS launcher, because libuv reads UV_THREADPOOL_SIZE once, when its
// threadpool first starts, and loading ES modules already starts it. Each blocked FFmpeg read
// holds one pool thread (see @rxcv/sources), so rxcv asks for more than libuv's default of 4.
// The V8 flags on the first line are NODE_FLAGS of ./node-flags.cjs (why: see there); they apply
// when this file is run as a program (or through a package manager's shim, which reads them);
// `node bin/rxcv.cjs` needs them on its own command line.
'use strict';
if (!process.env.UV_THREADPOOL_SIZE) process.env.UV_THREADPOOL_SIZE = '16';
import('../dist/cli.js');
