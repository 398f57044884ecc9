import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkTemplates } from '../../src/core/checks/messages';
import { englishMessages } from '../../src/server/messages';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = ['package.nls.json', 'package.nls.zh-cn.json'].map((file) => ({ file, keys: JSON.parse(readFileSync(join(root, file), 'utf8')) }));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Command ids the extension registers: the first argument of each `registerCommand(…)` (a string
 * literal or a constant declared as one in src/extension), or, where commands are registered in a
 * loop over a typed command map, that map's keys (`[searchCorpusCommand]: handler`). The in-host
 * end-to-end suite checks the same against the running extension; this catches a mismatch without
 * starting VS Code.
 */
function registeredCommandIds(): string[] {
  const texts = sources(join(root, 'src/extension')).map((file) => readFileSync(file, 'utf8'));
  // The hover's two commands are named in the server's protocol, which both sides import.
  const protocol = readFileSync(join(root, 'src/server/protocol.ts'), 'utf8');
  const constants = new Map<string, string>();
  for (const text of [...texts, protocol]) {
    for (const [, name = '', id = ''] of text.matchAll(/\bconst (\w+)\s*=\s*'(policyDraft\.[\w.]+)'/g)) constants.set(name, id);
  }
  const ids: string[] = [];
  for (const text of texts) {
    const mapKeys = [...text.matchAll(/\[(\w+)\]\s*:|'(policyDraft\.[\w.]+)'\s*:/g)].flatMap(([, name = '', written]) => {
      const id = written ?? constants.get(name);
      return id ? [id] : [];
    });
    for (const [, argument = '', written] of text.matchAll(/registerCommand\(\s*('([^']+)'|\w+)/g)) {
      const id = written ?? constants.get(argument);
      if (id) ids.push(id);
      else {
        assert.ok(mapKeys.length, `registerCommand(${argument}, …): cannot tell which command this registers`);
        ids.push(...mapKeys);
      }
    }
  }
  return ids;
}

describe('package.json against the code', () => {
  const commands: { command: string; title: string; category?: string }[] = manifest.contributes.commands;

  it('contributes exactly the commands the extension registers', () => {
    assert.deepEqual(commands.map((c) => c.command).sort(), registeredCommandIds().sort());
  });

  it('localises every command title and category in English and Chinese', () => {
    for (const { command, title, category } of commands) {
      for (const placeholder of [title, category ?? '%command.category%']) {
        const key = /^%(.+)%$/.exec(placeholder)?.[1];
        assert.ok(key, `${command}: "${placeholder}" is not a %key%`);
        for (const { file, keys } of nls) assert.ok(keys[key], `${file} lacks ${key}`);
      }
    }
  });

  it('contributes snippet files that exist, for Markdown and plain text', () => {
    const snippets: { language: string; path: string }[] = manifest.contributes.snippets;
    assert.ok(snippets.some((s) => s.language === 'markdown') && snippets.some((s) => s.language === 'plaintext'));
    for (const { path } of snippets) assert.ok(statSync(join(root, path)).isFile(), path);
  });

  it('gives every UI string of the extension a Chinese translation', () => {
    const bundle = JSON.parse(readFileSync(join(root, 'l10n/bundle.l10n.zh-cn.json'), 'utf8'));
    const missing: string[] = [];
    for (const file of sources(join(root, 'src/extension'))) {
      for (const [, message = ''] of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
        if (!bundle[message]) missing.push(`${file}: ${message}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('gives every message of the language server a Chinese translation (the extension sends them translated)', () => {
    const bundle = JSON.parse(readFileSync(join(root, 'l10n/bundle.l10n.zh-cn.json'), 'utf8'));
    assert.deepEqual(
      Object.values(englishMessages).filter((message) => !bundle[message]),
      [],
    );
  });

  it('translates every check message back to exactly the Chinese the CLI prints', () => {
    const bundle = JSON.parse(readFileSync(join(root, 'l10n/bundle.l10n.zh-cn.json'), 'utf8'));
    assert.deepEqual(
      Object.values(checkTemplates).filter(({ en, zh }) => bundle[en] !== zh),
      [],
    );
  });
});
