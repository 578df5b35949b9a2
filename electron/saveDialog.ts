import path from 'node:path';
import { defineMessages, hasMessage, translator, type Locale } from '../core/index.js';

// The save dialog for a file the app made: the suggested name in the user's
// Documents folder, and a filter for its kind so Windows keeps the extension.
export const kindWords = defineMessages({
  pdf: { nb: 'PDF-dokument', nn: 'PDF-dokument', en: 'PDF document' },
  docx: { nb: 'Word-dokument', nn: 'Word-dokument', en: 'Word document' },
  xlsx: { nb: 'Excel-regneark', nn: 'Excel-rekneark', en: 'Excel workbook' },
  json: { nb: 'JSON (OCDS)', nn: 'JSON (OCDS)', en: 'JSON (OCDS)' },
  anskaff: { nb: 'Anskaff-pakke', nn: 'Anskaff-pakke', en: 'Anskaff bundle' },
});
const kindName = translator(kindWords);

export const saveDialogWords = defineMessages({
  title: { nb: 'Lagre som', nn: 'Lagre som', en: 'Save as' },
  button: { nb: 'Lagre', nn: 'Lagre', en: 'Save' },
  folderTitle: {
    nb: 'Velg mappe for ekstra sikkerhetskopi',
    nn: 'Vel mappe for ekstra tryggingskopi',
    en: 'Choose a folder for an extra backup copy',
  },
  folderButton: { nb: 'Bruk denne mappen', nn: 'Bruk denne mappa', en: 'Use this folder' },
});
const words = translator(saveDialogWords);

export function saveDialogOptions(fileName: string, documentsDir: string, locale: Locale) {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  return {
    title: words('title', locale),
    defaultPath: path.join(documentsDir, fileName),
    buttonLabel: words('button', locale),
    filters: hasMessage(kindWords, ext) ? [{ name: kindName(ext, locale), extensions: [ext] }] : [],
  };
}

/** The folder dialog for the extra backup folder (a network share or USB disk). */
export function backupFolderDialogOptions(locale: Locale) {
  return {
    title: words('folderTitle', locale),
    buttonLabel: words('folderButton', locale),
    properties: ['openDirectory' as const, 'createDirectory' as const],
  };
}
