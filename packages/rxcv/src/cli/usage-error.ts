// The error for a command line that cannot be run: the CLI prints it with the usage and exits 2.

/** Thrown for a command line that cannot be run; the CLI prints it with the usage. */
export class UsageError extends Error {}
