import * as assert from 'node:assert/strict';
import { SearchEngine } from '../../src/core/search/searchEngine';
import { HoverMemo } from '../../src/server/hoverMemo';
import { fixtureCorpus } from './searchFixture';

describe('hover memo (server)', () => {
  it('keeps a hover text per engine, and a precedent cut into words until its text changes', () => {
    const [first, second] = [SearchEngine.build(fixtureCorpus), SearchEngine.build(fixtureCorpus)];
    const memo = new HoverMemo();
    let made = 0;
    const make = (): string => `hover ${++made}`;
    assert.equal(memo.hover(first, 'a', make), 'hover 1');
    assert.equal(memo.hover(first, 'a', make), 'hover 1');
    assert.equal(memo.hover(first, 'b', make), 'hover 2');
    // Own documents changed: a new engine, nothing kept.
    assert.equal(memo.hover(second, 'a', make), 'hover 3');
    const cut = memo.precedent(second, 4, '推动创新药产业化。');
    assert.equal(memo.precedent(second, 4, '推动创新药产业化。'), cut);
    assert.notEqual(memo.precedent(second, 4, '推动创新药产业化，加快建设园区。'), cut);
  });
});
