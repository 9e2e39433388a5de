export type { Inferred } from './inferred.js';
export { inferFrame } from './infer-frame.js';
export { filterPredictions } from './filter-predictions.js';
export { toSink } from './to-sink.js';
