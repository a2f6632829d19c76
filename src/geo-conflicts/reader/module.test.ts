/**
 * The reader module (geo-conflicts-reader) on a wiki with a published snapshot: the pages are built
 * by the publish command's own builder from the engine's answers over the sample RDF; the module
 * reads only the wiki's pages (manifest, key page, one conflicts or places page), draws the card or
 * the section with every message resolved, and a static map image with its markers (no map
 * library). Without a snapshot it hands over to the core (the live path).
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { gzipSync } from 'node:zlib';
import { engineSet } from '../../../tests/support/engine-answers';
import { buildSnapshot } from '../data/snapshot-build';
import { forgetSnapshotPages } from '../data/snapshot-pages';
import { DEFAULT_CONFLICT_CLASSES } from '../data/config';
import { articleContent } from '../ui/test-helpers';

const set = engineSet( { kind: 'all' } );
const built = buildSnapshot( { set, places: [ { id: 'Q2120', label: 'Atacama Region', title: 'Región de Atacama', countries: [ 'Q298' ], items: [ 'Q2365301', 'Q5759245' ] } ],
	classes: DEFAULT_CONFLICT_CLASSES.slice(), languages: [ 'en' ], siteId: 'eswiki', date: new Date().toISOString(), gzipSize: ( t ) => gzipSync( t ).length } );
const pages: Record<string, string> = {};
if ( built.ok ) {
	built.pages.forEach( ( p ) => {
		pages[ p.title ] = p.content;
	} );
}
let published = true;
const requested: string[] = [];
const realFetch = globalThis.fetch;

interface ReaderLib {
	mount( content: HTMLElement, fallback: () => void ): Promise<void>;
}
let reader: ReaderLib;

function article( title: string ): HTMLElement {
	mw.config.set( 'wgPageName', title.replace( / /g, '_' ) );
	return articleContent();
}

const until = async ( check: () => unknown ): Promise<void> => {
	for ( let i = 0; i < 200 && !check(); i++ ) {
		await new Promise( ( r ) => {
			setTimeout( r, 10 );
		} );
	}
};

describe( 'reader module', () => {
	beforeAll( async () => {
		expect( built.ok ).toBe( true );
		mw.config.set( 'wgScript', '/index.php' );
		globalThis.fetch = ( ( input: RequestInfo | URL ) => {
			const url = String( input instanceof Request ? input.url : input );
			requested.push( url );
			const title = new URL( url, 'http://wiki.test' ).searchParams.get( 'title' ) || '';
			return Promise.resolve( new Response( published && pages[ title ] || '', { status: 200 } ) );
		} ) as typeof fetch;
		await import( './module' );
		reader = ( mw.libs as Record<string, unknown> ).geoConflictsReader as ReaderLib;
	} );
	afterAll( () => {
		globalThis.fetch = realFetch;
		mw.config.set( 'wgScript', null );
	} );
	beforeEach( () => {
		document.body.textContent = '';
		requested.length = 0;
		published = true;
		forgetSnapshotPages();
	} );

	it( 'a conflict article: the card from the snapshot, its date, a static map with a named marker, only wiki pages read', async () => {
		let fellBack = false;
		const content = article( 'Pascua Lama' );
		await reader.mount( content, () => {
			fellBack = true;
		} );
		await until( () => content.querySelector( '.geo-conflicts-card-label' ) );
		expect( fellBack ).toBe( false );
		expect( content.dataset.geoConflictsArticle ).toBe( 'conflict' );
		const card = content.querySelector<HTMLElement>( '.geo-conflicts-card' )!;
		expect( card.querySelector( '.geo-conflicts-card-label' )!.textContent ).toBe( 'Pascua Lama' );
		expect( card.querySelector( '.geo-conflicts-data-date' ) ).not.toBeNull();
		expect( card.querySelector( '.geo-conflicts-facts' )!.textContent ).toContain( 'Mining' );
		expect( card.querySelector( '.geo-conflicts-about' ) ).not.toBeNull();
		expect( card.textContent ).not.toMatch( /⧼/ );
		const img = card.querySelector( '.geo-conflicts-static-frame img' )!;
		expect( img.getAttribute( 'src' ) ).toMatch( /^https:\/\/maps\.wikimedia\.org\/img\/osm-intl,8,-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+x200\.png$/ );
		const marker = card.querySelector<HTMLButtonElement>( '.geo-conflicts-static-marker' )!;
		expect( marker.getAttribute( 'aria-label' ) ).toBe( 'Pascua Lama' );
		expect( card.querySelector( '.geo-conflicts-open-map' )!.textContent ).toBe( 'Interactive map' );
		// The image's data is OpenStreetMap's: attributed as under the Leaflet map.
		expect( card.querySelector( '.geo-conflicts-static-attribution' )!.textContent ).toBe( 'Wikimedia maps | Map data © OpenStreetMap contributors' );
		expect( card.querySelector( '.geo-conflicts-query-link' )!.getAttribute( 'href' ) ).toMatch( /^https:\/\/query\.wikidata\.org\/#/ );
		expect( requested.every( ( u ) => u.startsWith( '/index.php?title=MediaWiki:Gadget-geo-conflicts-snapshot/' ) ) ).toBe( true );
		expect( requested.some( ( u ) => /conflicts\/\d+\.json/.test( u ) ) ).toBe( true );
	} );

	it( 'a place article: the section (closed) lists its conflicts; opened, its static map shows them', async () => {
		const content = article( 'Región de Atacama' );
		await reader.mount( content, () => undefined );
		await until( () => content.querySelector( '.geo-conflicts-compact-item' ) );
		const section = content.querySelector<HTMLDetailsElement>( '.geo-conflicts-place' )!;
		expect( section.hidden ).toBe( false );
		expect( section.open ).toBe( false );
		expect( section.querySelector( '.geo-conflicts-place-summary' )!.textContent ).toContain( 'Environmental conflicts in Atacama Region' );
		expect( Array.from( section.querySelectorAll( '.geo-conflicts-compact-item' ) ).map( ( e ) => e.getAttribute( 'data-id' ) ).sort() )
			.toEqual( [ 'Q2365301', 'Q5759245' ] );
		expect( section.querySelector( '.geo-conflicts-static-frame' ) ).toBeNull();
		section.open = true;
		section.dispatchEvent( new Event( 'toggle' ) );
		const frame = section.querySelector<HTMLElement>( '.geo-conflicts-static-frame' )!;
		expect( frame ).not.toBeNull();
		expect( section.textContent ).not.toMatch( /⧼/ );
		expect( requested.some( ( u ) => /places\/\d+\.json/.test( u ) ) ).toBe( true );
	} );

	it( 'a wiki without a snapshot: hands over to the core, draws nothing', async () => {
		published = false;
		let fellBack = false;
		const content = article( 'Pascua Lama' );
		await reader.mount( content, () => {
			fellBack = true;
		} );
		expect( fellBack ).toBe( true );
		expect( content.dataset.geoConflictsArticle ).toBeUndefined();
		expect( content.querySelector( '.geo-panel' ) ).toBeNull();
	} );
} );
