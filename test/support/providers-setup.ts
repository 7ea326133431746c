import { builtinRegistry, installRegistry } from '../../src/providers/catalog.js';

// Every test file reads and writes ledgers the way the shipped entry points
// do: with the built-in providers' spec checks. A test of another registry
// installs its own (a superset of the built-ins).
installRegistry(builtinRegistry());
