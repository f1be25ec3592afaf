/** User Timing marks for the bench: the bytes have arrived in the window; the first page is painted. */
export const DOCUMENT_BYTES_MARK = 'fallbuch:document-bytes';
export const DOCUMENT_PAINTED_MARK = 'fallbuch:document-painted';
