; Inno Setup script of the Windows installer (built on a Windows machine; see README "Installer").
;   1. installer\windows\build.ps1         (PyInstaller onedir bundle in dist\fmdesk)
;   2. iscc installer\windows\fmdesk.iss   (writes dist\fmdesk-<version>-setup.exe)
; Installs per machine under Program Files, adds Start-menu and optional desktop shortcuts that
; run the console-less launcher (fmdeskw.exe gui), and puts fmdesk.exe on no PATH by default.
#define AppName "fmdesk"
#define AppNameZh "物业工程工作站"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Bundle "..\..\dist\fmdesk"

[Setup]
AppId={{6E0C8B1F-7E9B-4C63-9E2A-4F0D18B18B18}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=fmdesk
DefaultDirName={autopf}\fmdesk
DefaultGroupName=fmdesk
OutputDir=..\..\dist
OutputBaseFilename=fmdesk-{#AppVersion}-setup
SetupIconFile=..\icons\fmdesk.ico
UninstallDisplayIcon={app}\fmdesk.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add fmdesk.exe to PATH (command line)"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppNameZh} (fmdesk)"; Filename: "{app}\fmdeskw.exe"; Parameters: "gui"; IconFilename: "{app}\fmdesk.exe"
Name: "{group}\fmdesk 示例楼 (sample building)"; Filename: "{app}\fmdeskw.exe"; Parameters: "gui ""{app}\samples\sample_residential_ifc4.ifc"""; IconFilename: "{app}\fmdesk.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\fmdeskw.exe"; Parameters: "gui"; IconFilename: "{app}\fmdesk.exe"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: IsAdminInstallMode

[Run]
Filename: "{app}\fmdeskw.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
