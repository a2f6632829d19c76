/**
 * `npm run screenshots`: what a reviewer opens before every release. Every demo page and both
 * dashboards × English, Spanish and Arabic × day and night × Vector 2022 (1280 px) and Minerva at a
 * phone's 400 px, on a throw-away local wiki with the current build, into docs/screenshots/matrix/
 * with an index (README.md). Each page is also judged where a machine can (checks.ts): console
 * errors, sideways overflow, map controls over each other, contrast, right-to-left mirroring.
 * Exits 1 when a check fails; `--only TEXT[,TEXT…]` keeps the shots whose name contains one; `--out DIR`
 * writes the pictures there instead (a helper's own look, leaving the committed matrix alone).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openBenchWiki, ROOT } from '../../bench/wiki-session';
import { demoPages, settle } from '../e2e/views';
import { prepareContext, readerProblems, type ReaderView } from './checks';

const MATRIX = path.join( ROOT, 'docs/screenshots/matrix' );
let OUT = MATRIX;
const SKINS = [
	{ id: 'vector-2022', width: 1280, height: 900, night: 'vectornightmode' },
	{ id: 'minerva', width: 400, height: 860, night: 'minervanightmode' },
] as const;
const LANGS = [ 'en', 'es', 'ar' ];
const THEMES = [ 'day', 'night' ] as const;
/** Tall pages are cut here: the index is for looking, not scrolling forever. */
const MAX_HEIGHT = 4000;

interface Shot extends ReaderView {
	title: string;
	skin: typeof SKINS[ number ];
	file: string;
}

function slug( title: string ): string {
	return title.normalize( 'NFD' ).replace( /[\u0300-\u036f]/g, '' ).replace( /[^A-Za-z0-9]+/g, '-' )
		.replace( /^-|-$/g, '' ).toLowerCase();
}

function matrix( only?: string ): Shot[] {
	const titles = [ ...demoPages(), 'Special:BlankPage/GeoEditors', 'Special:BlankPage/GeoConflicts' ];
	const shots: Shot[] = [];
	for ( const title of titles ) {
		for ( const skin of SKINS ) {
			for ( const lang of LANGS ) {
				for ( const theme of THEMES ) {
					const file = `${ slug( title ) }.${ skin.id }.${ lang }.${ theme }.jpg`;
					if ( !only || only.split( ',' ).some( ( part ) => file.includes( part ) ) ) {
						shots.push( { title, skin, lang, theme, file } );
					}
				}
			}
		}
	}
	return shots;
}

/** "x" three times becomes "x (×3)". */
function countSame( list: string[] ): string[] {
	const counts = new Map<string, number>();
	list.forEach( ( x ) => counts.set( x, ( counts.get( x ) ?? 0 ) + 1 ) );
	return [ ...counts ].map( ( [ x, n ] ) => n > 1 ? x + ' (×' + n + ')' : x );
}

