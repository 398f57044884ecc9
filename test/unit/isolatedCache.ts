import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The CLI keeps a per-user cache ($XDG_CACHE_HOME/policy-draft): tests that run it without
// `--cache` must not write into the real one, nor read what an earlier run left there.
const cache = mkdtempSync(join(tmpdir(), 'policy-draft-test-cache-'));
process.env.XDG_CACHE_HOME = cache;
process.on('exit', () => rmSync(cache, { recursive: true, force: true }));
