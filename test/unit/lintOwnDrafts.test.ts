import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { runLintEval } from '../../scripts/evalLint';

describe('lint: the own blind drafts (test/fixtures/lint-own)', () => {
  const result = runLintEval(join(__dirname, '../fixtures/lint-own'));

  it('finds every expected finding and nothing else, scored as the eval README defines', () => {
    assert.deepEqual({ missed: result.falseNegatives, extra: result.falsePositives }, { missed: [], extra: [] });
    assert.equal(result.pooled.expected, 118);
  });
});
