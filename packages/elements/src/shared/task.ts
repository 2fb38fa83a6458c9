import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a task is: not run yet, running, done, failed. */
export const TaskStatus = { INITIAL: 0, PENDING: 1, COMPLETE: 2, ERROR: 3 } as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

export interface TaskConfig<A extends readonly unknown[], R> {
  task: (args: A, options: { signal: AbortSignal }) => Promise<R> | R;
  args: () => A;
}

export interface TaskRenderer<R, T> {
  initial?: () => T;
  pending?: () => T;
  complete?: (value: R) => T;
  error?: (error: unknown) => T;
}

/**
 * An asynchronous task of an element, run again whenever its arguments change (compared item
 * by item before each update) or on `run()`. A newer run aborts the older one, whose result is
 * dropped. The subset of `@lit/task` the elements use, in a fraction of its size.
 */
export class Task<A extends readonly unknown[], R> implements ReactiveController {
  status: TaskStatus = TaskStatus.INITIAL;
  value: R | undefined;
  error: unknown;
  readonly #host: ReactiveControllerHost;
  readonly #config: TaskConfig<A, R>;
  #args: A | undefined;
  #call = 0;
  #abort: AbortController | null = null;

  constructor(host: ReactiveControllerHost, config: TaskConfig<A, R>) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.#config.args();
    const previous = this.#args;
    if (previous && args.length === previous.length && args.every((a, i) => same(a, previous[i])))
      return;
    void this.run(args);
  }

  async run(args: A = this.#config.args()): Promise<void> {
    this.#args = args;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const call = ++this.#call;
    this.status = TaskStatus.PENDING;
    this.#host.requestUpdate();
    let value: R | undefined;
    let error: unknown;
    let failed = false;
    try {
      value = await this.#config.task(args, { signal: abort.signal });
    } catch (e) {
      failed = true;
      error = e;
    }
    if (call !== this.#call) return;
    this.status = failed ? TaskStatus.ERROR : TaskStatus.COMPLETE;
    this.value = value;
    this.error = error;
    this.#host.requestUpdate();
  }

  render<T>(renderer: Required<TaskRenderer<R, T>>): T;
  render<T>(renderer: TaskRenderer<R, T>): T | undefined;
  render<T>(renderer: TaskRenderer<R, T>): T | undefined {
    switch (this.status) {
      case TaskStatus.INITIAL:
        return renderer.initial?.();
      case TaskStatus.PENDING:
        return renderer.pending?.();
      case TaskStatus.COMPLETE:
        return renderer.complete?.(this.value as R);
      default:
        return renderer.error?.(this.error);
    }
  }
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b);
}
