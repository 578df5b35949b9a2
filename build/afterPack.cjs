// electron-builder's afterPack hook: flips Electron's fuses in the packaged
// binary before it is signed, so an installed Anskaff cannot be turned into a
// plain Node.js (RunAsNode), be driven by NODE_OPTIONS or --inspect, or run
// an app.asar other than the one it shipped with (Electron's security
// checklist, "Flip Electron fuses"; https://www.electronjs.org/docs/latest/tutorial/fuses).
// test/build/builderConfig.test.ts reads FUSES, so a change here is seen.
const path = require('node:path');

/** Each fuse by its name in @electron/fuses' FuseV1Options, and the state we ship it in. */
const FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  // The app is served from app://anskaff/ (electron/appProtocol.ts): file:// needs no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
};

/** The Electron binary electron-builder wrote: Anskaff.exe, Anskaff.app, or the Linux executable. */
function binaryOf(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  if (electronPlatformName === 'darwin') return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  return path.join(appOutDir, packager.executableName);
}

async function afterPack(context) {
  const { flipFuses, FuseVersion, FuseV1Options } = await import('@electron/fuses');
  const wire = { version: FuseVersion.V1 };
  for (const [name, on] of Object.entries(FUSES)) {
    if (!(name in FuseV1Options)) throw new Error(`afterPack: @electron/fuses has no fuse ${name}`);
    wire[FuseV1Options[name]] = on;
  }
  // An ad-hoc signature on Apple silicon is invalidated by the flip; electron-builder signs again after this hook.
  if (context.electronPlatformName === 'darwin') wire.resetAdHocDarwinSignature = true;
  await flipFuses(binaryOf(context), wire);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.binaryOf = binaryOf;
