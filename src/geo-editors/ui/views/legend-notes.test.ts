/**
 * A table's legend lines are about its own cells (issue 23 item 1): the n/p line only under a table
 * with an n/p cell, the "no data" line only under one with a "no data" cell. Real sample rows.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { linesView } from './lines';
import { withMissingNotes } from './labels';
import { useEnglish, rangeInput, selection, sampleRows, wiki } from './test-helpers';
import { RowIndex } from '../../data/aggregate';
import { monthCoverage } from '../../data/coverage';
import { msg } from '../../../core/messages';

const ES = wiki( 'eswiki', 'es.wikipedia' );
const WD = wiki( 'wikidatawiki', 'en.wikidata' );

describe( 'legend lines follow the cells', () => {
	beforeAll( useEnglish );
	const np = (): string => msg( 'geo-editors-note-np' );
	const noData = (): string => msg( 'geo-editors-note-no-data' );

	it( 'a table with every cell published has no n/p line and no "no data" line', () => {
		const notes = withMissingNotes( linesView( rangeInput( [ '2023-08' ], [ selection( 'CL', ES ) ] ) ) ).table.notes;
		expect( notes ).not.toContain( np() );
		expect( notes ).not.toContain( noData() );
		expect( notes ).toContain( msg( 'geo-editors-note-ci' ) );
	} );

	it( 'a table with an n/p cell keeps the n/p line', () => {
		const notes = withMissingNotes( linesView( rangeInput( [ '2023-08' ], [ selection( 'CL', WD ) ] ) ) ).table.notes;
		expect( notes ).toContain( np() );
		expect( notes ).not.toContain( noData() );
	} );

	it( 'months without data add the "no data" line, once, and no n/p line when nothing is n/p', () => {
		const input = rangeInput( [ '2023-08' ], [ selection( 'CL', ES ) ] );
		input.months = [ '2023-08', '2024-01' ];
		input.index = new RowIndex( sampleRows( '2023-08' ), monthCoverage( [ '2024-01' ] ) );
		const once = withMissingNotes( linesView( input ) );
		const notes = withMissingNotes( once ).table.notes;
		expect( notes.filter( ( n ) => n === noData() ) ).toHaveLength( 1 );
		expect( notes ).not.toContain( np() );
	} );
} );
