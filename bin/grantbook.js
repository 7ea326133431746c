#!/usr/bin/env node
// The `grantbook` command from a checkout (`npx grantbook ...`): runs the
// committed CLI bundle.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
