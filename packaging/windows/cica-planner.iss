; Inno Setup 6 script of the Windows installer of CICA Planner.
;
; Build the bundle first (dist\cica-planner\ with cica-planner.exe), then, from the checkout:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\cica-planner.iss
; or run packaging\windows\build.ps1, which does both. The installer is written to
; dist\cica-planner-VERSION-windows-setup.exe. Paths here are relative to this file.
;
; It installs for the current user without administrator rights (into
; %LOCALAPPDATA%\Programs\CICA Planner), or for all users when run as administrator; adds a
; Start-menu entry with the app icon; and registers an uninstaller in Settings > Apps. The
; calendar, settings and logs live in the user's profile and are kept by the uninstaller.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z packaging\windows\cica-planner.iss
#endif
#define AppName "CICA Planner"
#define AppId "org.s_cica.Planner"
#define ExeName "cica-planner.exe"
#define CliName "cica-planner-cli.exe"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CICA Secretariat
AppPublisherURL=https://www.s-cica.org/
AppCopyright=CICA Secretariat
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=cica-planner-{#AppVersion}-windows-setup
SetupIconFile=cica-planner.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle; an update replaces every file, and files of an older version
; that the new one no longer has are removed first (see [InstallDelete]).
Source: "..\..\dist\cica-planner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "cica-planner.ico"; DestDir: "{app}"; Flags: ignoreversion

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#ExeName}"; IconFilename: "{app}\cica-planner.ico"; AppUserModelID: "{#AppId}"; Comment: "Plan CICA events, chairmanships and preparation checklists"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; IconFilename: "{app}\cica-planner.ico"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
