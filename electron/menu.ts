import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { DEFAULT_LOCALE, type Locale } from '../core/index.js';
import { shellText, type ShellWord } from './shellWords.js';

// A Norwegian application menu; roles give the platform's own behaviour.
export function installMenu(locale: Locale = DEFAULT_LOCALE): void {
  const w = (k: ShellWord) => shellText(k, locale);
  const mac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(mac
      ? [
          {
            label: 'Anskaff',
            submenu: [
              { role: 'about' as const, label: w('about') },
              { type: 'separator' as const },
              { role: 'quit' as const, label: w('quitApp') },
            ],
          },
        ]
      : []),
    {
      label: w('file'),
      submenu: [mac ? { role: 'close', label: w('closeWindow') } : { role: 'quit', label: w('quit') }],
    },
    {
      label: w('edit'),
      submenu: [
        { role: 'undo', label: w('undo') },
        { role: 'redo', label: w('redo') },
        { type: 'separator' },
        { role: 'cut', label: w('cut') },
        { role: 'copy', label: w('copy') },
        { role: 'paste', label: w('paste') },
        { role: 'selectAll', label: w('selectAll') },
      ],
    },
    {
      label: w('view'),
      submenu: [
        { role: 'reload', label: w('reload') },
        { type: 'separator' },
        { role: 'resetZoom', label: w('actualSize') },
        { role: 'zoomIn', label: w('zoomIn') },
        { role: 'zoomOut', label: w('zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: w('fullScreen') },
      ],
    },
    {
      label: w('help'),
      submenu: [
        {
          label: w('about'),
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: w('about'),
              message: `Anskaff ${app.getVersion()}`,
              detail: w('aboutDetail'),
            }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
