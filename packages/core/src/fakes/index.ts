// @rxcv/core/fakes: virtual-time stand-ins (a source, a model) for marble tests of users' pipelines.
export { fakeSource } from './fake-source.js';
export type { FakeSourceOptions } from './fake-source.js';
export { fakeModel } from './fake-model.js';
export type { FakeModel, FakeModelOptions, FakeRun } from './fake-model.js';
export { captureUnhandledErrors } from './capture-unhandled-errors.js';
export type { UnhandledErrors } from './capture-unhandled-errors.js';
