// Spawned by processes.ts#startWatchdog as `node watchdog.ts <run folder>`; reads commands on stdin.
// When stdin closes without `dismiss`, the harness died: end everything the run started.
import { stopGroup, sweepRun } from './processes';

const runRoot = process.argv[2];
if (!runRoot) throw new Error('usage: watchdog.ts <run folder>');

const groups = new Set<number>();
let dismissed = false;
let pending = '';

process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  pending += chunk;
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    const [command, argument] = line.trim().split(' ');
    if (command === 'guard' && argument) groups.add(Number(argument));
    if (command === 'dismiss') dismissed = true;
  }
});
process.stdin.on('end', () => {
  if (dismissed) return;
  void (async () => {
    for (const leader of groups) await stopGroup(leader, 3_000);
    await sweepRun(runRoot);
  })();
});
