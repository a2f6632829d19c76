// Derives the country and wiki facts the gadgets use from the Wikimedia Foundation's canonical
// tables (wikimedia-research/canonical-data: country/countries.tsv, wiki/wikis.tsv; moved to
// gitlab.wikimedia.org/repos/movement-insights/canonical-data in 2024-08, the GitHub copy then
// blanked). Reads the tables from a folder (default: the shared real-data folder beside the
// checkout, ../shared/real-data/canonical-data), never copies them: it writes only the facts,
// with the tables' commits, to
//   src/geo-editors/data/canonical-countries.json  (protection lists by date, risk classes)
//   src/core/wikipedia-languages.json               (Wikipedia subdomain → language code, where
//                                                    they differ: Content Translation's codes)
//   src/core/country-codes.json                     (Wikidata item → ISO 3166-1 alpha-2 code:
//                                                    country names in the reader's language)
//
//   node build/canonical-data.mjs [DIR]
//
// tests/unit/canonical-data.test.ts holds the files in src/ (and m49.ts) to the tables.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve( path.dirname( fileURLToPath( import.meta.url ) ), '..' );

/** The tables read, with the commit of wikimedia-research/canonical-data each one is from. */
export const TABLES = {
	countries: { file: 'countries-2024-08-02.tsv', path: 'country/countries.tsv', commit: 'd013b321', date: '2024-08-02' },
	countriesBefore2024: { file: 'countries-2023-12-22.tsv', path: 'country/countries.tsv', commit: '82d5be95', date: '2023-12-22' },
	wikis: { file: 'wikis-2024-08-02.tsv', path: 'wiki/wikis.tsv', commit: 'd013b321', date: '2024-08-02' }
};

export const OUTPUTS = {
	countries: path.join( ROOT, 'src/geo-editors/data/canonical-countries.json' ),
	languages: path.join( ROOT, 'src/core/wikipedia-languages.json' ),
	items: path.join( ROOT, 'src/core/country-codes.json' )
};

/** The default folder of the tables: the shared real-data folder beside the checkout. */
export function defaultDir() {
	return [ path.resolve( ROOT, '../shared/real-data/canonical-data' ), path.resolve( ROOT, '../../shared/real-data/canonical-data' ) ]
		.find( ( d ) => existsSync( d ) ) || null;
}

/** A TSV table as objects by its header. */
export function readTable( dir, file ) {
	const [ head, ...lines ] = readFileSync( path.join( dir, file ), 'utf8' ).split( '\n' ).filter( ( l ) => l ).map( ( l ) => l.replace( /\r$/, '' ).split( '\t' ) );
	return lines.map( ( f ) => Object.fromEntries( head.map( ( h, i ) => [ h, f[ i ] ?? '' ] ) ) );
}

/**
 * Where MediaWiki's language code of a Wikipedia differs from the Foundation's table: no.wikipedia
 * has `no` in wikis.tsv, but its content language (and Content Translation's code for it) is `nb`
 * (ContentTranslation's SiteMapper::getCurrentLanguageCode, "for no.wikipedia.org it is nb", and
 * production's $wgContentTranslationDomainCodeMapping `nb => no`; checked in docs/geo-conflicts.md).
 */
const CONTENT_TRANSLATION_EXCEPTIONS = { no: 'nb' };
const CONTENT_TRANSLATION_SOURCE = 'wikimedia/mediawiki-extensions-ContentTranslation SiteMapper (no.wikipedia.org → nb)';

const source = ( t ) => `wikimedia-research/canonical-data ${ t.path } at ${ t.commit } (${ t.date })`;

/** The facts derived from the tables in `dir`. */
export function derive( dir ) {
	const now = readTable( dir, TABLES.countries.file );
	const before = readTable( dir, TABLES.countriesBefore2024.file );
	// Namibia's code is "NA": read as text, never as a missing value.
	const codes = ( rows, test ) => rows.filter( test ).map( ( r ) => r.iso_code ).sort();
	const countries = {
		source: [ source( TABLES.countries ), source( TABLES.countriesBefore2024 ) ],
		// The release's protection list before 2024-01: is_protected of the pre-2024 table.
		protectedBefore2024: codes( before, ( r ) => r.is_protected === 'True' ),
		// is_protected of the 2024-08 table (Hong Kong not on it, yet "Not published").
		protected: codes( now, ( r ) => r.is_protected === 'True' ),
		// Since 2024-01 the release follows data_risk_classification: "Not published" countries
		// have no row at all (Hong Kong among them although its is_protected is False).
		notPublished: codes( now, ( r ) => r.data_risk_classification === 'Not published' ),
		// ε 0.2 / 0.1 and no edit counts for these (the monthly README); Lower risk: ε 1.1.
		mediumRisk: codes( now, ( r ) => r.data_risk_classification === 'Medium risk' ),
		higherRisk: codes( now, ( r ) => r.data_risk_classification === 'Higher risk' ),
		// Every code of the table (Lower risk where not named above).
		known: codes( now, () => true )
	};
	const languages = { source: [ source( TABLES.wikis ), CONTENT_TRANSLATION_SOURCE ], languages: {} };
	for ( const w of readTable( dir, TABLES.wikis.file ) ) {
		const m = /^([a-z0-9-]+)\.wikipedia\.org$/.exec( w.domain_name );
		if ( !m || w.database_group !== 'wikipedia' || !w.language_code ) {
			continue;
		}
		// The subdomain, and the older name the database code keeps (be_x_oldwiki → be-x-old).
		const older = w.database_code.replace( /wiki$/, '' ).replace( /_/g, '-' );
		for ( const name of [ m[ 1 ], older ] ) {
			const code = CONTENT_TRANSLATION_EXCEPTIONS[ name ] || w.language_code;
			if ( code !== name ) {
				languages.languages[ name ] = code;
			}
		}
	}
	languages.languages = Object.fromEntries( Object.entries( languages.languages ).sort() );
	// The table's wikidata_id of each country or territory (Geo Conflicts names a conflict's
	// countries, which are Wikidata items, in the reader's language from their ISO code).
	const items = { source: [ source( TABLES.countries ) ], codes: {} };
	for ( const r of now.filter( ( c ) => /^Q[1-9]\d*$/.test( c.wikidata_id ) && /^[A-Z]{2}$/.test( c.iso_code ) )
		.sort( ( a, b ) => Number( a.wikidata_id.slice( 1 ) ) - Number( b.wikidata_id.slice( 1 ) ) ) ) {
		items.codes[ r.wikidata_id ] = r.iso_code;
	}
	return { countries, languages, items };
}

export function serialize( value ) {
	return JSON.stringify( value, null, '\t' ) + '\n';
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	const dir = process.argv[ 2 ] || defaultDir();
	if ( !dir || !existsSync( dir ) ) {
		throw new Error( 'canonical-data: the tables folder was not found (give it as the first argument).' );
	}
	const { countries, languages, items } = derive( dir );
	writeFileSync( OUTPUTS.countries, serialize( countries ) );
	writeFileSync( OUTPUTS.languages, serialize( languages ) );
	writeFileSync( OUTPUTS.items, serialize( items ) );
	console.log( `canonical-data: ${ [ OUTPUTS.countries, OUTPUTS.languages, OUTPUTS.items ].map( ( f ) => path.relative( ROOT, f ) ).join( ', ' ) } from ${ dir }` );
}
