import { describe, it, expect, beforeAll } from 'vitest';
import { renderReportControls } from './report-controls';
import { parseReportParams, type ReportParams } from './report-state';
import { useEnglish, selection, wiki } from './views/test-helpers';

const ES = wiki( 'eswiki', 'es.wikipedia' );
const MONTHS = [ '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ];

function render( view: string, report: ReportParams, countries = [ 'CL' ] ): { el: HTMLElement; changes: Partial<ReportParams>[] } {
	const el = document.createElement( 'div' );
	const changes: Partial<ReportParams>[] = [];
	renderReportControls( el, { view, report, selections: [ selection( 'CL', ES ) ], months: MONTHS, countries, onChange: ( c ) => changes.push( c ) } );
	return { el, changes };
}

function choose( select: HTMLSelectElement, value: string ): void {
	select.value = value;
	select.dispatchEvent( new Event( 'change' ) );
}

describe( 'report forms', () => {
	beforeAll( useEnglish );

	it( 'periods: one labelled fieldset per period; a new From moves To along when it would be before it', () => {
		const { el, changes } = render( 'periods', parseReportParams( { periods: '2023-08,2023-12' } ) );
		const sets = el.querySelectorAll( 'fieldset' );
		expect( sets ).toHaveLength( 2 );
		// One selection, two periods: each group has its own name (accessibility: unique group labels).
		expect( Array.from( sets ).map( ( s ) => s.querySelector( 'legend' )!.textContent ) )
			.toEqual( [ 'Period 1 of Chile · es.wikipedia', 'Period 2 of Chile · es.wikipedia' ] );
		const selects = sets[ 0 ].querySelectorAll( 'select' );
		expect( selects[ 0 ].getAttribute( 'aria-label' ) ).toBe( 'Period 1 of Chile · es.wikipedia — From' );
		choose( selects[ 0 ], '2023-10' );
		expect( changes ).toEqual( [ { periods: [ { from: '2023-10', to: '2023-10' }, { from: '2023-12', to: '2023-12' } ] } ] );
		// Every published month is offered, newest first, starting in 2018-01.
		expect( selects[ 0 ].options[ selects[ 0 ].options.length - 1 ].value ).toBe( '2018-01' );
	} );

	it( 'impact: the campaign months, defaulting to the last loaded month', () => {
		const { el, changes } = render( 'impact', parseReportParams( {} ) );
		const selects = el.querySelectorAll( '[data-span=campaign] select' );
		expect( ( selects[ 0 ] as HTMLSelectElement ).value ).toBe( '2023-12' );
		choose( selects[ 0 ] as HTMLSelectElement, '2023-10' );
		expect( changes ).toEqual( [ { campaign: { from: '2023-10', to: '2023-12' } } ] );
	} );

	it( 'group: custom, the M49 continents and regions, the first country\'s region chosen', () => {
		const { el, changes } = render( 'group', parseReportParams( {} ) );
		const select = el.querySelector( 'select' ) as HTMLSelectElement;
		expect( select.value ).toBe( '005' );
		expect( select.querySelectorAll( 'optgroup' ) ).toHaveLength( 2 );
		expect( select.options.length ).toBe( 1 + 7 + 22 );
		choose( select, 'custom' );
		expect( changes ).toEqual( [ { group: 'custom' } ] );
		expect( render( 'group', parseReportParams( {} ), [ '--' ] ).el.querySelector( 'select' )!.value ).toBe( 'custom' );
		expect( render( 'lines', parseReportParams( {} ) ).el.childNodes ).toHaveLength( 0 );
	} );
} );