async function main(): Promise<void> {
	const { values } = parseArgs( { options: { only: { type: 'string' }, out: { type: 'string' } } } );
	OUT = values.out ? path.resolve( values.out ) : MATRIX;
	const shots = matrix( values.only );
	console.log( `Screenshots: ${ shots.length } views on a throw-away local wiki…` );
	const wiki = await openBenchWiki();
	const results: { shot: Shot; problems: string[] }[] = [];
	try {
		await wiki.deploy( path.join( ROOT, 'dist' ), 'this build' );
		if ( !values.only && !values.out ) {
			rmSync( OUT, { recursive: true, force: true } );
		}
		mkdirSync( OUT, { recursive: true } );
		for ( const shot of shots ) {
			const context = await wiki.browser.newContext( {
				viewport: { width: shot.skin.width, height: shot.skin.height },
				// Minerva is the phone's skin: a phone's touch and pixel ratio.
				...( shot.skin.id === 'minerva' ? { isMobile: true, hasTouch: true } : {} ),
			} );
			await prepareContext( context );
			const page = await context.newPage();
			const errors: string[] = [];
			page.on( 'console', ( m ) => {
				if ( m.type() === 'error' ) {
					const where = m.text().startsWith( 'Failed to load resource' ) ? ' (' + m.location().url + ')' : '';
					errors.push( 'console error: ' + m.text().slice( 0, 200 ) + where );
				}
			} );
			page.on( 'pageerror', ( e ) => errors.push( 'page error: ' + String( e ).slice( 0, 200 ) ) );
			const extra = `&uselang=${ shot.lang }&useskin=${ shot.skin.id }` +
				( shot.theme === 'night' ? `&${ shot.skin.night }=1` : '' );
			await page.goto( wiki.pageUrl( shot.title, extra ), { waitUntil: 'load' } );
			await settle( page );
			await page.waitForTimeout( 300 ); // chart and map paint after the data settles
			const problems = [ ...countSame( errors ), ...await readerProblems( page, shot ) ];
			const height = await page.evaluate( () => document.documentElement.scrollHeight );
			await page.screenshot( { path: path.join( OUT, shot.file ), type: 'jpeg', quality: 62,
				fullPage: true,
				clip: height > MAX_HEIGHT ? { x: 0, y: 0, width: shot.skin.width, height: MAX_HEIGHT } : undefined } );
			await context.close();
			results.push( { shot, problems } );
			console.log( `${ problems.length ? '✗' : '✓' } ${ shot.file }` +
				problems.map( ( p ) => '\n    ' + p ).join( '' ) );
		}
	} finally {
		await wiki.close();
	}
	if ( !values.only || values.out ) {
		writeIndex( results );
	}
	const failed = results.filter( ( r ) => r.problems.length );
	console.log( `\n${ results.length - failed.length } passed, ${ failed.length } failed` );
	process.exitCode = failed.length ? 1 : 0;
}

function writeIndex( results: { shot: Shot; problems: string[] }[] ): void {
	const lines = [
		'# Reader matrix',
		'',
		'Generated by `npm run screenshots` (`tests/screenshots/run.ts`) on the local wiki with the build of',
		'the working tree: every demo page and both dashboards in English, Spanish and Arabic, day and',
		'night, Vector 2022 at 1280 px and Minerva at a phone\'s 400 px (pages taller than ' + MAX_HEIGHT + ' px',
		'are cut). "Checks" are what a machine judged (`tests/screenshots/checks.ts`): console errors,',
		'sideways overflow, map controls over each other, text contrast (axe) and swatch contrast (3:1),',
		'selects without an arrow, right-to-left mirroring of map controls and chart axes.',
		'',
		'| page | skin | lang | day | night |',
		'|---|---|---|---|---|',
	];
	const cell = ( r?: { shot: Shot; problems: string[] } ): string => r ?
		`[${ r.problems.length ? '✗ ' + r.problems.length : '✓' }](${ encodeURI( r.shot.file ) })` : '–';
	const key = ( s: Shot ): string => s.title + '|' + s.skin.id + '|' + s.lang;
	const seen = new Set<string>();
	for ( const r of results ) {
		const k = key( r.shot );
		if ( seen.has( k ) ) {
			continue;
		}
		seen.add( k );
		const day = results.find( ( x ) => key( x.shot ) === k && x.shot.theme === 'day' );
		const night = results.find( ( x ) => key( x.shot ) === k && x.shot.theme === 'night' );
		lines.push( `| ${ r.shot.title } | ${ r.shot.skin.id } | ${ r.shot.lang } | ${ cell( day ) } | ${ cell( night ) } |` );
	}
	const failed = results.filter( ( r ) => r.problems.length );
	lines.push( '', failed.length ? '## What the checks found' : 'Every check passed.', '' );
	for ( const r of failed ) {
		lines.push( `- \`${ r.shot.file }\`: ${ r.problems.join( '; ' ) }` );
	}
	writeFileSync( path.join( OUT, 'README.md' ), lines.join( '\n' ) + '\n' );
	console.log( `Index: ${ path.relative( ROOT, path.join( OUT, 'README.md' ) ) } (${ readdirSync( OUT ).length - 1 } pictures)` );
}

main().catch( ( e: unknown ) => {
	console.error( e );
	process.exitCode = 1;
} );
