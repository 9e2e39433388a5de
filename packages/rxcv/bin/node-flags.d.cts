/** V8 flags rxcv's processes are best started with; see node-flags.cjs. */
export declare const NODE_FLAGS: readonly string[];
