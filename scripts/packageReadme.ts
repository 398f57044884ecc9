// The README as the packaged extension ships it, with its pictures written into it as data: URIs.
// VS Code's extension page renders an installed extension's README in a webview whose content
// policy loads images only from https: and data: sources, so `images/….png` shows as a broken
// picture there (seen in code-server: naturalWidth 0). The extension has no public repository for
// vsce's `--baseImagesUrl` to point at, so the pictures go into the README. The README in the
// repository stays as it is. `npm run package` runs this and hands the result to vsce's
// `--readme-path`, which ships it as the extension's readme.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `![alt](images/x.png)`: a picture with a relative path to the project's images folder. */
const picture = /(!\[[^\]]*\]\()((?:\.\/)?images\/[\w.-]+\.png)(\))/gu;

/** `readme` with each relative picture replaced by its bytes as a data: URI; `read` gives a file's bytes. */
export function packagedReadme(readme: string, read: (file: string) => Buffer): { text: string; inlined: number } {
  let inlined = 0;
  const text = readme.replace(picture, (_match, open: string, file: string, close: string) => {
    inlined++;
    return `${open}data:image/png;base64,${read(file).toString('base64')}${close}`;
  });
  return { text, inlined };
}

if (require.main === module) {
  const root = resolve(__dirname, '..');
  const out = join(root, 'dist', 'README.packaged.md');
  const { text, inlined } = packagedReadme(readFileSync(join(root, 'README.md'), 'utf8'), (file) => readFileSync(join(root, file)));
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(out, text);
  console.log(`README for the package: ${inlined} picture(s) inlined → ${out}`);
}
