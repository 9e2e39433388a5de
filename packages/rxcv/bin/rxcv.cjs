#!/usr/bin/env node
// The `rxcv` command. A CommonJS launcher, because libuv reads UV_THREADPOOL_SIZE once, when its
// threadpool first starts, and loading ES modules already starts it. Each blocked FFmpeg read
// holds one pool thread (see @rxcv/sources), so rxcv asks for more than libuv's default of 4.
'use strict';
if (!process.env.UV_THREADPOOL_SIZE) process.env.UV_THREADPOOL_SIZE = '16';
import('../dist/cli.js');
