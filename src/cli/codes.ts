import { renderCodesDoc } from '../report/codes-doc.js';
import { EXIT, type CliCommand } from './io.js';

export const codesCommand: CliCommand = {
  name: 'codes',
  summary: 'Print the table of stable error codes (Markdown)',
  help: ['Usage: grantbook codes', '', 'Prints every error code with its meaning and fix, as Markdown.', 'docs/error-codes.md is this output.'].join('\n'),
  async run(args, io) {
    if (args.length > 0) {
      io.err('grantbook codes: takes no arguments');
      return EXIT.usage;
    }
    io.out(renderCodesDoc().trimEnd());
    return EXIT.ok;
  },
};
