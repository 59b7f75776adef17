#!/usr/bin/env -S npx tsx
/** Entry point of `npm run report`: see src/report/command.ts. */
import { reportCommand } from '../src/report/command';

process.exitCode = await reportCommand(process.argv.slice(2));
