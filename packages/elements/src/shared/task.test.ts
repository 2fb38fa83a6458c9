import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from './task.js';

/** A host that records update requests and lets the test run an update. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  requests = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.requests++;
  }
  update(): void {
    for (const c of this.controllers) c.hostUpdate?.();
  }
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('Task', () => {
  it('runs on the first update and again only when an argument changes', async () => {
    const host = new Host();
    let arg = 1;
    const seen: number[] = [];
    const task = new Task(host, {
      task: ([n]) => {
        seen.push(n);
        return n * 2;
      },
      args: () => [arg] as const,
    });
    expect(task.status).to.equal(TaskStatus.INITIAL);
    host.update();
    expect(task.status).to.equal(TaskStatus.PENDING);
    await Promise.resolve();
    expect(task.status).to.equal(TaskStatus.COMPLETE);
    expect(task.value).to.equal(2);
    host.update();
    arg = 2;
    host.update();
    await Promise.resolve();
    expect(seen).to.deep.equal([1, 2]);
    expect(task.render({ complete: (v) => `got ${v}` })).to.equal('got 4');
  });

  it('aborts an older run when a newer one starts, and drops its result', async () => {
    const host = new Host();
    const first = deferred<string>();
    const second = deferred<string>();
    const signals: AbortSignal[] = [];
    let calls = 0;
    const task = new Task(host, {
      task: (_args, { signal }) => {
        signals.push(signal);
        return ++calls === 1 ? first.promise : second.promise;
      },
      args: () => [] as const,
    });
    const older = task.run();
    const newer = task.run();
    expect(signals[0]?.aborted).to.equal(true);
    expect(signals[1]?.aborted).to.equal(false);
    second.resolve('new');
    await newer;
    first.resolve('old');
    await older;
    expect(task.value).to.equal('new');
    expect(task.status).to.equal(TaskStatus.COMPLETE);
  });

  it('keeps a failure as its error and renders it', async () => {
    const host = new Host();
    const task = new Task(host, {
      task: () => Promise.reject(new Error('down')),
      args: () => [] as const,
    });
    await task.run();
    expect(task.status).to.equal(TaskStatus.ERROR);
    expect(task.render({ error: (e) => (e as Error).message })).to.equal('down');
    expect(host.requests).to.be.greaterThan(1);
  });
});
