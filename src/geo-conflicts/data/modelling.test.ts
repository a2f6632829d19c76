import { describe, it, expect } from 'vitest';
import { modellingReport, classUsageQuery, parseClassUsage, suggestCountryQuery, parseCountrySuggestions, countryLines, quickStatement } from './modelling';
import { scopeClasses, outsideConfigured, typeLines, ORIGINAL_TOOL_EXTRA_CLASSES } from './scope';
import { subclassQuery, parseSubclasses } from './subclasses';
import { engineSet, sampleEngine } from '../../../tests/support/engine-answers';
import { buildQuery } from './sparql';
import { normaliseAnswer } from './normalise';
import { DEFAULT_CONFLICT_CLASSES } from './config';
import { DEFAULT_SECTOR_MAP } from './sectors';
import { CONFLICTS, EVENTS } from '../../../localwiki/sample-data/wikidata/items.mjs';

const classes = DEFAULT_CONFLICT_CLASSES.slice();
const all = engineSet( { kind: 'all' } );
const ids = ( list: { id: string }[] ): string[] => list.map( ( c ) => c.id ).sort();

describe( 'modelling report on the engine', () => {
	const report = modellingReport( all.conflicts );

	it( 'finds conflicts missing country, own coordinates, start, participants and causes', () => {
		expect( ids( report.country ) ).toEqual( [ 'Q110971234' ] );
		expect( ids( report.start ) ).toEqual( [ 'Q131000002' ] );
		// No coordinates, borrowed ones (P276, P131) and the Moon one.
		expect( ids( report.coordinates ) ).toEqual( [ 'Q110971234', 'Q131000002', 'Q24034893', 'Q24871356', 'Q56326104', 'Q5764613' ] );
		expect( ids( report.participants ) ).not.toContain( 'Q2365301' );
		expect( report.participants ).toHaveLength( CONFLICTS.length - 3 );
		expect( ids( report.causes ) ).toEqual( [ 'Q1132390', 'Q131000002', 'Q28668915', 'Q5160174', 'Q5759302' ] );
	} );

	it( 'counts the classes in use under the configured roots, labelled', () => {
		const usage = parseClassUsage( sampleEngine().select( classUsageQuery( classes, [ 'es' ] ) ) );
		const count = ( id: string ): number => CONFLICTS
			.filter( ( c ) => ( ( c.claims || {} ).P31 as string[] ).includes( id ) ).length;
		expect( usage.map( ( u ) => [ u.id, u.count ] ) ).toEqual( [
			[ 'Q131141356', count( 'Q131141356' ) ], [ 'Q131000100', count( 'Q131000100' ) ], [ 'Q131000101', count( 'Q131000101' ) ], [ 'Q131000102', 1 ],
		].sort( ( a, b ) => ( b[ 1 ] as number ) - ( a[ 1 ] as number ) ||
			( a[ 0 ] < b[ 0 ] ? -1 : 1 ) ) );
		expect( usage.filter( ( u ) => u.id === 'Q131000100' )[ 0 ].label ).toBe( 'conflicto minero' );
		// Labelled in English only: the chain's fallback (es, mul, en).
		expect( usage.filter( ( u ) => u.id === 'Q131000102' )[ 0 ] ).toMatchObject( { label: 'open-pit mining conflict', labelMissing: false } );
	} );

	it( 'suggests a country from the conflict\'s own places, as QuickStatements lines', () => {
		const suggestions = parseCountrySuggestions( sampleEngine()
			.select( suggestCountryQuery( ids( report.country ) ) ) );
		expect( suggestions ).toEqual( { Q110971234: [ 'Q298' ] } );
		expect( countryLines( suggestions ) ).toEqual( [ 'Q110971234\tP17\tQ298' ] );
	} );

	it( 'writes only statements of ids', () => {
		expect( () => quickStatement( 'Q1\tP31', 'P31', 'Q5' ) ).toThrow();
		expect( () => quickStatement( 'Q1', 'P31', 'label' ) ).toThrow();
	} );
} );

describe( 'the original tool\'s scope on the engine', () => {
	it( 'adds the disaster and oil-spill items (subclasses included) and says which they are', () => {
		const wide = scopeClasses( classes, 'original' );
		expect( wide ).toEqual( classes.concat( ORIGINAL_TOOL_EXTRA_CLASSES ) );
		const query = buildQuery( { kind: 'all' }, { classes: wide, languages: [ 'en' ], siteId: 'eswiki' } );
		const set = normaliseAnswer( sampleEngine().select( query ), { sectorMap: DEFAULT_SECTOR_MAP, languages: [ 'en' ], siteId: 'eswiki', query } );
		const closure = parseSubclasses(
			sampleEngine().select( subclassQuery( classes ) ), classes );
		const extra = outsideConfigured( set.conflicts, closure );
		expect( ids( extra ) ).toEqual( EVENTS.map( ( e ) => e.id ).sort() );
		expect( set.conflicts.length - all.conflicts.length ).toBe( extra.length );
		expect( typeLines( extra, classes[ 0 ] ) ).toContain( 'Q131000302\tP31\t' + classes[ 0 ] );
	} );
} );
