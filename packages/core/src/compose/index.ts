// Operators for composing a pipeline by hand: infer, filter, deliver to sinks.
export type { Inferred } from './inferred.js';
export { inferFrame } from './infer-frame.js';
export { filterPredictions } from './filter-predictions.js';
export { toSink } from './to-sink.js';
