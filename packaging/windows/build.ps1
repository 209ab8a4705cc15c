# Build the Windows bundle and installer of CICA Planner, from the root of a checkout:
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.12 (64-bit) with the project installed (python -m pip install -e ".[test]")
# and Inno Setup 6. Writes dist\cica-planner\ (the bundle: cica-planner.exe for the window,
# cica-planner-cli.exe for the command line) and dist\cica-planner-VERSION-windows-setup.exe.
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

$version = (Select-String -Path "cica_planner\__init__.py" -Pattern '^__version__ = "(.+)"$').Matches[0].Groups[1].Value
$python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
$iscc = if ($env:ISCC) { $env:ISCC } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 not found at $iscc; install it or set ISCC to ISCC.exe" }

Write-Host "Building CICA Planner $version"
$env:PYTHONPATH = "$root"
& $python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\cica_planner.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The bundle must work away from the checkout before it is packed: the command line on a new
# calendar, and a smoke start of the window (it quits by itself once shown).
$check = Join-Path $env:TEMP "cica-planner-build-check"
Remove-Item -Recurse -Force $check -ErrorAction SilentlyContinue
New-Item -ItemType Directory $check | Out-Null
Push-Location $check
try {
    $cli = "$root\dist\cica-planner\cica-planner-cli.exe"
    & $cli --version
    if ($LASTEXITCODE -ne 0) { throw "the bundle does not start" }
    & $cli --db "$check\check.sqlite3" list --json --from 2024-06-27 --to 2024-06-27 | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "the bundle cannot list a new calendar" }
    $env:CICA_PLANNER_SMOKE_START = "1"
    & $cli --db "$check\check.sqlite3"
    if ($LASTEXITCODE -ne 0) { throw "the window of the bundle does not open" }
} finally {
    Remove-Item Env:CICA_PLANNER_SMOKE_START -ErrorAction SilentlyContinue
    Pop-Location
}

& $iscc "/DAppVersion=$version" packaging\windows\cica-planner.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Installer: $root\dist\cica-planner-$version-windows-setup.exe"
