import cliProgress from "cli-progress";

export interface ProgressCounts {
  added: number;
  known: number;
  failed: number;
}

/** Reports ingest progress: a live bar on a terminal, a plain line every few seconds otherwise. */
export interface Progress {
  setTotal(total: number | null): void;
  tick(counts: ProgressCounts): void;
  stop(): void;
}

export function progressReporter(stream: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  if (quiet) return { setTotal() {}, tick() {}, stop() {} };
  const started = Date.now();
  const rate = (done: number) => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  if (!stream.isTTY) {
    let lastLine = 0;
    let last: ProgressCounts = { added: 0, known: 0, failed: 0 };
    let printed = -1;
    const line = (c: ProgressCounts) => {
      const done = c.added + c.known + c.failed;
      if (done === printed) return;
      printed = done;
      stream.write(
        `ingest: ${done} articles (${c.added} new, ${c.known} known, ${c.failed} failed), ${rate(done)}/s\n`,
      );
    };
    return {
      setTotal() {},
      tick(counts) {
        last = counts;
        if (Date.now() - lastLine >= 5000) {
          lastLine = Date.now();
          line(counts);
        }
      },
      stop() {
        if (lastLine !== 0) line(last);
      },
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format:
        "ingest {bar} {value}{ofTotal} articles · {rate}/s · {new} new · {known} known · {failed} failed · ETA {eta_formatted}",
      hideCursor: true,
      etaBuffer: 200,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let total: number | null = null;
  bar.start(1, 0, { rate: "0", new: 0, known: 0, failed: 0, ofTotal: "" });
  return {
    setTotal(t) {
      total = t;
      if (t != null) bar.setTotal(t);
    },
    tick(c) {
      const done = c.added + c.known + c.failed;
      // Without a known total the bar just tracks the count.
      if (total == null) bar.setTotal(Math.max(done, 1));
      bar.update(done, {
        rate: rate(done),
        new: c.added,
        known: c.known,
        failed: c.failed,
        ofTotal: total ? `/${total}` : "",
      });
    },
    stop() {
      bar.stop();
    },
  };
}
