import { pageMarksCss, type PrintMarks } from '../../../core/index.js';

// The report's page rules and running marks, added by the route itself. A
// constructed style sheet, because the app's CSP (style-src 'self') allows
// no inline <style>, and these rules carry the report's own words.
let current: CSSStyleSheet | null = null;

export function applyPageMarks(marks: PrintMarks): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageMarksCss(marks));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((s) => s !== current), sheet];
  current = sheet;
}
