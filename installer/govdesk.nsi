; Windows installer of govdesk: the PyInstaller folder (dist\govdesk, built on Windows by installer/build.sh's
; PyInstaller step) into Program Files, Start menu and desktop shortcuts, an uninstaller, and the entry in
; 控制面板 › 程序和功能. The window's data (database, notices, settings) lives in the user's profile and is kept on
; uninstall: a center's cases are never deleted by removing the program.
;
;     makensis -DDIST=dist/govdesk -DVERSION=0.1.0 installer/govdesk.nsi
;
; Checked on Linux with makensis (tests/e2e/test_packages.py).
Unicode true
!include "MUI2.nsh"

!ifndef DIST
  !define DIST "..\dist\govdesk"
!endif
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "govdesk-${VERSION}-setup.exe"
!endif
!define APPNAME "govdesk"
!define DISPLAYNAME "政务服务窗口工作台"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\govdesk"

Name "${DISPLAYNAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "Software\${APPNAME}" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

Section "govdesk" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${DIST}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\${APPNAME}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${DISPLAYNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "govdesk"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  CreateDirectory "$SMPROGRAMS\${DISPLAYNAME}"
  CreateShortcut "$SMPROGRAMS\${DISPLAYNAME}\${DISPLAYNAME}.lnk" "$INSTDIR\govdesk.exe"
  CreateShortcut "$SMPROGRAMS\${DISPLAYNAME}\卸载.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${DISPLAYNAME}.lnk" "$INSTDIR\govdesk.exe"
SectionEnd

Section "Uninstall"
  Delete "$DESKTOP\${DISPLAYNAME}.lnk"
  RMDir /r "$SMPROGRAMS\${DISPLAYNAME}"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTKEY}"
  DeleteRegKey HKLM "Software\${APPNAME}"
SectionEnd
