// Test helpers for rxcv packages and users' own tests: `@rxcv/core/testing`.
export { SHARED_DIR, hasSharedAssets, sharedAsset } from './shared-assets.js';
export { slowedDown } from './slowed-down.js';
