/**
 * Every query builder's output, run on the real engine (Oxigraph over the sample Turtle in
 * Wikidata's RDF model, localwiki/wdqs/engine.mjs), through the project's own normaliser.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { engineSet, hostileEngine, sampleEngine } from '../../../tests/support/engine-answers';
import { HOSTILE_ID, HOSTILE_LABEL, HOSTILE_DESCRIPTION } from '../../../tests/support/hostile-items';
import { subclassQuery, parseSubclasses } from './subclasses';
import { DEFAULT_CONFLICT_CLASSES } from './config';
import { qualityReport } from './quality';
import { claimItemIds, entityText, type EntityMap } from './entities';
import { wbgetentities } from '../../../localwiki/wdqs/entities.mjs';
import { sampleTurtle } from '../../../localwiki/sample-data/wikidata/_generate.mjs';
import { CONFLICTS } from '../../../localwiki/sample-data/wikidata/items.mjs';
import type { Conflict } from './types';

const all = engineSet( { kind: 'all' } );
const byId = ( id: string,
	set = all ): Conflict => set.conflicts.filter( ( c ) => c.id === id )[ 0 ];
const ids = ( list: Conflict[] ): string[] => list.map( ( c ) => c.id ).sort();
const ref = (
	id: string, label: string,
): { id: string; label: string; labelMissing: boolean } => ( { id, label, labelMissing: false } );

describe( 'the sample dataset', () => {
	it( 'is what items.mjs generates', () => {
		const file = path.resolve( __dirname, '../../../localwiki/sample-data/wikidata/conflicts.ttl' );
		expect( readFileSync( file, 'utf8' ) ).toBe( sampleTurtle() );
	} );
} );

describe( 'dashboard query (view all) on the engine', () => {
	it( 'finds every conflict, subclasses included, and nothing else', () => {
		expect( ids( all.conflicts ) ).toEqual( CONFLICTS.map( ( c ) => c.id ).sort() );
		expect( all.truncated ).toBe( false );
	} );

	it( 'keeps every field of a multi-valued conflict (no GROUP_CONCAT left unbound)', () => {
		expect( byId( 'Q2365301' ) ).toEqual( {
			id: 'Q2365301',
			label: 'Pascua Lama',
			labelMissing: false,
			labelLang: 'en',
			description: 'gold mining project on the Chile–Argentina border',
			descriptionLang: 'en',
			classes: [ 'Q131000102' ],
			skippedDates: 0,
			countries: [ { id: 'Q414', label: 'Argentina', labelMissing: false }, { id: 'Q298', label: 'Chile', labelMissing: false } ],
			regions: [ { id: 'Q2120', label: 'Atacama Region', labelMissing: false }, { id: 'Q44818', label: 'San Juan Province', labelMissing: false } ],
			locations: [],
			// The preferred coordinate only: the normal-rank one is not truthy.
			coordinates: { lat: -29.3167, lon: -70.0167, approximate: false, source: 'P625' },
			start: { iso: '2000-01-01', year: 2000, precision: 9 },
			end: { iso: '2020-10-01', year: 2020, precision: 10 },
			images: [ 'Glaciar Toro 1.jpg' ],
			commonsCategory: 'Pascua Lama',
			article: { title: 'Pascua Lama', url: 'https://es.wikipedia.org/wiki/Pascua_Lama' },
			about: {
				P710: [ ref( 'Q808785', 'Barrick Gold' ), ref( 'Q131000210', 'Diaguita communities of the Huasco valley' ) ],
				P137: [ ref( 'Q808785', 'Barrick Gold' ) ],
				P127: [ ref( 'Q808785', 'Barrick Gold' ) ],
				P828: [ ref( 'Q897', 'gold' ) ],
				P1542: [ ref( 'Q131000211', 'damage to the Toro glaciers' ) ],
				P1056: [ ref( 'Q897', 'gold' ) ],
			},
			// The sector reads its own properties only (not the operator, the owner or the
			// product).
			statements: { P31: [ 'Q131000102' ], P828: [ 'Q897' ], P710: [ 'Q131000210', 'Q808785' ], P1542: [ 'Q131000211' ] },
			status: { key: 'ended', inferred: false, basis: 'end-date' },
			sector: expect.objectContaining( { key: 'mining', basis: 'structured', property: 'P828', via: 'Q897' } ),
		} );
	} );

	it( 'labels what a conflict is about in the reader\'s language chain, the QID when none', () => {
		const es = engineSet( { kind: 'all' }, { languages: [ 'es' ] } );
		expect( byId( 'Q5764613', es ).about.P127 ).toEqual( [ ref( 'Q131000213', 'Colbún' ), ref( 'Q131000212', 'Endesa Chile' ) ] );
		expect( byId( 'Q2365301', es ).about.P828 ).toEqual( [ ref( 'Q897', 'oro' ) ] );
		// Labelled in Portuguese only: an English reader's chain (en, mul) has no label for it.
		expect( byId( 'Q1130993' ).about.P710 ).toEqual( [ { id: 'Q131000217', label: 'Q131000217', labelMissing: true } ] );
		expect( byId( 'Q1130993', engineSet( { kind: 'all' }, { languages: [ 'pt' ] } ) ).about.P710 ).toEqual( [ ref( 'Q131000217', 'Povos indígenas do Xingu' ) ] );
		expect( byId( 'Q28668915' ).about.P710 ).toEqual( [ { id: 'Q1349532', label: 'Q1349532', labelMissing: true } ] );
		expect( byId( 'Q5759245' ).about ).toEqual( { P127: [ ref( 'Q131000216', 'MPX Energia' ) ], P828: [ ref( 'Q24489', 'coal' ) ], P2283: [ ref( 'Q24489', 'coal' ) ] } );
		// Nothing recorded: no keys at all (the UI says "not recorded on Wikidata").
		expect( byId( 'Q131000002' ).about ).toEqual( {} );
	} );

	it( 'borrows approximate coordinates from the location, then the region; rejects the Moon', () => {
		expect( byId( 'Q24034893' ).coordinates ).toEqual( { lat: -42.6, lon: -73.9, approximate: true, source: 'P276', from: 'Q1478' } );
		expect( byId( 'Q5764613' ).coordinates ).toEqual( { lat: -46.4, lon: -72.6, approximate: true, source: 'P131', from: 'Q2109' } );
		expect( byId( 'Q24871356' ).coordinates ).toEqual( { lat: -29.5, lon: -71.27, approximate: true, source: 'P131', from: 'Q1017' } );
		expect( all.rejected.coordinates ).toBe( 1 );
		// A region without coordinates gives none.
		expect( byId( 'Q131000002' ).coordinates ).toBeNull();
	} );

	it( 'reads best-rank dates only: earliest start, deprecated end ignored', () => {
		expect( byId( 'Q56326104' ).start ).toEqual( { iso: '1997-01-01', year: 1997, precision: 9 } );
		expect( byId( 'Q5759245' ).end ).toEqual( { iso: '2012-08-28', year: 2012, precision: 11 } );
		expect( byId( 'Q24034893' ).start ).toEqual( { iso: '2016-05-01', year: 2016, precision: 10 } );
	} );

	it( 'leaves out a deprecated country', () => {
		expect( byId( 'Q131000003' ).countries.map( ( c ) => c.id ) ).toEqual( [ 'Q298' ] );
	} );

	it( 'follows the label language chain, mul included, and shows the QID when no label exists', () => {
		// English reader: en, mul, en. Caso Celco has only a Spanish label → its QID, flagged.
		expect( byId( 'Q5759302' ) ).toMatchObject( { label: 'Q5759302', labelMissing: true, description: null } );
		expect( byId( 'Q131000003' ) ).toMatchObject( { label: 'Chuquicamata', labelMissing: false, description: null } );
		expect( byId( 'Q131000002' ) ).toMatchObject( { label: 'Q131000002', labelMissing: true, description: null, start: null } );
		const spanish = engineSet( { kind: 'all' }, { languages: [ 'es' ] } );
		expect( byId( 'Q5759302', spanish ) ).toMatchObject( { label: 'Caso Celco', descriptionLang: 'es', sector: expect.objectContaining( { key: 'forestry', basis: 'keyword' } ) } );
		expect( byId( 'Q2365301', spanish ).regions.map( ( r ) => r.label ) ).toEqual( [ 'Provincia de San Juan', 'Región de Atacama' ] );
		// mul comes before en: a Spanish reader gets the Spanish description, else mul, else en.
		expect( byId( 'Q131000003', spanish ).description ).toBe( 'contaminación por la fundición de Chuquicamata' );
	} );

	it( 'carries hostile text as text and keeps only Wikimedia links (the tests\' hostile item, not in the demo sample)', () => {
		expect( byId( HOSTILE_ID ) ).toBeUndefined();
		const c = byId( HOSTILE_ID, engineSet( { kind: 'all' }, { engine: hostileEngine() } ) );
		expect( c.label ).toBe( HOSTILE_LABEL );
		expect( c.description ).toBe( HOSTILE_DESCRIPTION );
		expect( c.images ).toEqual( [ 'javascript:alert(2)' ] );
		// "<" and ">" cannot be in a page title: not a category, so no link.
		expect( c.commonsCategory ).toBeNull();
		expect( c.article && c.article.url ).toMatch( /^https:\/\/es\.wikipedia\.org\/wiki\// );
	} );
} );

describe( 'country panel and place section on the engine', () => {
	it( 'show the same conflicts for the same country, P131/P276 chains included', () => {
		const panel = engineSet( { kind: 'all', countries: [ 'Q298' ] } );
		const place = engineSet( { kind: 'place', place: 'Q298' } );
		expect( ids( panel.conflicts ) ).toEqual( ids( place.conflicts ) );
		// Q110971234 has no P17: reached through P276 Salar de Atacama → P131 Antofagasta → P131
		// Chile.
		expect( ids( place.conflicts ) ).toContain( 'Q110971234' );
		expect( ids( place.conflicts ) ).toEqual( ids( all.conflicts.filter( ( c ) => c.countries.some( ( r ) => r.id === 'Q298' ) ) ).concat( 'Q110971234' ).sort() );
	} );

	it( 'find the conflicts of a region and of several countries', () => {
		expect( ids( engineSet( { kind: 'place', place: 'Q2120' } ).conflicts ) ).toEqual( [ 'Q2365301', 'Q5759245' ] );
		expect( ids( engineSet( { kind: 'all', countries: [ 'Q414', 'Q419' ] } ).conflicts ) ).toEqual( [ 'Q1132390', 'Q2365301', 'Q5160174' ] );
		expect( engineSet( { kind: 'place', place: 'Q1478' } ).conflicts.map( ( c ) => c.id ) ).toEqual( [ 'Q24034893' ] );
		expect( engineSet( { kind: 'place', place: 'Q808785' } ).conflicts ).toEqual( [] );
	} );

	it( 'say when LIMIT cut the answer', () => {
		const cut = engineSet( { kind: 'place', place: 'Q298' }, { limit: 3 } );
		expect( cut.truncated ).toBe( true );
		expect( cut.conflicts ).toHaveLength( 3 );
		const exact = engineSet( { kind: 'all' }, { limit: CONFLICTS.length } );
		expect( exact.truncated ).toBe( false );
		expect( exact.conflicts ).toHaveLength( CONFLICTS.length );
	} );
} );

describe( 'article card query (view item) on the engine', () => {
	it( 'gives the same conflict as the dashboard, classes and sector included', () => {
		for ( const id of [ 'Q2365301', 'Q5764613', 'Q131000003', 'Q110971234' ] ) {
			const card = engineSet( { kind: 'item', item: id } );
			expect( card.conflicts ).toHaveLength( 1 );
			expect( card.conflicts[ 0 ] ).toEqual( byId( id ) );
		}
		expect( engineSet( { kind: 'item', item: 'Q5764613' } ).conflicts[ 0 ].classes ).toEqual( [ 'Q131000101' ] );
	} );

	it( 'gives nothing for an item that is not a conflict', () => {
		expect( engineSet( { kind: 'item', item: 'Q298' } ).conflicts ).toEqual( [] );
	} );
} );

describe( 'data quality and the overlay on the engine', () => {
	it( 'report what is missing', () => {
		const r = qualityReport( all.conflicts, 'en' );
		expect( ids( r.country ) ).toEqual( [ 'Q110971234' ] );
		expect( ids( r.start ) ).toEqual( [ 'Q131000002' ] );
		expect( ids( r.description ) ).toEqual( [ 'Q131000002', 'Q131000003', 'Q5759302' ] );
		expect( ids( r.coordinates ) ).toEqual( [ 'Q110971234', 'Q131000002', 'Q24034893', 'Q24871356', 'Q56326104', 'Q5764613' ] );
	} );

	it( 'put on the map every conflict with coordinates, approximate ones marked', () => {
		const located = all.conflicts.filter( ( c ) => c.coordinates );
		expect( located ).toHaveLength( CONFLICTS.length - 1 );
		expect( located.filter( ( c ) => c.coordinates!.approximate ).map( ( c ) => c.id ).sort() ).toEqual( [ 'Q110971234', 'Q24034893', 'Q24871356', 'Q56326104', 'Q5764613' ] );
	} );
} );

describe( 'the Wikidata API stand-in reads the same dataset', () => {
	const api = ( params: Record<string, string> ): EntityMap => wbgetentities(
		sampleEngine().store, new URLSearchParams( params ) ).entities as EntityMap;

	it( 'agrees with the query on classes, countries, regions and labels of every conflict', () => {
		const entities = api( { action: 'wbgetentities', ids: CONFLICTS.map( ( c ) => c.id ).join( '|' ), props: 'labels|claims', languages: 'en|mul', languagefallback: '1' } );
		for ( const c of all.conflicts ) {
			const e = entities[ c.id ];
			expect( claimItemIds( e, 'P31' ) ).toEqual( c.classes );
			expect( claimItemIds( e, 'P17' ).sort() ).toEqual( c.countries.map( ( r ) => r.id ).sort() );
			expect( claimItemIds( e, 'P131' ).sort() ).toEqual( c.regions.map( ( r ) => r.id ).sort() );
			const label = entityText( e.labels, [ 'en', 'mul' ] );
			expect( label ? label.value : c.id ).toBe( c.label );
		}
	} );

	it( 'writes Wikidata JSON: fallback labels, sitelinks with URLs, missing pages', () => {
		const e = api( { action: 'wbgetentities', ids: 'Q131000003', props: 'labels', languages: 'es', languagefallback: '1' } ).Q131000003;
		expect( e.labels ).toEqual( { es: { language: 'mul', value: 'Chuquicamata', 'for-language': 'es' } } );
		const links = api( { action: 'wbgetentities', ids: 'Q2365301', props: 'sitelinks/urls' } ).Q2365301.sitelinks!;
		expect( links.eswiki ).toEqual( { site: 'eswiki', title: 'Pascua Lama', badges: [], url: 'https://es.wikipedia.org/wiki/Pascua_Lama' } );
		expect( Object.keys( links ).sort() ).toEqual( [ 'enwiki', 'eswiki', 'frwiki' ] );
		const page = api( { action: 'wbgetentities', sites: 'eswiki', titles: 'Región de Atacama', props: 'labels|claims' } );
		expect( Object.keys( page ) ).toEqual( [ 'Q2120' ] );
		expect( claimItemIds( page.Q2120, 'P131' ) ).toEqual( [ 'Q298' ] );
		expect( api( { action: 'wbgetentities', sites: 'eswiki', titles: 'Nowhere' } ) ).toEqual( { '-1': { site: 'eswiki', title: 'Nowhere', missing: '' } } );
	} );
} );

describe( 'subclass closure query (view=subclasses) on the engine', () => {
	it( 'finds the configured classes and their subclasses at any depth, nothing else', () => {
		const classes = DEFAULT_CONFLICT_CLASSES.slice();
		const closure = parseSubclasses(
			sampleEngine().select( subclassQuery( classes ) ), classes );
		// Q131000102 is a subclass of Q131000100, itself a subclass of the configured Q131141356.
		expect( closure.slice().sort() ).toEqual( classes.concat( [ 'Q131000100', 'Q131000101', 'Q131000102' ] ).sort() );
		// The conflict of the subclass-of-a-subclass is found by the dashboard and gets its card.
		expect( byId( 'Q2365301' ).classes.every( ( c ) => closure.includes( c ) ) ).toBe( true );
	} );
} );
