import { describe, it, expect } from 'vitest';
import { VIEW_TABLE } from './registry';
import { VIEWS, MONTH_VIEWS } from '../state';

describe( 'the view table', () => {
	it( 'has a row for every view of the URL, and the one-month views are those whose month goes into the URL', () => {
		expect( Object.keys( VIEW_TABLE ).sort() ).toEqual( VIEWS.slice().sort() );
		expect( VIEWS.filter( ( v ) => VIEW_TABLE[ v ].scope === 'month' ) ).toEqual( MONTH_VIEWS );
	} );
} );
