/** Shared by the load*.test.ts end-to-end files: files to hand the page, and reading what it shows. */
import type { Page } from 'playwright-core';

/** A file for `setInputFiles`. */
export const fileFor = (name: string, content: string | Uint8Array, mimeType = 'text/csv') => ({
  name, mimeType, buffer: Buffer.from(content),
});

/** The headline's record count as shown. */
export const headlineRecords = async (page: Page) => (await page.getByTestId('headline-records-value').textContent()) ?? '';

/** The five headline values on screen, as text (records, victims, category 1 %, online, previously missing %). */
export async function headlineOnScreen(page: Page): Promise<string[]> {
  const ids = ['records', 'victims', 'category1', 'online', 'missing'];
  return Promise.all(ids.map(async (id) => (await page.getByTestId(`headline-${id}-value`).textContent()) ?? ''));
}

/** Waits for the live dashboard on the demo (not its build-time snapshot, drawn before the engine is ready). */
export async function waitForDemo(page: Page): Promise<string> {
  await page.getByTestId('engine-ready').waitFor({ timeout: 60_000 });
  await page.getByTestId('headline-records-value').waitFor({ timeout: 60_000 });
  await page.getByTestId('synthetic-label').waitFor();
  return headlineRecords(page);
}

/** Waits for the validation report of loading `file` and returns its three counts as shown. */
export async function reportCounts(page: Page, file: string): Promise<string[]> {
  await page.getByRole('heading', { name: `Loaded ${file}` }).waitFor({ timeout: 60_000 });
  return Promise.all(['rows-read', 'rows-accepted', 'rows-rejected'].map(async (id) => (await page.getByTestId(id).textContent()) ?? ''));
}

/** Drops `file` on the page as a user dragging it from the desktop would (dragenter, dragover, drop). */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(([fileName, content]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], fileName, { type: 'text/csv' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, [name, text] as const);
}
