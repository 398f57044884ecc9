import * as assert from 'node:assert/strict';

/**
 * `items.at(index)` for a test that expects the item to be there: a missing one fails with a message
 * saying which and how many there were, instead of a TypeError a line later.
 */
export function at<T>(items: readonly T[], index: number): T {
  const item = items.at(index);
  assert.ok(item !== undefined, `expected an item at ${index}, found ${items.length}`);
  return item;
}
