/**
 * Write logic shared by both stores, written once as generators: each step yields what a port statement returned
 * (a value on SQLite, a promise on PostgreSQL) and is resumed with its value. SQLite runs the steps straight through
 * inside its synchronous transaction; PostgreSQL awaits each one. No promise, no turn of the event loop, per SQLite
 * statement: the writer stays as fast as when it was written for SQLite alone.
 */
export type Steps<T> = Generator<unknown, T, unknown>;

/**
 * A port's answer, value or promise, as a step. A value is handed straight back without a yield: a yield travels
 * through every generator of the chain (yield* to yield*), and a synchronous store gains nothing by it.
 */
export function* result<T>(answer: T | Promise<T>): Steps<T> {
  if (!(answer instanceof Promise)) return answer;
  return (yield answer) as T;
}

/** Runs steps whose every answer is a value (a synchronous port). */
export function runSync<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) {
    if (r.value instanceof Promise) throw new Error("a synchronous store answered with a promise");
    r = steps.next(r.value);
  }
  return r.value;
}

/** Runs steps whose answers may be promises (an asynchronous port), one after another. */
export async function runAsync<T>(steps: Steps<T>): Promise<T> {
  let r = steps.next();
  while (!r.done) r = steps.next(await r.value);
  return r.value;
}
