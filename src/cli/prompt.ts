import { createInterface } from 'node:readline';

/** One answer a question offers. */
export interface Choice {
  readonly value: string;
  /** Shown after the value (a description, "(sensitive)"); the value is what is written. */
  readonly note?: string;
}

export interface TextQuestion {
  readonly required: boolean;
  /** Offered in brackets; an empty answer takes it. */
  readonly default?: string;
  /** A problem with the answer (asked again), or undefined when it will do. */
  readonly check?: (answer: string) => string | undefined;
}

/**
 * Questions `grantbook request` asks when stdin is a terminal. Every answer is
 * checked where it is given and asked again when it will not do, so the file
 * written at the end needs no second round.
 */
export interface Prompter {
  choose(question: string, choices: readonly Choice[]): Promise<string>;
  chooseMany(question: string, choices: readonly Choice[]): Promise<string[]>;
  /** Undefined: an optional question left empty. */
  text(question: string, options: TextQuestion): Promise<string | undefined>;
  close(): void;
}

/** Input ended, or too many answers would not do: the command stops as a usage error. */
export class PromptAborted extends Error {}

/** Wrong answers tolerated per question before giving up (a script piping into a terminal would loop forever). */
const MAX_ATTEMPTS = 5;

/**
 * Prompts over two plain functions: `ask` shows a prompt and resolves with
 * the line typed (undefined once input ends), `say` shows a line. The
 * terminal wires them to readline; tests inject them.
 */
export function linePrompter(ask: (prompt: string) => Promise<string | undefined>, say: (text: string) => void, close: () => void = () => undefined): Prompter {
  async function attempt<T>(prompt: string, parse: (answer: string) => { value: T } | { problem: string }): Promise<T> {
    for (let i = 0; i < MAX_ATTEMPTS; i += 1) {
      const answer = await ask(prompt);
      if (answer === undefined) throw new PromptAborted('input ended before every question was answered');
      const parsed = parse(answer.trim());
      if ('value' in parsed) return parsed.value;
      say(`  ${parsed.problem}`);
    }
    throw new PromptAborted(`no usable answer after ${MAX_ATTEMPTS} attempts`);
  }

  function list(question: string, choices: readonly Choice[]): void {
    say(`${question}:`);
    choices.forEach((c, i) => say(`  ${String(i + 1).padStart(2)}) ${c.value}${c.note !== undefined ? `  ${c.note}` : ''}`));
  }

  /** A number from the list or a value, exactly as listed. */
  function pick(token: string, choices: readonly Choice[]): string | undefined {
    if (/^[1-9][0-9]{0,3}$/.test(token)) return choices[Number(token) - 1]?.value;
    return choices.find((c) => c.value === token)?.value;
  }

  return {
    async choose(question, choices) {
      list(question, choices);
      return attempt<string>(`Choose 1-${choices.length}: `, (answer) => {
        const value = pick(answer, choices);
        return value !== undefined ? { value } : { problem: `Answer with a number from 1 to ${choices.length}.` };
      });
    },
    async chooseMany(question, choices) {
      list(question, choices);
      return attempt<string[]>(`Choose one or more (e.g. 1,3): `, (answer) => {
        const tokens = answer.split(/[\s,]+/).filter((t) => t !== '');
        const values = tokens.map((t) => pick(t, choices));
        if (tokens.length === 0 || values.some((v) => v === undefined)) {
          return { problem: `Answer with numbers from 1 to ${choices.length}, separated by commas.` };
        }
        return { value: [...new Set(values.filter((v) => v !== undefined))] };
      });
    },
    async text(question, options) {
      const shown = `${question}${options.default !== undefined ? ` [${options.default}]` : options.required ? '' : ' (optional)'}: `;
      return attempt<string | undefined>(shown, (answer) => {
        const value = answer === '' ? options.default : answer;
        if (value === undefined) return options.required ? { problem: 'An answer is required.' } : { value: undefined };
        const problem = options.check?.(value);
        return problem === undefined ? { value } : { problem };
      });
    },
    close,
  };
}

/**
 * Opens the terminal only when a question is actually asked, so a command
 * whose flags say everything never touches the terminal's mode.
 */
export function lazyPrompter(open: (() => Prompter) | undefined): Prompter | undefined {
  if (open === undefined) return undefined;
  let real: Prompter | undefined;
  const get = () => (real ??= open());
  return {
    choose: (question, choices) => get().choose(question, choices),
    chooseMany: (question, choices) => get().chooseMany(question, choices),
    text: (question, options) => get().text(question, options),
    close: () => real?.close(),
  };
}

/**
 * The terminal's prompter: questions on stderr, so stdout carries only the
 * result. Lines typed (or pasted) before a question is asked are kept for
 * it, not dropped: the command reads the repository before it asks anything.
 */
export function terminalPrompter(): Prompter {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const typed: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  rl.on('line', (line) => {
    const next = waiting.shift();
    if (next !== undefined) next(line);
    else typed.push(line);
  });
  rl.on('close', () => {
    ended = true;
    for (const next of waiting.splice(0)) next(undefined);
  });
  const ask = (prompt: string) =>
    new Promise<string | undefined>((resolve) => {
      rl.setPrompt(prompt);
      rl.prompt();
      const line = typed.shift();
      if (line !== undefined) resolve(line);
      else if (ended) resolve(undefined);
      else waiting.push(resolve);
    });
  return linePrompter(
    ask,
    (text) => void process.stderr.write(`${text}\n`),
    () => rl.close(),
  );
}
