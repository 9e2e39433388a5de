// Catches an uncaught exception or unhandled rejection while `rxcv run` runs, so the run stops
// the way Ctrl-C stops it (outputs finalised) instead of Node exiting with a half-written MP4.

/**
 * While installed, an `uncaughtException` or `unhandledRejection` anywhere in the process (a
 * user's `--import`ed code, a bug) is kept and `onFatal` is called once with the first one.
 * Node's default (print and exit 1 at once) would leave the MP4 without its index, the JSONL
 * and clips unflushed. Later errors, while the outputs are finalised, are only counted.
 */
export class FatalErrorGuard {
  private first: { error: unknown; origin: 'uncaughtException' | 'unhandledRejection' } | null = null;
  private more = 0;
  private readonly onException = (error: unknown) => this.record(error, 'uncaughtException');
  private readonly onRejection = (reason: unknown) => this.record(reason, 'unhandledRejection');

  constructor(private readonly onFatal: (error: unknown) => void) {
    process.on('uncaughtException', this.onException);
    process.on('unhandledRejection', this.onRejection);
  }

  /** The first error caught, or null. */
  get error(): unknown {
    return this.first?.error ?? null;
  }

  get caught(): boolean {
    return this.first !== null;
  }

  /** One line for the user: what was thrown, where from, and how many more followed. */
  describe(): string {
    if (!this.first) return '';
    const { error, origin } = this.first;
    const what = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    const kind = origin === 'uncaughtException' ? 'uncaught exception' : 'unhandled promise rejection';
    return `${kind}: ${what}${this.more > 0 ? `\n(${this.more} more uncaught error(s) while finalising)` : ''}`;
  }

  /** Gives the errors back to Node's default handling. */
  dispose(): void {
    process.off('uncaughtException', this.onException);
    process.off('unhandledRejection', this.onRejection);
  }

  private record(error: unknown, origin: 'uncaughtException' | 'unhandledRejection'): void {
    if (this.first) {
      this.more += 1;
      return;
    }
    this.first = { error, origin };
    this.onFatal(error);
  }
}
