/**
 * The languages whose label and description decide a guessed sector, in the order they are tried:
 * fixed, so the sector is the same for every reader (issue 23 item 2). Its own small module: the
 * query (sparql.ts, also in the probe) needs the list, not the keyword tables of sectors.ts (a
 * unit test keeps both equal).
 */
export const SECTOR_TEXT_LANGUAGES: readonly string[] = [ 'en', 'es', 'pt', 'fr', 'it', 'de', 'ja' ];
