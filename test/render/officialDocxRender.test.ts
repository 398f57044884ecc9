import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportDraft, formatOf } from '../../src/core/officialDocument/exportDraft';
import { expectedParagraphs } from '../unit/officialDocxText';

/**
 * LibreOffice is the judge: it converts the exported sample drafts to PDF (with fonts.conf standing
 * in free fonts for the office typefaces), poppler reads the PDF back. Needs Debian's
 * libreoffice-writer-nogui and poppler-utils, which scripts/setup-e2e.sh installs.
 * The first page of each sample is rendered to out/render/ (the README shows the first one).
 */

const root = join(__dirname, '../..');
const examples = join(root, 'examples');
const rendered = join(root, 'out/render');

/** The sample drafts and the pages each fills at 22 lines of 28 characters. */
const samples: [string, number][] = [
  ['某市生物医药产业发展行动计划（草案）.md', 4],
  ['某市医疗器械产业链工作方案（草案）.txt', 1],
];

/** Text without any blanks: PDF text extraction breaks lines and spaces out digits. */
function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

function tool(name: string, args: string[], env?: NodeJS.ProcessEnv): string {
  return execFileSync(name, args, { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('official .docx rendered by LibreOffice', function () {
  this.timeout(180_000);
  let work: string;
  const pdfOf = (name: string) => join(work, `${basename(name).replace(/\.[^.]+$/, '')}.pdf`);

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'policy-draft-render-'));
    const docx: string[] = [];
    for (const [name] of samples) {
      const text = readFileSync(join(examples, name), 'utf8');
      const file = join(work, `${basename(name).replace(/\.[^.]+$/, '')}.docx`);
      writeFileSync(file, (await exportDraft(text, formatOf(name))).bytes);
      docx.push(file);
    }
    // A profile of its own: no first-start dialogs, nothing written to the user's LibreOffice.
    tool('soffice', ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--convert-to', 'pdf', '--outdir', work, ...docx], {
      FONTCONFIG_FILE: join(__dirname, 'fonts.conf'),
      HOME: work,
    });
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  for (const [name, pages] of samples) {
    describe(name, () => {
      it(`is ${pages} A4 page(s), numbered — n —`, () => {
        const info = tool('pdfinfo', [pdfOf(name)]);
        assert.match(info, new RegExp(`^Pages:\\s+${pages}$`, 'm'));
        assert.match(info, /^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$/m);
        const text = tool('pdftotext', [pdfOf(name), '-']);
        const pageTexts = text.split('\f').filter((page) => page.trim() !== '');
        assert.equal(pageTexts.length, pages);
        pageTexts.forEach((page, index) => assert.match(squeeze(page), new RegExp(`—${index + 1}—`), `page ${index + 1}`));
      });

      it('holds every paragraph of the draft', () => {
        // Page numbers come out between the two halves of a paragraph that runs over a page.
        const text = squeeze(tool('pdftotext', ['-raw', pdfOf(name), '-']).replace(/—\s*\d+\s*—/g, ''));
        const format = formatOf(name);
        for (const paragraph of expectedParagraphs(readFileSync(join(examples, name), 'utf8'), format)) {
          assert.ok(text.includes(squeeze(paragraph)), `not in the PDF: ${paragraph}`);
        }
      });

      it('sets at most 22 lines a page and 28 characters a line', () => {
        const text = tool('pdftotext', [pdfOf(name), '-']);
        const pageLines = text.split('\f').map((page) => page.split('\n').filter((line) => line.trim() !== '' && !/^—\s*\d+\s*—$/.test(line.trim())));
        assert.ok(Math.max(...pageLines.map((lines) => lines.length)) <= 22);
        // A line wholly of Chinese characters and punctuation is at most 28 of them, and full lines are 28;
        // a closing mark that may not start a line (避头) hangs in the margin and is not counted.
        const chinese = pageLines
          .flat()
          .filter((line) => /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef—]+$/.test(line))
          .map((line) => line.replace(/[：，。、；）》”]$/, ''));
        assert.ok(chinese.length > 0);
        assert.ok(
          chinese.every((line) => [...line].length <= 28),
          chinese.find((line) => [...line].length > 28),
        );
        if (pages > 1) assert.ok(chinese.some((line) => [...line].length === 28));
      });

      it('renders its first page', () => {
        mkdirSync(rendered, { recursive: true });
        const prefix = join(rendered, basename(name).replace(/\.[^.]+$/, ''));
        tool('pdftoppm', ['-r', '80', '-f', '1', '-l', '1', '-singlefile', '-png', pdfOf(name), prefix]);
        const png = readFileSync(`${prefix}.png`);
        assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
        // 80 dpi of A4: about 661 × 935 pixels (pdftoppm rounds up).
        assert.ok(Math.abs(png.readUInt32BE(16) - 661) <= 1);
        assert.ok(Math.abs(png.readUInt32BE(20) - 935) <= 1);
      });
    });
  }
});
