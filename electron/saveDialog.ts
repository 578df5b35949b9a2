import path from 'node:path';
import type { Locale } from '../core/index.js';

// The save dialog for a file the app made: the suggested name in the user's
// Documents folder, and a filter for its kind so Windows keeps the extension.
const KINDS: Record<string, { nb: string; en: string }> = {
  pdf: { nb: 'PDF-dokument', en: 'PDF document' },
  docx: { nb: 'Word-dokument', en: 'Word document' },
  xlsx: { nb: 'Excel-regneark', en: 'Excel workbook' },
  json: { nb: 'JSON (OCDS)', en: 'JSON (OCDS)' },
  anskaff: { nb: 'Anskaff-pakke', en: 'Anskaff bundle' },
};

const WORDS = {
  title: { nb: 'Lagre som', en: 'Save as' },
  button: { nb: 'Lagre', en: 'Save' },
  folderTitle: { nb: 'Velg mappe for ekstra sikkerhetskopi', en: 'Choose a folder for an extra backup copy' },
  folderButton: { nb: 'Bruk denne mappen', en: 'Use this folder' },
};

export function saveDialogOptions(fileName: string, documentsDir: string, locale: Locale) {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  const kind = KINDS[ext];
  return {
    title: WORDS.title[locale],
    defaultPath: path.join(documentsDir, fileName),
    buttonLabel: WORDS.button[locale],
    filters: kind ? [{ name: kind[locale], extensions: [ext] }] : [],
  };
}

/** The folder dialog for the extra backup folder (a network share or USB disk). */
export function backupFolderDialogOptions(locale: Locale) {
  return { title: WORDS.folderTitle[locale], buttonLabel: WORDS.folderButton[locale], properties: ['openDirectory' as const, 'createDirectory' as const] };
}
