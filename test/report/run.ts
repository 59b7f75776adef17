/** Runs `npm run report` in-process with a fixed date, capturing what it prints to stderr. */
import { vi } from 'vitest';
import { reportCommand } from '../../src/report/command';

/** The exit code and the error lines of one run (stdout is silenced). */
export async function runReport(args: string[]): Promise<{ code: number; errors: string[] }> {
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const code = await reportCommand(args, '2026-11-24');
  vi.restoreAllMocks();
  return { code, errors };
}
