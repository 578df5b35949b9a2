import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../service/repoPaths.js';

// electron/main.ts cannot run without the Electron runtime, so this reads the
// window's options from its source: the very literal that runs.
function browserWindowOptions(name = 'main.ts'): Record<string, unknown> {
  const file = path.join(repoRoot, 'electron', name);
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: ts.ObjectLiteralExpression[] = [];
  const visit = (n: ts.Node) => {
    if (
      ts.isNewExpression(n) &&
      n.expression.getText() === 'BrowserWindow' &&
      n.arguments?.[0] &&
      ts.isObjectLiteralExpression(n.arguments[0])
    )
      found.push(n.arguments[0]);
    ts.forEachChild(n, visit);
  };
  visit(src);
  expect(found).toHaveLength(1);
  const literal = (o: ts.ObjectLiteralExpression): Record<string, unknown> =>
    Object.fromEntries(
      o.properties.filter(ts.isPropertyAssignment).map((p) => {
        const v = p.initializer;
        const value =
          v.kind === ts.SyntaxKind.TrueKeyword
            ? true
            : v.kind === ts.SyntaxKind.FalseKeyword
              ? false
              : ts.isStringLiteral(v)
                ? v.text
                : ts.isObjectLiteralExpression(v)
                  ? literal(v)
                  : v.getText();
        return [p.name.getText(), value];
      }),
    );
  return literal(found[0]!);
}

describe('the desktop window', () => {
  it('is created with the secure options: isolated, sandboxed, no Node', () => {
    const prefs = browserWindowOptions().webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      // Developer tools only where the app runs from its source tree.
      devTools: '!app.isPackaged',
    });
    expect(prefs.preload).toBe('paths.preload');
  });

  it("the printer's hidden window has the very same web preferences (a report route is the app's own page)", () => {
    const main = browserWindowOptions().webPreferences as Record<string, unknown>;
    const printer = browserWindowOptions('printer.ts').webPreferences as Record<string, unknown>;
    expect({ ...printer, preload: 'preload' }).toEqual({ ...main, preload: 'preload' });
    expect(browserWindowOptions('printer.ts').show).toBe(false);
  });

  it('denies navigation, new windows, webviews and permission requests', () => {
    const src = readFileSync(path.join(repoRoot, 'electron', 'main.ts'), 'utf8');
    expect(src).toMatch(/on\('will-navigate', \(event\) => event\.preventDefault\(\)\)/);
    expect(src).toMatch(/on\('will-attach-webview', \(event\) => event\.preventDefault\(\)\)/);
    expect(src).toMatch(/return \{ action: 'deny' \}/);
    expect(src).toMatch(/setPermissionRequestHandler\(\(_wc, _perm, callback\) => callback\(false\)\)/);
    expect(src).toMatch(/requestSingleInstanceLock/);
  });
});
