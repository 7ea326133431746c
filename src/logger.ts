/**
 * Where progress and problems are written. The action backs it with
 * @actions/core, the CLI with the console; everything else receives it as an
 * argument and never touches either directly.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
}

/** A logger that records lines, for tests and for capturing a run's narrative. */
export function memoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => void lines.push(`debug: ${m}`),
    info: (m) => void lines.push(m),
    warning: (m) => void lines.push(`warning: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
    async group(name, body) {
      lines.push(`## ${name}`);
      return body();
    },
  };
}
