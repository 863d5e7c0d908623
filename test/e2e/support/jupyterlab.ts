/**
 * JupyterLab 4 as a person uses it, through playwright-core: the sidebar, the status bar, the launcher, a
 * notebook's cells and the file browser's upload. Only what the page shows is read (no lab-internal API),
 * so a lab that does not render what a user would see fails here.
 */
import type { Locator, Page } from 'playwright-core';
import { screenshot } from './browser.js';

/** Waits for the lab's shell: the main dock panel with the launcher or a document in it. */
export async function labLoaded(page: Page, timeoutMs = 180_000): Promise<void> {
  await page.waitForSelector('#jp-main-dock-panel', { timeout: timeoutMs });
  // The splash screen goes once the lab has restored its last layout (the documents in it opened).
  await page.locator('#jupyterlab-splash').waitFor({ state: 'detached', timeout: timeoutMs });
  // The file browser lists the home folder once the server's contents API has answered.
  await page.locator('.jp-DirListing-content').waitFor({ timeout: timeoutMs });
}

/**
 * A lab opened on a new server restores the notebooks of its last layout, whose kernels went with the
 * old server: JupyterLab asks, one notebook after another, which kernel to start. A person takes the
 * offered one and ticks "Always start the preferred kernel" so as not to be asked for each; what was
 * asked is logged.
 */
async function answerDialogs(page: Page): Promise<void> {
  // The question comes once the restored documents have looked for their sessions.
  await page.waitForTimeout(1_000);
  await answerOpenDialogs(page);
}

/** Answers the dialogs showing now (see answerDialogs), one after another. */
async function answerOpenDialogs(page: Page): Promise<void> {
  for (let asked = 0; asked < 20; asked += 1) {
    const dialog = page.locator('dialog.jp-Dialog').first();
    if ((await dialog.count()) === 0) return;
    console.log(`JupyterLab asked: ${((await dialog.textContent()) ?? '').replace(/\s+/g, ' ').trim()}`);
    if (asked === 0) await screenshot(page, `lab-dialog-${Date.now()}`);
    const always = dialog.getByLabel('Always start the preferred kernel');
    if ((await always.count()) > 0) await always.check();
    // The next question may take this one's place at once: wait for this dialog element itself to go.
    const answered = await dialog.elementHandle();
    // A question is accepted (the offered kernel); an error (a request the server answered 503 while it
    // was still coming up) has only its Close button, which a person clicks to go on.
    const accept = dialog.locator('.jp-Dialog-button.jp-mod-accept');
    const button = (await accept.count()) > 0 ? accept.first() : dialog.locator('.jp-Dialog-button').last();
    await button.click({ timeout: 10_000 });
    await answered?.waitForElementState('hidden', { timeout: 30_000 });
    await page.waitForTimeout(500);
  }
}

/**
 * Waits until the status bar says the current notebook's `kernel` is idle. A restored notebook's question
 * can come later than answerDialogs waits on a loaded machine, and it holds the lab until answered: it is
 * answered here too. On a timeout the error carries what the status bar showed, and a screenshot is kept.
 */
