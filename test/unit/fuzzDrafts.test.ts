import * as assert from 'node:assert/strict';
import { lintInvariants, corpusReadInvariants, makeDraft, makeWordFile, msPer100KB, random, realSentences, runClasses, wordInvariants } from '../fuzz/draftFuzz';

/**
 * Fuzz as a habit, in every `npm test`: a few thousand drafts generated and mutated from real
 * sentences plus long runs, each under a time budget, with the invariants of test/fuzz/draftFuzz.ts.
 * `npm run fuzz` runs the same on 20,000+ inputs, Word files included. The budget here only catches
 * hangs (test machines are often loaded); the fuzz run reports the real figure.
 */
const budgetMsPer100KB = 10_000;

describe('fuzz: generated and mutated drafts (property)', function () {
  this.timeout(300_000);
  const sentences = realSentences();

  it('draws its sentences from real plans', () => {
    assert.ok(sentences.length > 500, `${sentences.length} sentences`);
  });

  it('3,000 drafts: no exception, findings and fixes on real lines, insertions lose no character, within budget', async () => {
    const next = random(16_2026);
    let slowest = 0;
    for (let i = 0; i < 3000; i++) {
      const { text } = makeDraft(next, sentences);
      const started = performance.now();
      try {
        lintInvariants(text);
        if (i % 10 === 0) await corpusReadInvariants(text);
      } catch (error) {
        assert.fail(`input ${i} (${text.length} characters, starts ${JSON.stringify(text.slice(0, 60))}): ${error instanceof Error ? error.message : String(error)}`);
      }
      slowest = Math.max(slowest, msPer100KB(performance.now() - started, Buffer.byteLength(text)));
    }
    assert.ok(slowest < budgetMsPer100KB, `slowest ${slowest.toFixed(0)} ms per 100 KB`);
  });

  it('40 Word files, some hostile: a document or a reason, never an exception', async () => {
    const next = random(20_261_207);
    for (let i = 0; i < 40; i++) {
      const bytes = await makeWordFile(next, makeDraft(next, sentences).text);
      const started = performance.now();
      await wordInvariants(bytes);
      assert.ok(performance.now() - started < 5000, `Word input ${i} took ${(performance.now() - started).toFixed(0)} ms`);
    }
  });
});

describe('linear text handling: long runs of every character class', function () {
  this.timeout(300_000);
  /**
   * Linear, measured as linear: the same run at 25,000 and at 100,000 characters, inside a task, a
   * target and a table cell, through the checker (with its fixes) and the own-corpus reader. Four
   * times the input may cost about four times the time; a quadratic scan costs sixteen. A ratio
   * of CPU time holds on a loaded machine where an absolute budget, or wall time, would not.
   */
  const texts = (run: string) => [`三、重点任务\n1. 建设${run}平台。\n`, `二、发展目标\n到2027年，力争${run}\n`, `| 序号 | 任务 |\n| --- | --- |\n| ${run} | 建设 |\n`];
  const time = async (unit: string, length: number): Promise<number> => {
    const run = unit.repeat(Math.ceil(length / unit.length));
    const started = process.cpuUsage();
    for (const text of texts(run)) {
      lintInvariants(text);
      await corpusReadInvariants(text);
    }
    const spent = process.cpuUsage(started);
    return (spent.user + spent.system) / 1000;
  };
  for (const unit of runClasses) {
    it(`a run of ${JSON.stringify(unit)} stays linear`, async () => {
      // The quicker of two runs of each size: one stall of a loaded machine is no quadratic scan.
      const small = Math.max(Math.min(await time(unit, 25_000), await time(unit, 25_000)), 20);
      const large = Math.min(await time(unit, 100_000), await time(unit, 100_000));
      assert.ok(large / small < 9 || large < 1000, `25,000 characters took ${small.toFixed(0)} ms, 100,000 took ${large.toFixed(0)} ms`);
      assert.ok(large < 60_000, `100,000 characters took ${large.toFixed(0)} ms`);
    });
  }
});
