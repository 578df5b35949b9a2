/** Reports the hosts make as files (`POST /export/<kind>`, IPC `export:<kind>` and `print:<kind>`). */
export const exportKinds = ['briefing', 'protocol'] as const;
export type ExportKind = (typeof exportKinds)[number];
