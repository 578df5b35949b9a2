import { exportKinds, printKinds } from '../core/index.js';
import { fileExporter, printJob } from '../service/exporter.js';
import type { ElectronPrinter } from './printer.js';
import type { Service } from '../service/index.js';
import { exportChannelOf, printChannelOf } from './channels.js';
import type { OfficeConnection } from './officeConnection.js';
import { answering, localeOf, untrustedSender, type IpcMainLike } from './ipc.js';

/**
 * Reports as files over IPC (briefing packs as PDF or Word): the sender is
 * checked first; the input is validated by the export schema and the
 * contract as over HTTP; the bytes go back to the renderer, which saves them.
 */
export function registerExportIpc(
  ipcMain: IpcMainLike,
  service: Service,
  printer: Pick<ElectronPrinter, 'pdf' | 'print' | 'close'>,
  appUrl: string,
  by: string,
  isTrusted: (frameUrl: string | undefined | null) => boolean,
  /** In office mode the server makes the files; printing prints its data through this app's print page. */
  office?: Pick<OfficeConnection, 'active' | 'exportFile' | 'printJob'>,
): string[] {
  const exporter = fileExporter(service, printer, by);
  return exportKinds.map((kind) => {
    const channel = exportChannelOf(kind);
    ipcMain.handle(channel, async (event, input, locale) => {
      if (!isTrusted(event.senderFrame?.url)) return untrustedSender();
      const loc = localeOf(locale);
      return answering(loc, async () => {
        const r = office?.active ? await office.exportFile(kind, input, loc) : await exporter(kind, input, loc, appUrl);
        return r.ok
          ? { ok: true, file: { bytes: r.bytes, fileName: r.fileName, contentType: r.contentType, pages: r.pages } }
          : r;
      });
    });
    // "Skriv ut": the same route straight to a printer, through the system's print dialog (reports only, not bundles).
    if ((printKinds as readonly string[]).includes(kind))
      ipcMain.handle(printChannelOf(kind), async (event, input, locale) => {
        if (!isTrusted(event.senderFrame?.url)) return untrustedSender();
        const loc = localeOf(locale);
        return answering(loc, async () => {
          const job = office?.active
            ? await office.printJob(kind, input, loc, appUrl)
            : printJob(service, appUrl, kind, input, loc);
          return job.ok ? { ok: true, printed: await printer.print(job.url) } : job;
        });
      });
    return channel;
  });
}
