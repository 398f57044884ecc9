import { projectReadOptions } from '../../../src/core/userCorpus/projectReader';

/** The tests read user files exactly as the extension and the CLI do. */
export const testReadOptions = projectReadOptions;
