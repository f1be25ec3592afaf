/** What only the shell can do (native dialogs); tests pass their own. */
export interface CorePorts {
  /**
   * A native folder dialog. `purpose` says what the folder is for, so a machine policy can hold
   * each kind to its own allowed folders (exports by default: the strictest reading).
   */
  chooseFolder?: (defaultPath: string, purpose?: FolderPurpose) => Promise<string | null>;
  /** A native "save as" dialog: the full path the user chose, or null when cancelled. */
  chooseSaveFile?: (request: SaveFileRequest) => Promise<string | null>;
  /** A native "open" dialog: the chosen files (one unless `multiple`), or null when cancelled. */
  chooseOpenFiles?: (request: OpenFileRequest) => Promise<string[] | null>;
}

/** `kind` names the file type for the dialog's filter (label from the shell's texts). */
export interface SaveFileRequest {
  defaultName: string;
  kind: ExportFileKind;
  /** The folder the dialog opens in (the machine policy's export folder); the shell's default otherwise. */
  defaultFolder?: string;
}

export type FolderPurpose = 'vault' | 'export' | 'backup';

export interface OpenFileRequest {
  kind: ExportFileKind;
  multiple?: boolean;
}

/**
 * `documents`: the files a case may keep (open); `anyFile`: a document's copy, whatever its type (save);
 * `docx`: a Word document (papers, own templates); `image`: a PNG or JPEG (the letterhead's logo).
 */
export type ExportFileKind =
  | 'json'
  | 'csv'
  | 'pdf'
  | 'markdown'
  | 'checkpoint'
  | 'backup'
  | 'archive'
  | 'documents'
  | 'anyFile'
  | 'spreadsheet'
  | 'zip'
  | 'docx'
  | 'image';
