/** Files the hosts make on request (`POST /export/<kind>`, IPC `export:<kind>`). */
export const exportKinds = ['briefing', 'protocol', 'bundle', 'xlsx'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** The reports among them that can also go straight to a printer (IPC `print:<kind>`). */
export const printKinds = ['briefing', 'protocol'] as const satisfies readonly ExportKind[];
