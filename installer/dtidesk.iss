; Inno Setup 6.3 or newer: installs the one-folder build for the current user, without administrator
; rights (PrivilegesRequired=lowest: {autopf} is %LOCALAPPDATA%\Programs, HKCU for the file association).
; From the checkout, after PyInstaller wrote dist\DTIDesk (docs/windows-build.md):
;   iscc installer\dtidesk.iss
; Both defines can be overridden: iscc /DDistDir=D:\build\dist\DTIDesk /DAppVersion=0.2.0 installer\dtidesk.iss

#define AppName "DTI Desk"
#define ExeName "DTIDesk.exe"
; The version of [project] in pyproject.toml (tests/packaging/test_installer_script.py keeps them equal).
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
; The folder build_installer.spec produces (its COLLECT name, spec_data.EXE_NAME).
#ifndef DistDir
  #define DistDir "..\dist\DTIDesk"
#endif
; Vietnamese.isl is one of Inno Setup's unofficial translations, not installed with it: copy it into the
; compiler's Languages folder to get Vietnamese setup pages. Without it the pages are in English.
#define Vietnamese FileExists(CompilerPath + "Languages\Vietnamese.isl")

[Setup]
AppId={{4F01CC71-AB40-4796-96D2-6F9037CF83BB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\resources\icons\dtidesk.ico
UninstallDisplayIcon={app}\{#ExeName}
OutputDir=..\dist
OutputBaseFilename=DTIDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The first language is used whatever the language of Windows.
LanguageDetectionMethod=none
ShowLanguageDialog=no

[Languages]
#if Vietnamese
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.FileTypeName=DTI Desk data file
#if Vietnamese
vietnamese.FileTypeName=Tệp dữ liệu DTI Desk
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

; .dtidesk files open in DTI Desk: per user, under HKCU\Software\Classes, removed on uninstall.
[Registry]
Root: HKCU; Subkey: "Software\Classes\.dtidesk"; ValueType: string; ValueName: ""; ValueData: "DTIDesk.File"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.dtidesk\OpenWithProgids"; ValueType: string; ValueName: "DTIDesk.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\DTIDesk.File"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\DTIDesk.File\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"
Root: HKCU; Subkey: "Software\Classes\DTIDesk.File\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
