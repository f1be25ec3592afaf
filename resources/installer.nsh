; Included by electron-builder's NSIS installer (electron-builder.yml: nsis.include).
; The welcome page says what IT and users must know: Fallbuch never updates itself.
!macro customWelcomePage
  !define MUI_WELCOMEPAGE_TITLE "Fallbuch ${VERSION} installieren"
  !define MUI_WELCOMEPAGE_TEXT "Fallbuch ist ein verschlüsseltes Fallbuch. Alle Daten bleiben verschlüsselt auf diesem Rechner.$\r$\n$\r$\nFallbuch aktualisiert sich nicht selbst und baut keine Netzwerkverbindungen auf. Neue Versionen verteilt Ihre IT.$\r$\n$\r$\nDer Tresor liegt im lokalen Anwendungsdatenordner des Benutzers (%LOCALAPPDATA%\Fallbuch\Tresor) und bleibt bei einer Deinstallation erhalten."
  !insertmacro MUI_PAGE_WELCOME
!macroend
