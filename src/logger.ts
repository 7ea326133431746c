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
