import { EXIT, type CliCommand } from './io.js';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Walk one request through its whole life on an embedded PostgreSQL',
  help: 'Usage: grantbook demo',
  async run(_args, io) {
    io.err('demo: not built yet');
    return EXIT.internal;
  },
};
