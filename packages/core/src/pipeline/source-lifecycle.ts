// SourceLifecycle: a source's state machine (pause, mute, resume) and its reading switch.
import { BehaviorSubject } from 'rxjs';
import { InvalidStateError } from '../errors.js';
import type { SourceState } from '../types/index.js';

/** Lifecycle operations a user can ask of a source. */
export type SourceOperation = 'pause' | 'mute' | 'resume';

/**
 * Which operation each state allows, and the state it leads to. Anything not listed throws an
 * `InvalidStateError` (for one named source) or is skipped (for "every source").
 *
 * | state        | pause  | mute  | resume  |
 * |--------------|--------|-------|---------|
 * | NOT_STARTED  | -      | -     | -       |
 * | INITIALISING | PAUSED | MUTED | -       |
 * | RUNNING      | PAUSED | MUTED | -       |
 * | PAUSED       | -      | MUTED | RUNNING |
 * | MUTED        | PAUSED | -     | RUNNING |
 * | RESTARTING   | PAUSED | MUTED | -       |
 * | TERMINATING, ENDED, ERROR | - | - | -   |
 */
export const ALLOWED_OPERATIONS: Readonly<Record<SourceState, Partial<Record<SourceOperation, SourceState>>>> = {
  NOT_STARTED: {},
  INITIALISING: { pause: 'PAUSED', mute: 'MUTED' },
  RUNNING: { pause: 'PAUSED', mute: 'MUTED' },
  PAUSED: { mute: 'MUTED', resume: 'RUNNING' },
  MUTED: { pause: 'PAUSED', resume: 'RUNNING' },
  RESTARTING: { pause: 'PAUSED', mute: 'MUTED' },
  TERMINATING: {},
  ENDED: {},
  ERROR: {},
};

/**
 * The state of one source in a running pipeline, and the switches the scheduling reads:
 * `reading$` (false while paused: demand is held, streams disconnect) and `muted`.
 */
export class SourceLifecycle {
  private current: SourceState = 'NOT_STARTED';
  /** False while paused. */
  readonly reading$ = new BehaviorSubject<boolean>(true);

  constructor(
    readonly sourceId: number,
    private readonly onChange: (from: SourceState, to: SourceState) => void,
  ) {}

  get state(): SourceState {
    return this.current;
  }

  get muted(): boolean {
    return this.current === 'MUTED';
  }

  /** True where the source can give the model frames now (a batch waits only for these). */
  get active(): boolean {
    return this.current === 'RUNNING';
  }

  allows(operation: SourceOperation): boolean {
    return ALLOWED_OPERATIONS[this.current][operation] !== undefined;
  }

  /** Applies a user operation; throws `InvalidStateError` when the state does not allow it. */
  apply(operation: SourceOperation): void {
    const to = ALLOWED_OPERATIONS[this.current][operation];
    if (!to) throw new InvalidStateError(`${operation}(): source ${this.sourceId} is ${this.current}, which does not allow it`);
    this.set(to);
    this.reading$.next(to !== 'PAUSED');
  }

  /** A change the pipeline itself makes (started, first frame, reconnecting, ended...). */
  set(to: SourceState): void {
    const from = this.current;
    if (from === to) return;
    this.current = to;
    this.onChange(from, to);
  }

  /** Back to a fresh start (a restart after `join()`). */
  reset(): void {
    this.reading$.next(true);
  }
}
