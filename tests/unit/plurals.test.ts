// @vitest-environment node
/**
 * Every {{PLURAL:…}} of every language, run through MediaWiki's own plural rules: the CLDR rules as
 * MediaWiki 1.43.9 ships them (languages/data/plurals.xml, overridden per language by
 * plurals-mediawiki.xml, as LocalisationCache loads them) evaluated by the parser MediaWiki's
 * client uses (resources/lib/CLDRPluralRuleParser, the module mediawiki.libs.pluralruleparser),
 * for n = 0, 1, 2, 3, 11, 100.
 *
 * MediaWiki picks form number min(index of n's category, forms − 1), the categories in the
 * order the rules list them with "other" last (Language::convertPlural; mw.language.convertPlural).
 * A form is the right one when n's category gets the form in its own position, and "other" the
 * last form: a message with too few forms gives a neighbouring category's form (Arabic with two
 * forms gave the singular for 0 and the plural for 1), one with more forms than categories has
 * forms that never show.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve( import.meta.dirname, '../..' );
const NUMBERS = [ 0, 1, 2, 3, 11, 100 ];

/** The MediaWiki the local wiki runs (localwiki/mediawiki.mjs), or the system's. */
function mediawikiDir(): string | null {
	const current = path.join( REPO, '.localwiki/mediawiki/current.json' );
	const candidates = [
		...( existsSync( current ) ? [ ( JSON.parse( readFileSync( current, 'utf8' ) ) as { dir: string } ).dir ] : [] ),
		'/usr/share/mediawiki',
	];
	return candidates.find( ( d ) => existsSync( path.join( d, 'languages/data/plurals.xml' ) ) ) ?? null;
}

const MW = mediawikiDir();
if ( !MW ) {
	console.warn( 'plurals.test.ts skipped: no MediaWiki install (run npm start or the e2e suite once to fetch MediaWiki 1.43)' );
}

/** locale → [category, rule] in file order, "other" excluded (it is what no rule matches). */
function readRules( file: string ): Map<string, [ string, string ][]> {
	const xml = readFileSync( file, 'utf8' ).replace( /<!--[\s\S]*?-->/g, '' );
	const out = new Map<string, [ string, string ][]>();
	for ( const block of xml.matchAll( /<pluralRules locales="([^"]*)">([\s\S]*?)<\/pluralRules>/g ) ) {
		const rules: [ string, string ][] = [];
		for ( const r of block[ 2 ].matchAll( /<pluralRule count="([^"]+)">([^<]*)<\/pluralRule>/g ) ) {
			if ( r[ 1 ] !== 'other' ) {
				// The samples after "@integer"/"@decimal" are examples, not part of the rule.
				rules.push( [ r[ 1 ], r[ 2 ].split( '@' )[ 0 ].trim() ] );
			}
		}
		for ( const locale of block[ 1 ].trim().split( /\s+/ ) ) {
			out.set( locale, rules );
		}
	}
	return out;
}

type RuleParser = ( rule: string, n: number ) => boolean;

function loadParser( dir: string ): RuleParser {
	const source = readFileSync( path.join( dir, 'resources/lib/CLDRPluralRuleParser/CLDRPluralRuleParser.js' ), 'utf8' );
	const sandbox = { module: { exports: {} as unknown }, exports: {} };
	sandbox.exports = sandbox.module.exports as object;
	vm.runInNewContext( source, sandbox );
	return sandbox.module.exports as RuleParser;
}

/** Each {{PLURAL:$n|…}} of a message: its forms, explicit "N=" forms left out. */
function plurals( message: string ): string[][] {
	return [ ...message.matchAll( /\{\{PLURAL:[^|}]*\|([^}]*)\}\}/gi ) ]
		.map( ( m ) => m[ 1 ].split( '|' ).filter( ( f ) => !/^\s*\d+\s*=/.test( f ) ) );
}

describe.skipIf( !MW )( 'PLURAL forms under MediaWiki\'s plural rules (issue 22 item 8)', () => {
	const dir = MW as string;
	const rules = readRules( path.join( dir, 'languages/data/plurals.xml' ) );
	for ( const [ locale, r ] of readRules( path.join( dir, 'languages/data/plurals-mediawiki.xml' ) ) ) {
		rules.set( locale, r );
	}
	const parse = loadParser( dir );
	/** Categories of a language, "other" last, and the index of n's category. */
	const categories = ( lang: string ): string[] => [ ...( rules.get( lang ) ?? [] ).map( ( [ c ] ) => c ), 'other' ];
	const categoryIndex = ( lang: string, n: number ): number => {
		const list = rules.get( lang ) ?? [];
		const i = list.findIndex( ( [ , rule ] ) => parse( rule, n ) );
		return i === -1 ? list.length : i;
	};

	it( 'reads MediaWiki\'s Arabic rules: zero, one, two, few, many, other for 0, 1, 2, 3, 11, 100', () => {
		expect( categories( 'ar' ) ).toEqual( [ 'zero', 'one', 'two', 'few', 'many', 'other' ] );
		expect( NUMBERS.map( ( n ) => categoryIndex( 'ar', n ) ) ).toEqual( [ 0, 1, 2, 3, 4, 5 ] );
		expect( NUMBERS.map( ( n ) => categoryIndex( 'en', n ) ) ).toEqual( [ 1, 0, 1, 1, 1, 1 ] );
	} );

	for ( const folder of [ 'core', 'geo-editors', 'geo-conflicts' ] ) {
		const files = readdirSync( path.join( REPO, 'i18n', folder ) ).filter( ( f ) => f.endsWith( '.json' ) && f !== 'qqq.json' );
		for ( const file of files ) {
			const lang = file.slice( 0, -5 );
			it( `${ folder }/${ file }: each n gets its own category's form`, () => {
				expect( rules.has( lang ), `MediaWiki has plural rules for ${ lang }` ).toBe( true );
				const cats = categories( lang );
				const messages = JSON.parse( readFileSync( path.join( REPO, 'i18n', folder, file ), 'utf8' ) ) as Record<string, unknown>;
				const wrong: string[] = [];
				for ( const [ key, text ] of Object.entries( messages ) ) {
					if ( typeof text !== 'string' ) {
						continue;
					}
					for ( const forms of plurals( text ) ) {
						if ( lang === 'ar' && forms.length !== 6 ) {
							wrong.push( `${ key }: ${ forms.length } forms, Arabic has 6 (zero, one, two, few, many, other)` );
							continue;
						}
						if ( forms.length > cats.length ) {
							wrong.push( `${ key }: ${ forms.length } forms, ${ lang } has ${ cats.length } (${ cats.join( ', ' ) }): forms ${ cats.length + 1 }… never show` );
							continue;
						}
						for ( const n of NUMBERS ) {
							const i = categoryIndex( lang, n );
							const isOther = i === cats.length - 1;
							// Its own position, or the last form for "other".
							if ( !isOther && i >= forms.length - 1 && forms.length < cats.length ) {
								wrong.push( `${ key }: n = ${ n } is "${ cats[ i ] }" but gets form ${ Math.min( i, forms.length - 1 ) + 1 } of ${ forms.length } ("${ forms[ Math.min( i, forms.length - 1 ) ] }")` );
							}
						}
					}
				}
				expect( wrong ).toEqual( [] );
			} );
		}
	}
} );
