/** Texts of the feature "vault": German is the source language. Placeholders use `{name}`. */
export const vaultDe = {
  'setup.title': 'Fallbuch einrichten',
  'setup.intro': 'Fallbuch speichert alle Angaben verschlüsselt in einem Tresor. Die Einrichtung hat vier Schritte.',
  'setup.stepsLabel': 'Schritte der Einrichtung',
  'setup.progress': 'Schritt {current} von {total}',
  'setup.stepDone': 'erledigt',
  'setup.step.location': 'Speicherort',
  'setup.step.supervisor': 'Konto der Leitung',
  'setup.step.counsellor': 'Konto der Beratungs\u00ADfachkraft',
  'setup.step.recovery': 'Schlüssel verwahren',
  'setup.location.heading': 'Wo soll der Tresor liegen?',
  'setup.location.explain':
    'Wählen Sie einen leeren Ordner, auf den nur berechtigte Personen Zugriff haben. Fehlt der Ordner, wird er angelegt.',
  'setup.location.label': 'Ordner des Tresors',
  'setup.location.choose': 'Ordner wählen …',
  'setup.location.chosen': 'Ordner übernommen: {vaultDir}',
  'setup.location.networkSuggested':
    'Dieser Ordner liegt auf einem Netzlaufwerk oder in einem Ordner, der mit einem Server abgeglichen wird. Dort kann die Tresordatei beschädigt werden; Fallbuch legt den Tresor dort nur an, wenn Ihre IT es erlaubt. Bitte wählen Sie einen Ordner auf diesem Rechner.',
  'setup.together':
    'Leitung und erste Beratungsfachkraft richten Fallbuch gemeinsam ein: Die Schlüssel der Leitung schützen das Zugriffsprotokoll vom ersten Eintrag an, damit sich später prüfen lässt, dass niemand es verändert hat.',
  'setup.supervisor.heading': 'Konto der Leitung',
  'setup.supervisor.explain':
    'Die Leitung verwaltet die Konten und prüft das Zugriffsprotokoll. Fallinhalte sieht sie nicht. Die Leitung gibt ihr Kennwort selbst ein.',
  'setup.counsellor.heading': 'Konto der ersten Beratungsfachkraft',
  'setup.counsellor.explain':
    'Mit diesem Konto werden die Fälle geführt; nach der Einrichtung sind Sie damit angemeldet. Die Beratungsfachkraft gibt ihr Kennwort selbst ein.',
  'setup.create': 'Tresor anlegen',
  'setup.creating': 'Der Tresor wird angelegt. Das dauert einige Sekunden …',
  'setup.recovery.heading': 'Ihr Wiederherstellungsschlüssel',
  'setup.recovery.explain':
    'Mit diesem Schlüssel lässt sich ein Konto wieder öffnen, wenn ein Kennwort vergessen wurde. Er wird nur jetzt ein einziges Mal angezeigt.',
  'setup.recovery.instructions':
    'Drucken Sie den Schlüssel aus oder schreiben Sie ihn ab und verwahren Sie ihn verschlossen, zum Beispiel im Tresor der Dienststelle. Speichern Sie ihn nicht als Datei auf diesem Computer.',
  'setup.recovery.keyLabel': 'Wiederherstellungsschlüssel',
  'setup.recovery.print': 'Drucken',
  'setup.recovery.copy': 'Kopieren',
  'setup.recovery.copied': 'Der Schlüssel ist in der Zwischenablage. Kopieren Sie danach etwas anderes, damit er dort nicht liegen bleibt.',
  'setup.recovery.copyFailed': 'Kopieren war nicht möglich. Bitte drucken Sie den Schlüssel oder schreiben Sie ihn ab.',
  'setup.recovery.confirm': 'Ich habe den Wiederherstellungsschlüssel sicher verwahrt.',
  'setup.recovery.confirmNeeded': '„Weiter“ ist erst möglich, wenn Sie bestätigt haben, dass der Schlüssel sicher verwahrt ist.',
  'setup.recovery.printTitle': 'Fallbuch – Wiederherstellungsschlüssel',
  'setup.recovery.printVault': 'Tresor: {vaultDir}',
  'setup.recovery.printDate': 'Erstellt am {date}',
  'setup.recovery.printUsage':
    'So wird er benutzt: Fallbuch öffnen, „Mit Wiederherstellungsschlüssel entsperren“ wählen, das Konto auswählen, diesen Schlüssel eingeben und ein neues Kennwort festlegen.',
  'setup.recovery.printKeep':
    'Verwahren Sie dieses Blatt verschlossen, zum Beispiel im Tresor der Dienststelle: Wer es hat, kann damit jedes Konto dieses Tresors öffnen.',
  'unlock.title': 'Fallbuch entsperren',
  'unlock.account': 'Konto',
  'unlock.accountTyped': 'Name des Kontos',
  'unlock.submit': 'Entsperren',
  'unlock.working': 'Das Kennwort wird geprüft …',
  'unlock.opening': 'Der Tresor wird geöffnet und geprüft …',
  'unlock.countdown': 'Zu viele Fehlversuche. Der nächste Versuch ist in {seconds} Sekunden möglich.',
  'unlock.ready': 'Sie können es jetzt wieder versuchen.',
  'unlock.autoLocked':
    'Fallbuch wurde gesperrt, weil eine Zeit lang nichts eingegeben wurde. Nicht gespeicherte Eingaben wurden verworfen.',
  'unlock.locked': 'Fallbuch ist gesperrt.',
  'unlock.useRecovery': 'Mit Wiederherstellungsschlüssel entsperren',
  'unlock.problemHeading': 'Der Tresor kann nicht geöffnet werden',
  'unlock.problemHelp': 'Wenden Sie sich an Ihre Leitung oder die IT-Betreuung. Es wurden keine Daten verändert.',
  'unlock.vaultDir': 'Tresor: {vaultDir}',
  'recovery.title': 'Mit Wiederherstellungsschlüssel entsperren',
  'recovery.explain':
    'Geben Sie den Wiederherstellungsschlüssel aus der Einrichtung ein und legen Sie ein neues Kennwort für das Konto fest.',
  'recovery.key': 'Wiederherstellungsschlüssel',
  'recovery.keyHint': '13 Gruppen zu je 4 Zeichen. Groß- und Kleinschreibung, Leerzeichen und Bindestriche sind egal.',
  'recovery.newPassphrase': 'Neues Kennwort',
  'recovery.newPassphraseConfirm': 'Neues Kennwort wiederholen',
  'recovery.submit': 'Entsperren und Kennwort festlegen',
  'recovery.back': 'Zurück zur Anmeldung mit Kennwort',
  'error.VAULT_ON_NETWORK':
    'Der Ordner {vaultDir} liegt auf einem Netzlaufwerk, einer Netzfreigabe oder in einem Ordner, der mit einem Server abgeglichen wird (servergespeichertes Profil, OneDrive). Dort kann die Tresordatei beschädigt werden. Bitte wählen Sie einen Ordner auf diesem Rechner. Netzlaufwerke kann nur Ihre IT in der Richtlinie erlauben.',
  'error.VAULT_IN_USE':
    'Der Tresor ist gerade an einem anderen Arbeitsplatz oder in einem anderen Fallbuch-Fenster geöffnet. Er kann nur an einer Stelle zugleich geöffnet sein. Bitte sperren Sie ihn dort oder schließen Sie Fallbuch dort, dann versuchen Sie es erneut. Es wurde nichts verändert.',
  'error.VAULT_DAMAGED':
    'Die Tresordatei ist beschädigt und kann nicht geöffnet werden. Sie wurde unverändert beiseitegelegt (Ordner „{quarantine}“). Stellen Sie bitte die neueste Sicherung wieder her.',
  'vault.location.local': 'Speicherort: lokaler Datenträger dieses Rechners.',
  'vault.location.removable':
    'Speicherort: Wechseldatenträger (z. B. USB-Stick). Bitte nicht entfernen, solange Fallbuch geöffnet ist, und regelmäßig sichern.',
  'vault.location.unknown':
    'Die Art des Speicherorts konnte nicht festgestellt werden. Bitte legen Sie den Tresor möglichst auf einen lokalen Datenträger.',
  'vault.location.network':
    'Speicherort: Netzlaufwerk. Ihre Organisation erlaubt das; Fallbuch öffnet den Tresor deshalb exklusiv (ein Arbeitsplatz zur Zeit) und ohne Write-Ahead-Log.',
  'vault.location.exclusiveNote':
    'Netzlaufwerk: Der Tresor ist exklusiv geöffnet – an keinem anderen Arbeitsplatz kann er gleichzeitig geöffnet werden.',
  'vault.damaged.heading': 'Die Tresordatei ist beschädigt',
  'vault.damaged.explain':
    'Beim Öffnen hat Fallbuch festgestellt, dass die Tresordatei beschädigt ist (zum Beispiel nach einem Stromausfall oder einem Fehler des Datenträgers). Die Datei wurde nicht verändert: Sie liegt unverändert im Ordner „{quarantine}“ (beiseitegelegt am {date}), damit Ihre IT sie prüfen kann.',
  'vault.damaged.restoreNewest': 'Neueste Sicherung wiederherstellen',
  'vault.damaged.newest': 'Neueste bekannte Sicherung: {file}',
  'vault.damaged.noNewest': 'Fallbuch kennt auf diesem Rechner keine Sicherung. Wählen Sie die Sicherungsdatei selbst aus.',
  'vault.damaged.chooseOther': 'Andere Sicherung wählen …',
  'vault.damaged.help':
    'Alles, was nach der Sicherung eingetragen wurde, fehlt danach. Ihre Leitung oder Ihre IT kann mit dem Wiederherstellungsschlüssel versuchen, aus der beiseitegelegten Datei noch Angaben zu retten.',
} as const;
