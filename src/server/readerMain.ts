import { serveCorpusReads } from './corpusReader';

/**
 * dist/reader.js: the reader thread alone, for the CLI. Each reader thread loads its bundle and
 * compiles it afresh; the server's bundle (3.6 MB) carries the language server, the checks and
 * the search engine a reader never runs, and took about 0.45 s of CPU per thread to start and
 * read a first file, this one (2.2 MB) about 0.3 s. The language server keeps starting its own
 * bundle as its reader (one bundle shipped in the extension); both run `serveCorpusReads`.
 */
serveCorpusReads();
