// rxcv addition (not upstream): the one place rxcv loads the binding.
'use strict';

let loaded = null;

/**
 * Loads the binding on first use, quietly, and sets FFmpeg's log level once for the process.
 *
 * Lazily, so that importing a package that may decode or encode costs nothing until it does.
 * Quietly, because index.js prints beamcoder's licence banner on stdout, which would corrupt
 * output a user pipes (JSONL, a CLI's progress). FFmpeg's own log goes to `fatal`: rxcv's errors
 * carry FFmpeg's message already; `RXCV_FFMPEG_LOGLEVEL=error|warning|info|verbose|debug` turns
 * it back on for debugging.
 */
function loadBeamcoder() {
  if (loaded !== null) return loaded;
  // The banner goes through console.log, which test runners and loggers may have replaced, so
  // both it and the stream underneath are muted for the (synchronous) load.
  const write = process.stdout.write;
  const log = console.log;
  process.stdout.write = () => true;
  console.log = () => undefined;
  try {
    loaded = require('./index.js');
  } finally {
    process.stdout.write = write;
    console.log = log;
  }
  loaded.logging(process.env.RXCV_FFMPEG_LOGLEVEL || 'fatal');
  return loaded;
}

module.exports = { loadBeamcoder };
