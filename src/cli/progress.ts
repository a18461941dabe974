import cliProgress from 'cli-progress';

/** A progress display on stderr, silent when stderr is not a terminal or when quiet. */
export interface Progress {
  tick(label?: string): void;
  grow(extra: number): void;
  stop(): void;
}

/** A progress bar over `total` steps, shown only on an interactive stderr. */
export function createProgress(total: number, quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY) return { tick() {}, grow() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: ' {bar} {value}/{total} inputs | {eta_formatted} left | {label}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let value = 0;
  let size = total;
  bar.start(total, 0, { label: '' });
  return {
    tick(label = '') {
      value++;
      if (value > size) bar.setTotal((size = value));
      bar.update(value, { label: label.length > 40 ? '…' + label.slice(-39) : label });
    },
    grow(extra) {
      bar.setTotal((size += extra));
    },
    stop() {
      bar.stop();
    },
  };
}
