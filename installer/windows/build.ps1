# Windows build of the fmdesk bundle (run in PowerShell from the repository root):
#   py -3.11 -m venv .venv; .venv\Scripts\pip install -e ".[installer]"
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
# Then compile the installer with Inno Setup 6: iscc installer\windows\fmdesk.iss
$ErrorActionPreference = "Stop"
$python = ".venv\Scripts\python.exe"
$version = & $python -c "import fmdesk; print(fmdesk.__version__)"
& ".venv\Scripts\pyinstaller.exe" --noconfirm --distpath dist --workpath build\pyinstaller installer\fmdesk.spec
$bundle = "dist\fmdesk"
New-Item -ItemType Directory -Force "$bundle\samples" | Out-Null
Copy-Item ifc_samples\*.ifc, ifc_samples\README.md "$bundle\samples\"
if (Test-Path docs\manual) { Copy-Item -Recurse -Force docs\manual "$bundle\manual" }
& "$bundle\fmdesk.exe" info "$bundle\samples\sample_residential_ifc4.ifc" --json | Out-Null
if ($LASTEXITCODE -ne 0) { throw "the bundle does not run" }
Write-Host "bundle ready: $bundle (version $version); next: iscc /DAppVersion=$version installer\windows\fmdesk.iss"
