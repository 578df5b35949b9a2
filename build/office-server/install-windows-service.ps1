# Anskaff's office server as a Windows service, with NSSM (the Non-Sucking
# Service Manager, https://nssm.cc): node is a console program, which the
# Service Control Manager cannot run by itself (sc.exe create on node.exe
# starts it and then kills it after 30 s for not answering the SCM), so a
# wrapper that answers for it is needed: NSSM here, or WinSW.
#
# Run in an elevated PowerShell on the server, after:
#   - Node.js LTS installed (https://nodejs.org), and nssm.exe on PATH
#   - the app in $App (git clone or unpacked release) with `npm ci` run in it
#   - the first administrator made (README "Kontorserver (flere brukere)"):
#       npm run server -- --data-dir D:\Anskaff\data --add-admin <username>
# The commands are the office server's (npm run server, docs/office-protocol).

param(
  [string]$App = 'C:\Anskaff\app',
  [string]$Data = 'D:\Anskaff\data',
  [string]$Listen = '0.0.0.0:8443',
  # With the municipality's own certificate: -TlsCert C:\Anskaff\tls\anskaff.crt -TlsKey C:\Anskaff\tls\anskaff.key
  [string]$TlsCert = '',
  [string]$TlsKey = '',
  [string]$Account = 'NT AUTHORITY\LocalService'
)
$ErrorActionPreference = 'Stop'

$npm = (Get-Command npm.cmd).Source
$arguments = "run server -- --data-dir `"$Data`" --listen $Listen"
if ($TlsCert -and $TlsKey) { $arguments += " --tls-cert `"$TlsCert`" --tls-key `"$TlsKey`"" }

New-Item -ItemType Directory -Force -Path $Data, "$Data\logs" | Out-Null
# The service's account may write the data folder (the register, its backups, the certificate), nothing else.
icacls $Data /grant "${Account}:(OI)(CI)M" | Out-Null

nssm install Anskaff $npm $arguments
nssm set Anskaff AppDirectory $App
nssm set Anskaff DisplayName 'Anskaff office server'
nssm set Anskaff Description 'Procurement register for the office (HTTPS)'
nssm set Anskaff ObjectName $Account
nssm set Anskaff Start SERVICE_AUTO_START
# The certificate's fingerprint is printed at first start: it is in this file.
nssm set Anskaff AppStdout "$Data\logs\server.log"
nssm set Anskaff AppStderr "$Data\logs\server.log"
nssm set Anskaff AppRotateFiles 1
nssm set Anskaff AppRotateBytes 10485760
# Ctrl+C first, so the server closes the register cleanly, then wait before ending it.
nssm set Anskaff AppStopMethodConsole 20000
nssm set Anskaff AppExit Default Restart

# Only the office's network may reach the port (narrow -RemoteAddress to the office's subnet).
New-NetFirewallRule -DisplayName 'Anskaff (HTTPS 8443)' -Direction Inbound -Protocol TCP `
  -LocalPort ($Listen.Split(':')[-1]) -Action Allow -Profile Domain | Out-Null

nssm start Anskaff
Write-Host "Anskaff runs as a service. Fingerprint and address: $Data\logs\server.log"
