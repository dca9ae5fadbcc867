// The progress line on a terminal: files done, how far into a large input or a JSON Lines file,
// and the rate, on standard error, once a run has taken a second. It never runs into other output:
// everything the run writes goes through `clear()` first, and when standard output is the terminal
// too and gets the cleaned text, there is no progress line at all (the text shows the progress).

/** Where the progress line is drawn, and the clock it is timed by (tests pass their own). */
export interface ProgressOptions {
  readonly stream: NodeJS.WritableStream & { isTTY?: boolean };
  /** False: draw nothing (not a terminal, or the output goes to the same terminal). */
  readonly enabled: boolean;
  readonly now: () => number;
}

/** How long a run goes before the line appears, and how often it is redrawn (milliseconds). */
const FIRST_DRAW = 1000;
const REDRAW = 100;

export class Progress {
  private readonly started: number;
  private shown = 0;
  private drawn = false;
  /** Files (or inputs) done out of the total, when there are several. */
  private files: { done: number; total: number } | undefined;
  /** The input being read piece by piece: its name, bytes read, size when known, records so far. */
  private current: { label: string; read: number; size: number | undefined; records: number | undefined } | undefined;
  /** Bytes of text cleaned so far, for the rate. */
  private bytes = 0;

  constructor(private readonly options: ProgressOptions) {
    this.started = options.now();
  }

  /** A run over `total` inputs. */
  startFiles(total: number): void {
    if (total > 1) this.files = { done: 0, total };
  }

  /** One more input done, `bytes` of text in it (0 when it was counted piece by piece). */
  fileDone(bytes: number): void {
    if (this.files) this.files.done++;
    this.bytes += bytes;
    this.current = undefined;
    this.draw();
  }

  /** Starts reading an input piece by piece (`size` when it is a file; records for JSON Lines). */
  startInput(label: string, size: number | undefined, records: boolean): void {
    this.current = { label, read: 0, size, records: records ? 0 : undefined };
  }

  /** `bytes` more of the current input read, and `records` more records of it written. */
  advance(bytes: number, records = 0): void {
    if (!this.current) return;
    this.current.read += bytes;
    if (this.current.records !== undefined) this.current.records += records;
    this.bytes += bytes;
    this.draw();
  }

  /** Erases the line, so that what is written next starts at the beginning of a clean line. */
  clear(): void {
    if (!this.drawn) return;
    this.options.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  /** The line as it would be drawn now. */
  describe(now = this.options.now()): string {
    const parts: string[] = [];
    if (this.files) parts.push(`${this.files.done}/${this.files.total} files`);
    const current = this.current;
    if (current) {
      const records = current.records === undefined ? '' : ` ${current.records.toLocaleString('en-US')} records,`;
      const share =
        current.size !== undefined && current.size > 0
          ? ` ${Math.min(100, Math.floor((current.read / current.size) * 100))}% of ${megabytes(current.size)} MB`
          : ` ${megabytes(current.read)} MB read`;
      parts.push(`${current.label}:${records}${share}`);
    }
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    parts.push(`${(this.bytes / 1e6 / seconds).toFixed(1)} MB/s`);
    return `newsclean: ${parts.join(', ')}`;
  }

  private draw(): void {
    if (!this.options.enabled) return;
    const now = this.options.now();
    if (now - this.started < FIRST_DRAW || now - this.shown < REDRAW) return;
    this.shown = now;
    this.options.stream.write(`\r\x1b[K${this.describe(now)}`);
    this.drawn = true;
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}