async function kernelIdle(page: Page, kernel: string, timeoutMs: number): Promise<void> {
  const idle = new RegExp(`${kernel.replace(/[()]/g, '\\$&')} \\| Idle`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await answerOpenDialogs(page);
    const status = (await page.locator('.jp-StatusBar-TextItem').allTextContents()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
    if (status.some((text) => idle.test(text))) return;
    if (Date.now() > deadline) {
      await screenshot(page, `kernel-not-idle-${Date.now()}`);
      throw new Error(
        `the new notebook's kernel "${kernel}" was not idle within ${timeoutMs / 1000} s (status bar: ${status.filter(Boolean).join(' · ')})`,
      );
    }
    await page.waitForTimeout(1_000);
  }
}

/**
 * Answers "No" to JupyterLab's one-time question whether to fetch Jupyter's news from the internet, when
 * it is showing (it covers part of a screenshot); the lab then never asks that user again.
 */
export async function declineNews(page: Page): Promise<void> {
  const no = page.locator('.Toastify button').filter({ hasText: /^No$/ });
  if ((await no.count()) === 0) return;
  await no.first().click();
  await no
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

/**
 * Opens jupyterlab-git's panel from the left sidebar and returns its text once the extension's server
 * part has said whether the folder is a repository (outside one, the panel offers to initialise one).
 * Throws when the lab has no such tab (the extension is not there) or the server part never answers.
 */
export async function gitPanelText(page: Page): Promise<string> {
  const tab = page.locator('.jp-SideBar .lm-TabBar-tab[data-id="jp-git-sessions"]');
  await tab.click({ timeout: 30_000 });
  const panel = page.locator('#jp-git-sessions');
  await panel
    .getByText(/Initialize a Repository|Current Repository/)
    .first()
    .waitFor({ timeout: 60_000 });
  return (await panel.textContent()) ?? '';
}

/** jupyter-resource-usage's memory indicator in the status bar: "Mem: 306.99 / 4096.00 MB" (used / limit). */
export async function memoryIndicatorText(page: Page): Promise<string> {
  const indicator = page.locator('.jp-StatusBar-TextItem[title="Current resource usage"]');
  await indicator.waitFor({ timeout: 60_000 });
  // The first figure comes with the extension's first poll of the server.
  await page.waitForFunction(
    (element) => /Mem: *[0-9]/.test(element?.textContent ?? ''),
    await indicator.elementHandle(),
    { timeout: 60_000 },
  );
  return ((await indicator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

export interface Notebook {
  /** The notebook's file name, as the lab named it (Untitled.ipynb, Untitled1.ipynb, ...). */
  readonly name: string;
  /**
   * Types `code` into the notebook's last (empty) cell as a person would paste it, runs it with
   * Shift+Enter, waits until the kernel has run it (the prompt shows its execution count) and returns
   * the cell's output text.
   */
  run(code: string, timeoutMs?: number): Promise<string>;
  /** The cell `index`'s output area (for a screenshot of one result). */
  output(index: number): Locator;
}

/** The labels of the main area's tabs, and which of them is the current one. */
async function mainTabs(page: Page): Promise<{ labels: string[]; current: string }> {
  const bar = page.locator('#jp-main-dock-panel .lm-DockPanel-tabBar');
  const labels = (await bar.locator('.lm-TabBar-tab .lm-TabBar-tabLabel').allTextContents()).map((t) => t.trim());
  const current = await bar.locator('.lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel').allTextContents();
  return { labels, current: (current[0] ?? '').trim() };
}

/**
 * A new notebook from the launcher's card for `kernel` (the image's own kernel, "Python 3 (ipykernel)"),
 * once its kernel has started.
 *
 * A lab opened on a new server is still settling when it shows: the restored notebooks ask for their
 * kernels one after another, and on a loaded machine a question can come after the launcher's card was
 * clicked, or a click can land before the launcher acts on it. So the notebook is waited for as the tab
 * that was not there before the click, every question is answered meanwhile, and a click that brought no
 * new tab within `CLICK_AGAIN_MS` is made again (a second notebook does no harm; the current one is used).
 */
export async function newNotebook(page: Page, kernel = 'Python 3 (ipykernel)', timeoutMs = 180_000): Promise<Notebook> {
  const CLICK_AGAIN_MS = 30_000;
  await answerDialogs(page);
  const before = new Set((await mainTabs(page)).labels);
  const launcher = page.locator('.jp-Launcher:visible');
  const card = launcher.locator(`.jp-LauncherCard[data-category="Notebook"][title="${kernel}"]`);
  const deadline = Date.now() + timeoutMs;
  let clickedAt = 0;
  let clicks = 0;
  let name = '';
  for (;;) {
    await answerOpenDialogs(page);
    const tabs = await mainTabs(page);
    const panelShown = (await page.locator('.jp-NotebookPanel:visible').count()) > 0;
    if (tabs.current.endsWith('.ipynb') && !before.has(tabs.current) && panelShown) {
      name = tabs.current;
      break;
    }
    if (Date.now() - clickedAt > CLICK_AGAIN_MS) {
      // Short action timeouts: a question that comes up now covers the lab; it is answered next round.
      try {
        // A lab opened again shows the documents of its last layout: a new launcher from the File menu.
        if ((await launcher.count()) === 0) {
          await page.locator('.lm-MenuBar-item', { hasText: 'File' }).click({ timeout: 5_000 });
          await page.locator('.lm-Menu-item[data-command="launcher:create"]').click({ timeout: 5_000 });
          await launcher.waitFor({ timeout: 10_000 });
        }
        await card.click({ timeout: 5_000 });
        clickedAt = Date.now();
        clicks += 1;
        if (clicks > 1)
          console.log(`the launcher's ${kernel} card clicked again (click ${clicks}): no new notebook yet`);
      } catch {
        await page.keyboard.press('Escape').catch(() => undefined);
      }
    }
    if (Date.now() > deadline) {
      await screenshot(page, `notebook-not-opened-${Date.now()}`);
      throw new Error(
        `no new notebook within ${timeoutMs / 1000} s after ${clicks} click(s) on the launcher's ${kernel} card (tabs: ${tabs.labels.join(', ')}; current: ${tabs.current || 'none'})`,
      );
    }
    await page.waitForTimeout(1_000);
  }
  const panel = page.locator('.jp-NotebookPanel:visible').last();
  // The status bar names the current notebook's kernel and its state: "Python 3 (ipykernel) | Idle" once
  // it has started (run() still copes with a kernel that is only connecting).
  await kernelIdle(page, kernel, timeoutMs);
  let ran = 0;
  const cells = panel.locator('.jp-Notebook .jp-CodeCell');
  return {
    name,
    output: (index) => cells.nth(index).locator('.jp-OutputArea'),
    async run(code, timeoutMs = 120_000) {
      const cell = cells.nth(ran);
      await cell.waitFor({ timeout: 30_000 });
      const editor = cell.locator('.cm-content');
      // The code as pasted (insertText: without the bracket completion typing would trigger), into the
      // editor once it has the focus; a click that lands while the notebook is still settling leaves the
      // cell in command mode, where the text would go nowhere: then the editor is selected and filled again.
      const firstLine = code.split('\n')[0] ?? '';
      for (let attempt = 1; ; attempt += 1) {
        // A restored notebook's late question would take the keystrokes: answered first.
        await answerOpenDialogs(page);
        await editor.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.insertText(code);
        if (((await editor.textContent()) ?? '').includes(firstLine)) break;
        if (attempt === 3) throw new Error(`the cell's editor did not take the code: ${firstLine}`);
      }
      await page.keyboard.press('Shift+Enter');
      ran += 1;
      // Run with Shift+Enter (the cell below made and focused, as a person goes on). A cell run before the
      // notebook's kernel is connected is left as it was ("[ ]"): it is run again in place (Ctrl+Enter)
      // until the kernel takes it ("[*]"), then waited for until it has run ("[n]").
      const prompt = cell.locator('.jp-InputArea-prompt');
      const promptText = async () => ((await prompt.textContent()) ?? '').trim();
      const deadline = Date.now() + timeoutMs;
      let taken = Date.now();
      for (;;) {
        const shown = await promptText();
        if (/\[\d+\]/.test(shown)) break;
        if (shown.includes('*')) taken = Date.now();
        else if (Date.now() - taken > 10_000) {
          await answerOpenDialogs(page);
          await editor.click();
          await page.keyboard.press('Control+Enter');
          taken = Date.now();
        }
        if (Date.now() > deadline) {
          await screenshot(page, `cell-not-run-${Date.now()}`);
          throw new Error(
            `the cell did not run within ${timeoutMs / 1000} s (prompt "${shown}", editor "${await editor.textContent()}")`,
          );
        }
        await page.waitForTimeout(250);
      }
      return ((await cell.locator('.jp-OutputArea').textContent()) ?? '').trim();
    },
  };
}

/**
 * Uploads the local file at `path` into the folder the file browser shows, with its Upload button (the
 * file browser opened from the sidebar first, where another panel is showing).
 */
export async function uploadFile(page: Page, path: string): Promise<void> {
  const name = path.split('/').pop() ?? path;
  if (!(await page.locator('#filebrowser').isVisible())) {
    await page.locator('.jp-SideBar .lm-TabBar-tab[data-id="filebrowser"]').click();
  }
  const chooser = page.waitForEvent('filechooser', { timeout: 30_000 });
  await page.locator('.jp-FileBrowser-toolbar [title="Upload Files"]').first().click();
  await (await chooser).setFiles(path);
  await page
    .locator(`.jp-DirListing-item[title^="Name: ${name}"], .jp-DirListing-item:has-text("${name}")`)
    .first()
    .waitFor({ timeout: 60_000 });
}
