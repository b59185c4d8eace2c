import type { DocBlock, StrategyDocument } from '@tsifra/domain/documents/strategy-document';

/**
 * The print view of a strategy document: semantic HTML (headings, lists, tables with `<th scope>` and a
 * caption) in Russian, which Chromium prints to a tagged PDF whose structure mirrors these elements. Fonts
 * are the machine's (DejaVu from Debian's fonts-dejavu-core); nothing is loaded from the network.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function list(items: Extract<DocBlock, { kind: 'list' }>['items']): string {
  // Nested lists: a deeper item opens a list inside the previous item; a shallower one closes back to it.
  let html = '';
  let depth = -1;
  for (const item of items) {
    if (item.level > depth) {
      for (let d = depth + 1; d <= item.level; d += 1) html += d < item.level ? '<ul><li>' : '<ul>';
    } else {
      html += '</li>';
      for (; depth > item.level; depth -= 1) html += '</ul></li>';
    }
    html += `<li>${esc(item.text)}`;
    depth = item.level;
  }
  if (depth < 0) return '';
  html += '</li>';
  for (; depth > 0; depth -= 1) html += '</ul></li>';
  return `${html}</ul>`;
}

function block(b: DocBlock): string {
  switch (b.kind) {
    case 'title':
      return `<header><h1>${esc(b.text)}</h1>${b.lines.map((l) => `<p class="sub">${esc(l)}</p>`).join('')}</header>`;
    case 'heading':
      return `<h${b.level + 1}>${esc(b.number)}. ${esc(b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'list':
      return list(b.items);
    case 'table': {
      const head = b.header.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
      const rows = b.rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => (i === 1 ? `<th scope="row">${esc(c)}</th>` : `<td${b.numeric[i] ? ' class="num"' : ''}>${esc(c)}</td>`)).join('')}</tr>`,
        )
        .join('');
      return `<table><caption>Таблица ${b.number} — ${esc(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}

const CSS = `
@page { size: A4; margin: 20mm 15mm 20mm 20mm; }
body { font-family: 'DejaVu Serif', 'DejaVu Sans', serif; font-size: 11pt; line-height: 1.35; color: #000; }
header { text-align: center; margin-bottom: 2em; }
h1 { font-size: 16pt; } h2 { font-size: 14pt; margin-top: 1.4em; } h3 { font-size: 12pt; } h4 { font-size: 11pt; }
.sub { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.2em; font-size: 9.5pt; }
caption { caption-side: top; text-align: left; font-style: italic; padding-bottom: 0.3em; }
th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
thead th { font-weight: bold; background: #eee; } tbody th { font-weight: normal; }
td.num { text-align: right; }
thead { display: table-header-group; } tr { break-inside: avoid; }
`;

/** The whole print page. */
export function renderPrintHtml(doc: StrategyDocument): string {
  return `<!doctype html><html lang="${doc.lang}"><head><meta charset="utf-8"><title>${esc(doc.title)}</title><style>${CSS}</style></head><body>${doc.blocks.map(block).join('\n')}</body></html>`;
}
