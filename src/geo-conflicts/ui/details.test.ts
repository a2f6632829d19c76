import { describe, it, expect, beforeAll } from 'vitest';
import { renderDetails, factList } from './details';
import { registerEnglish, sampleSet } from './test-helpers';
import { engineSet, hostileEngine } from '../../../tests/support/engine-answers';
import { HOSTILE_ID, HOSTILE_LABEL, HOSTILE_DESCRIPTION } from '../../../tests/support/hostile-items';
import type { Conflict } from '../data/types';

const set = sampleSet();
// A Spanish reader's chain: Caso Celco is labelled and described only in Spanish.
const spanish = engineSet( { kind: 'all' }, { languages: [ 'es' ] } );
const byId = ( id: string ): Conflict => set.conflicts.filter( ( c ) => c.id === id )[ 0 ];

describe( 'details panel', () => {
	beforeAll( registerEnglish );

	it( 'shows a hostile label and description as text', () => {
		const panel = document.createElement( 'div' );
		document.body.appendChild( panel );
		// The tests' hostile conflict (tests/support/hostile-items.ts) through the real engine.
		const hostile = engineSet( { kind: 'all' }, { engine: hostileEngine() } ).conflicts.filter( ( c ) => c.id === HOSTILE_ID )[ 0 ];
		renderDetails( panel, hostile );
		expect( panel.querySelector( '.geo-conflicts-details-title' )!.textContent ).toBe( HOSTILE_LABEL );
		expect( panel.querySelector( '.geo-conflicts-description' )!.textContent ).toBe( HOSTILE_DESCRIPTION );
		expect( panel.querySelectorAll( 'script' ) ).toHaveLength( 0 );
		// Its P18 is a file named "javascript:alert(2)": only ever a Commons thumbnail URL.
		for ( const img of Array.from( panel.querySelectorAll( 'img' ) ) ) {
			expect( img.getAttribute( 'src' ) ).toMatch( /^https:\/\/(upload|commons)\.wikimedia\.org\// );
		}
		for ( const a of Array.from( panel.querySelectorAll( 'a' ) ) ) {
			// The item on Wikidata, and its (hostile-named) Commons category: nothing but https
			// Wikimedia links. (or this wiki's page of that title: its eswiki sitelink is titled
			// "javascript:alert(1)").
			const href = a.getAttribute( 'href' )!;
			if ( href.startsWith( location.origin + '/wiki/' ) ) {
				continue;
			}
			// ("add on Wikidata" links go to the item's statement groups, #P710 and so on.)
			expect( href ).toMatch( /^https:\/\/(www\.wikidata\.org\/wiki\/Q131000001(#P\d+)?$|commons\.wikimedia\.org\/wiki\/(Category|File):)/ );
		}
		panel.remove();
	} );

	it( 'shows the QID, marked, when there is no label', () => {
		const panel = document.createElement( 'div' );
		renderDetails( panel, byId( 'Q131000002' ) );
		const title = panel.querySelector( '.geo-conflicts-details-title .geo-conflicts-nolabel' )!;
		expect( title.textContent ).toBe( 'Q131000002 (no label)' );
		expect( panel.textContent ).toContain( 'No coordinates' );
		expect( panel.textContent ).toContain( 'Dates unknown' );
	} );

	it( 'lists facts with precision-aware dates, inferred status and guessed sector labelled', () => {
		const pascua = factList( byId( 'Q2365301' ) ).textContent!;
		// mw.language.listToText with core's English messages; countries sorted by label
		expect( pascua ).toContain( 'Argentina and Chile' );
		expect( pascua ).toContain( '2000 – October 2020' );
		expect( pascua ).toContain( 'Ended' );
		const celco = factList( spanish.conflicts.filter( ( c ) => c.id === 'Q5759302' )[ 0 ] ).textContent!;
		expect( celco ).toContain( 'since 2004' );
		expect( celco ).toContain( 'Ongoing (inferred: no end date)' );
		expect( celco ).toContain( 'Forestry (guessed from the word “celulosa” in the description in Spanish)' );
		expect( factList( byId( 'Q5764613' ) ).textContent ).toContain( 'Approximate (from its place or region)' );
	} );

	it( 'tells what the conflict is about, linked, in the reader\'s language; "not recorded" with an edit link', () => {
		const panel = document.createElement( 'div' );
		renderDetails( panel, spanish.conflicts.filter( ( c ) => c.id === 'Q2365301' )[ 0 ] );
		const about = panel.querySelector( '.geo-conflicts-about' )!;
		const row = ( p: string ): HTMLElement => about.querySelector<HTMLElement>( 'dd[data-property="' + p + '"]' )!;
		expect( row( 'P828' ).textContent ).toBe( 'oro' );
		expect( row( 'P828' ).querySelector( 'a' )!.getAttribute( 'href' ) ).toBe( 'https://www.wikidata.org/wiki/Q897' );
		expect( row( 'P710' ).textContent ).toBe( 'Barrick Gold, Comunidades diaguitas del valle del Huasco' );
		expect( row( 'P1056' ).textContent ).toBe( 'oro' );
		// Part of and uses are not recorded for Pascua Lama, and are only shown where modelled.
		expect( row( 'P361' ) ).toBeNull();
		expect( about.previousElementSibling!.classList.contains( 'geo-conflicts-facts' ) ).toBe( true );

		renderDetails( panel, byId( 'Q131000002' ) );
		const missing = Array.from( panel.querySelectorAll<HTMLElement>( '.geo-conflicts-about dd[data-missing]' ) );
		expect( missing.map( ( d ) => d.dataset.property ) ).toEqual( [ 'P710', 'P137', 'P127', 'P828', 'P1542' ] );
		expect( missing[ 0 ].textContent ).toBe( 'not recorded on Wikidata add on Wikidata' );
		expect( missing[ 0 ].querySelector( 'a' )!.getAttribute( 'href' ) ).toBe( 'https://www.wikidata.org/wiki/Q131000002#P710' );

		// A participant without a label in the chain: its QID, marked, still linked.
		renderDetails( panel, byId( 'Q28668915' ) );
		expect( panel.querySelector( 'dd[data-property="P710"]' )!.textContent ).toBe( 'Q1349532 (no label)' );
	} );

	it( 'builds image and links only on configured or Wikimedia hosts', () => {
		const panel = document.createElement( 'div' );
		renderDetails( panel, byId( 'Q2365301' ) );
		const img = panel.querySelector( '.geo-conflicts-thumb img' )!;
		expect( img.getAttribute( 'src' ) ).toBe( 'https://commons.wikimedia.org/wiki/Special:FilePath/Glaciar_Toro_1.jpg?width=320' );
		const hrefs = Array.from( panel.querySelectorAll( 'a' ) ).map( ( a ) => a.getAttribute( 'href' ) );
		expect( hrefs ).toContain( location.origin + '/wiki/Pascua_Lama' );
		expect( hrefs ).toContain( 'https://www.wikidata.org/wiki/Q2365301' );
		expect( hrefs ).toContain( 'https://commons.wikimedia.org/wiki/Category:Pascua_Lama' );
	} );
} );

describe( 'article links (issue 14)', () => {
	beforeAll( registerEnglish );

	it( 'never links or summarises a special page, in any of its local names', async () => {
		const calls: unknown[] = [];
		const Api = mw.Api;
		( mw as unknown as { Api: unknown } ).Api = class {
			public get( params: unknown ): Promise<unknown> {
				calls.push( params );
				return Promise.resolve( { query: { pages: [ { extract: 'x' } ] } } );
			}
		};
		try {
			for ( const title of [ 'Special:UserLogout', 'Especial:Salir', 'media:X.jpg' ] ) {
				const c = Object.assign( {}, byId( 'Q2365301' ), { article: { title, url: 'https://es.wikipedia.org/wiki/' + title } } );
				const panel = document.createElement( 'div' );
				renderDetails( panel, c );
				await new Promise( ( r ) => {
					setTimeout( r, 0 );
				} );
				expect( new XMLSerializer().serializeToString( panel ) ).not.toMatch( /UserLogout|Salir|X\.jpg/ );
				expect( panel.textContent ).not.toContain( 'Article on this wiki' );
			}
			expect( calls ).toEqual( [] );
			const ok = document.createElement( 'div' );
			renderDetails( ok, byId( 'Q2365301' ) );
			expect( ok.querySelector( '.geo-conflicts-links a' )!.getAttribute( 'href' ) ).toMatch( /\/wiki\/Pascua_Lama$/ );
		} finally {
			( mw as unknown as { Api: unknown } ).Api = Api;
		}
	} );
} );
