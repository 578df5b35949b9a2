import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

// A Norwegian application menu; roles give the platform's own behaviour.
export function installMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ label: 'Anskaff', submenu: [{ role: 'about' as const, label: 'Om Anskaff' }, { type: 'separator' as const }, { role: 'quit' as const, label: 'Avslutt Anskaff' }] }] : []),
    { label: 'Fil', submenu: [{ role: process.platform === 'darwin' ? 'close' : 'quit', label: process.platform === 'darwin' ? 'Lukk vindu' : 'Avslutt' }] },
    {
      label: 'Rediger',
      submenu: [
        { role: 'undo', label: 'Angre' },
        { role: 'redo', label: 'Gjør om' },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopier' },
        { role: 'paste', label: 'Lim inn' },
        { role: 'selectAll', label: 'Merk alt' },
      ],
    },
    {
      label: 'Vis',
      submenu: [
        { role: 'reload', label: 'Last inn på nytt' },
        { type: 'separator' },
        { role: 'resetZoom', label: 'Faktisk størrelse' },
        { role: 'zoomIn', label: 'Zoom inn' },
        { role: 'zoomOut', label: 'Zoom ut' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Fullskjerm' },
      ],
    },
    {
      label: 'Hjelp',
      submenu: [
        {
          label: 'Om Anskaff',
          click: () =>
            void dialog.showMessageBox({ type: 'info', title: 'Om Anskaff', message: `Anskaff ${app.getVersion()}`, detail: 'Saksregister og lederrapporter for innkjøpskontoret. Virker uten nett.' }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
