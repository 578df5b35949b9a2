// Files the user chooses travel to the host as base64 in the contract's JSON (over IPC and HTTP alike).

/** A chosen file as base64, the way the contract carries it. */
export function fileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
}
