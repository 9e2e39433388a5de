// The data types of rxcv: frames, predictions, models, sources, sinks, status events, reports.
export type * from './video-frame.js';
export type * from './predictions.js';
export type * from './model.js';
export type * from './source.js';
export type * from './status-event.js';
export type * from './sink.js';
export type * from './pipeline-report.js';
export type * from './result-stage.js';
