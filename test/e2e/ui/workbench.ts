// The real VS Code workbench as the UI tests see it. Not a test file: only `*.test.ts` files run.
// Every wait here is on a selector or a polled condition with a deadline, never a fixed sleep.
import type { BrowserContext, Locator, Page } from 'playwright-core';

const defaultTimeoutMs = 20_000;

export class Workbench {
  private constructor(
    readonly page: Page,
    /** The workspace folder the workbench has open (a fresh copy of the fixtures). */
    readonly workspace: string,
  ) {}

  /** Opens the workbench at `url` and waits until the workspace is listed and the window has focus. */
  static async open(context: BrowserContext, url: string, workspace: string): Promise<Workbench> {
    const page = await context.newPage();
    page.setDefaultTimeout(defaultTimeoutMs);
    await page.goto(url);
    // The explorer lists the folder once the remote connection to code-server is up.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    // Shortcuts only reach the workbench after one click into it.
    await page.locator('.part.editor').click();
    return new Workbench(page, workspace);
  }

  /** Ctrl+P, the file name, Enter; resolves when its editor tab is active. */
  async openFile(fileName: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(fileName);
    await this.row(fileName).click();
    await this.page.locator('.tab.active').filter({ hasText: fileName }).waitFor();
    await this.page.locator('.editor-instance .view-line').first().waitFor();
  }

  /** F1, the command's label, Enter (the label as the English UI shows it). */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    // The palette can close as it opens when focus comes back from a widget still closing (a
    // QuickPick the last test left, the notification centre): open it again until it takes the label.
    // Under load the palette can also close after taking the label (focus moving back from a closing
    // widget), leaving no row to click: until the row is clicked, open it again and type the label again.
    const row = this.row(label);
    await this.waitUntil(async () => {
      if (!(await input.isVisible())) await this.page.keyboard.press('F1');
      const typed =
        (await input.inputValue().catch(() => '')) === `>${label}` ||
        (await input.fill(`>${label}`, { timeout: 1000 }).then(
          () => true,
          () => false,
        ));
      return (
        typed &&
        row.click({ timeout: 2000 }).then(
          () => true,
          () => false,
        )
      );
    }, `the command palette to offer ${label}`);
    // Closed, or replaced by the command's own QuickPick (which reuses the same input).
    await this.waitUntil(async () => !(await input.isVisible()) || (await input.inputValue()) !== `>${label}`, `the palette to run ${label}`);
  }

  /**
   * The QuickPick row labelled exactly `label`. Clicked rather than Enter: the focused row can still be
   * a recently used entry while the filter catches up.
   */
  private row(label: string): Locator {
    const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: exact }) })
      .first();
  }

  /** The visible lines of the active editor, top to bottom (VS Code reuses line nodes out of order). */
  async editorLines(): Promise<string[]> {
    // The project has no DOM typings; these are the two properties read in the page.
    type LineNode = { readonly style: { readonly top: string }; readonly textContent: string | null };
    return this.page
      .locator('.editor-instance .view-lines')
      .first()
      .locator('.view-line')
      .evaluateAll((nodes: LineNode[]) =>
        nodes
          .slice()
          .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
          .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ')),
      );
  }

  /**
   * Waits for a notification containing `text` in the notification centre and returns its message.
   * Not the toasts: they show at most three at a time, so another extension's errors can hide ours.
   * The centre stays open for the rest of the test (the harness's reset closes it), so a failing
   * test's screenshot lists every notification.
   */
  async notification(text: string): Promise<string> {
    await this.runCommand('Notifications: Show Notifications');
    const message = this.page.locator('.notifications-center .notification-list-item-message').filter({ hasText: text }).first();
    await message.waitFor();
    return (await message.textContent()) ?? '';
  }

  /** A status bar entry by its VS Code id, e.g. `status.editor.mode`. */
  statusBarItem(id: string): Locator {
    return this.page.locator(`[id="${id}"]`);
  }

  /** Polls `probe` until it holds, or fails at the deadline saying what it waited for. */
  async waitUntil(probe: () => Promise<boolean>, what: string, timeoutMs = defaultTimeoutMs): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Back to an empty editor area with nothing open on top; the harness runs this before each test. */
  async reset(): Promise<void> {
    await this.page.keyboard.press('Escape');
    // While the notification centre is open, new notifications show there and not as toasts.
    if (await this.page.locator('.notifications-center').isVisible()) await this.runCommand('Notifications: Hide Notifications');
    await this.runCommand('View: Close All Editors');
    // A test that typed into a draft leaves it dirty: VS Code then asks whether to save it.
    const dontSave = this.page.locator('.monaco-dialog-box .monaco-button').filter({ hasText: "Don't Save" });
    await this.waitUntil(async () => {
      if (await dontSave.isVisible()) await dontSave.click();
      return (await this.page.locator('.tab').count()) === 0;
    }, 'every editor to close');
  }
}

let current: Workbench | undefined;

/** The workbench of this run, for UI test files. */
export function workbench(): Workbench {
  if (!current) throw new Error('no workbench: UI tests run through test/e2e/run.ts');
  return current;
}

/** Called by the harness before it loads the UI test files. */
export function setWorkbench(value: Workbench | undefined): void {
  current = value;
}
