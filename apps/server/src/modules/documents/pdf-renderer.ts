import { chromium } from 'playwright-core';

/** This machine cannot print PDFs (no Chromium): the route answers 503 and says so. */
export class PdfUnavailableError extends Error {}

/**
 * PDF through Chromium's printer (`page.pdf({ tagged: true })`): the print HTML's headings, lists and table
 * headers become the PDF's structure tree and `lang="ru"` its /Lang, which is what screen readers and the
 * 2026 accessibility requirement for published documents need. A PDF library (pdfmake, pdfkit) would need
 * that structure built by hand; Chromium is already how the browser tests run here. The page loads nothing
 * from the network: routes other than the page itself are aborted.
 */
export async function renderPdf(html: string, options: { chromiumPath: string; title: string }): Promise<Buffer> {
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: options.chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch {
    throw new PdfUnavailableError(
      `PDF needs Chromium at ${options.chromiumPath} (set CHROMIUM_PATH); DOCX works without it.`,
    );
  }
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      tagged: true,
      outline: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;text-align:center;font-size:9pt;font-family:\'DejaVu Sans\'"><span class="pageNumber"></span></div>',
      margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '15mm' },
    });
  } finally {
    await browser.close();
  }
}
