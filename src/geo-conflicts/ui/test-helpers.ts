/** Shared by the UI tests: English messages registered, and a normalised sample answer. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { registerMessages } from '../../core/messages';
import bundle from 'i18n:geo-conflicts';
import { normaliseAnswer } from '../data/normalise';
import { DEFAULT_SECTOR_MAP } from '../data/sectors';
import type { ConflictSet } from '../data/types';

const REPO = path.resolve( __dirname, '../../..' );

export function registerEnglish(): void {
	registerMessages( { en: bundle.en } );
}

export function sampleSet( file = 'all.json' ): ConflictSet {
	const data = JSON.parse( readFileSync( path.join( REPO, 'localwiki/sample-data/query.wikidata.org/sparql/geo-conflicts', file ), 'utf8' ) );
	return normaliseAnswer( data, { sectorMap: DEFAULT_SECTOR_MAP, languages: [ 'en' ], siteId: 'eswiki', now: Date.UTC( 2026, 10, 26 ) } );
}
