/**
 * A conflict's sector is a fact about the data, not about the reader (issue 23 item 2): the same
 * sample RDF, queried for English, Spanish and Arabic readers through the real engine (Oxigraph)
 * and the gadget's normaliser, gives every conflict the same sector and the same sector counts,
 * and a guessed sector names the word, the field and the language that decided it.
 */
import { describe, it, expect } from 'vitest';
import { engineSet } from '../../../tests/support/engine-answers';
import { computeStats } from './filter';
import type { Conflict } from './types';

const byId = ( list: Conflict[] ): Record<string, unknown> => {
	const out: Record<string, unknown> = {};
	list.forEach( ( c ) => {
		out[ c.id ] = c.sector;
	} );
	return out;
};

describe( 'sectors in every reader language', () => {
	const readers = [ 'en', 'es', 'ar' ].map( ( lang ) => engineSet( { kind: 'all' }, { languages: [ lang ] } ).conflicts );

	it( 'en, es and ar readers get the same sector counts and the same sector for each conflict', () => {
		const stats = readers.map( ( list ) => computeStats( list ) );
		expect( stats[ 1 ].bySector ).toEqual( stats[ 0 ].bySector );
		expect( stats[ 2 ].bySector ).toEqual( stats[ 0 ].bySector );
		expect( stats[ 1 ].guessedSector ).toBe( stats[ 0 ].guessedSector );
		expect( byId( readers[ 1 ] ) ).toEqual( byId( readers[ 0 ] ) );
		expect( byId( readers[ 2 ] ) ).toEqual( byId( readers[ 0 ] ) );
	} );

	it( 'a guess says which word of which text, in which language, decided it', () => {
		const guessed = readers[ 0 ].filter( ( c ) => c.sector.basis === 'keyword' );
		expect( guessed.length ).toBeGreaterThan( 0 );
		for ( const c of guessed ) {
			expect( c.sector.keyword ).toBeTruthy();
			expect( [ 'label', 'description' ] ).toContain( c.sector.field );
			expect( c.sector.lang ).toMatch( /^[a-z]{2,3}$/ );
		}
	} );
} );
