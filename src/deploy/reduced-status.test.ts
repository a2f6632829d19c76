import { describe, it, expect } from 'vitest';
import { describeReduced } from './reduced-status';
import { buildIndex } from '../geo-editors/data/reduced-index';

describe( 'what the deploy says about reduced pages', () => {
	it( 'says when there are none, and which months are missing inside a listed span', () => {
		expect( describeReduced( null )[ 0 ] ).toMatch( /none on this wiki.*readers read the release files/ );
		const index = buildIndex( [ 'CL/2023-01', 'CL/2023-03', 'wiki/eswiki/2023-01' ].map( ( t ) => `MediaWiki:Gadget-geo-editors-data/${ t }.json` ), '2026-12-07' );
		const lines = describeReduced( index );
		expect( lines ).toContain( '  missing countries CL: 2023-02 (readers read the release for them)' );
		expect( lines.join( '\n' ) ).toMatch( /weekly: none/ );
	} );
} );
