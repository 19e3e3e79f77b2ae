/** Where an export writes: text chunks, awaited so a slow reader (a pipe, a disk) holds the export back. */
export interface Sink {
  write(chunk: string): Promise<void>;
  /** Writes out what is buffered. */
  flush(): Promise<void>;
}

// Chunks are gathered up to this size before they reach the stream: one write per record would cost a syscall each.
const BUFFER = 64 * 1024;

/**
 * A sink on a Node stream that honours backpressure: when the stream's buffer is full it waits for "drain", so an
 * export of any size holds at most one buffer and one record in memory. A stream that closes or fails while
 * waiting (a reader that went away: `| head`) ends the export with that error instead of waiting forever.
 */
export class StreamSink implements Sink {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  async write(chunk: string): Promise<void> {
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size >= BUFFER) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const data = this.parts.join("");
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(data)) await drained(this.stream);
  }
}

function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off("drain", onDrain);
      stream.off("error", onError);
      stream.off("close", onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (error: Error) => done(error);
    const onClose = () => done(Object.assign(new Error("the output was closed"), { code: "EPIPE" }));
    stream.on("drain", onDrain);
    stream.on("error", onError);
    stream.on("close", onClose);
  });
}

/** Collects everything in memory: for tests and small exports. */
export class MemorySink implements Sink {
  private parts: string[] = [];

  async write(chunk: string): Promise<void> {
    this.parts.push(chunk);
  }

  async flush(): Promise<void> {}

  text(): string {
    return this.parts.join("");
  }
}
