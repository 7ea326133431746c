import type { Logger } from '../../src/logger.js';

/** A logger that records lines, for tests, benchmarks and the demo's narrative. */
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
