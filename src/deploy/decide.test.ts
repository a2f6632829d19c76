// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { decide, deploySummary, isDeployComment, reportRefusals, type PageState } from './decide';

const page = ( over: Partial<PageState> ): PageState => ( {
	title: 'MediaWiki:Gadget-geo-editors.js',
	exists: true,
	content: 'old',
	revid: 5,
	timestamp: '2024-01-01T00:00:00Z',
	user: 'Admin',
	comment: 'Geo gadgets v0.1.0 (abc1234): update geo-editors',
	...over,
} );

describe( 'deploy summary', () => {
	it( 'names version and commit and is recognised', () => {
		const s = deploySummary( '0.2.0', 'def5678', 'geo-editors' );
		expect( s ).toBe( 'Geo gadgets v0.2.0 (def5678): update geo-editors' );
		expect( isDeployComment( s ) ).toBe( true );
		expect( isDeployComment( 'fix typo' ) ).toBe( false );
		expect( isDeployComment( undefined ) ).toBe( false );
	} );
} );

describe( 'decide', () => {
	it( 'creates missing pages', () => {
		expect( decide( { current: page( { exists: false, content: '' } ), desired: 'x', force: false } ) ).toEqual( { action: 'create' } );
	} );

	it( 'leaves identical pages alone, whoever edited last', () => {
		expect( decide( { current: page( { content: 'x', comment: 'manual' } ), desired: 'x', force: false } ).action ).toBe( 'unchanged' );
	} );

	it( 'ignores what MediaWiki normalises on save (trailing whitespace, CRLF)', () => {
		expect( decide( { current: page( { content: 'a\nb', comment: 'manual' } ), desired: 'a\r\nb\n\n', force: false } ).action ).toBe( 'unchanged' );
	} );

	it( 'updates pages whose latest revision is a deploy', () => {
		expect( decide( { current: page( {} ), desired: 'new', force: false } ) ).toEqual( { action: 'update', forced: false } );
	} );

	it( 'refuses when somebody edited on-wiki since the last deploy, naming who and when', () => {
		const d = decide( { current: page( { comment: 'quick fix', user: 'Vandal' } ), desired: 'new', force: false } );
		expect( d.action ).toBe( 'refuse' );
		expect( d.action === 'refuse' && d.reason ).toMatch( /Gadget-geo-editors\.js.*Vandal.*2024-01-01T00:00:00Z.*quick fix/ );
	} );

	it( '--force overwrites the on-wiki edit', () => {
		expect( decide( { current: page( { comment: 'quick fix' } ), desired: 'new', force: true } ) ).toEqual( { action: 'update', forced: true } );
	} );

	describe( 'shared page (Gadgets-definition)', () => {
		const ourPart = ( t: string ): string => t.split( '\n' ).filter( ( l ) => l.startsWith( '* geo' ) ).join( '\n' );

		it( 'merges when only foreign lines were edited since our last deploy', () => {
			const current = page( { content: '* geo|a.js\n* HotCat|new.js', comment: 'add HotCat' } );
			expect( decide( { current, desired: '* geo|b.js\n* HotCat|new.js', force: false, ourPart, lastDeployed: '* geo|a.js' } ).action ).toBe( 'update' );
		} );

		it( 'refuses when our lines were edited since our last deploy', () => {
			const current = page( { content: '* geo|hacked.js', comment: 'tweak' } );
			expect( decide( { current, desired: '* geo|b.js', force: false, ourPart, lastDeployed: '* geo|a.js' } ).action ).toBe( 'refuse' );
		} );

		it( 'adds our lines on the first deploy, when none are there yet', () => {
			const current = page( { content: '* HotCat|h.js', comment: 'site admin' } );
			expect( decide( { current, desired: '* HotCat|h.js\n* geo|b.js', force: false, ourPart, lastDeployed: null } ).action ).toBe( 'update' );
		} );

		it( 'refuses when our lines exist but no deploy is in the history', () => {
			const current = page( { content: '* geo|manual.js', comment: 'copied by hand' } );
			expect( decide( { current, desired: '* geo|b.js', force: false, ourPart, lastDeployed: null } ).action ).toBe( 'refuse' );
		} );
	} );
} );

describe( 'reportRefusals', () => {
	it( 'names every refused page and the advice, and says whether any was refused', () => {
		const errors: string[] = [];
		const spy = vi.spyOn( console, 'error' ).mockImplementation( ( m: string ) => {
			errors.push( m );
		} );
		try {
			expect( reportRefusals( [ { decision: { action: 'unchanged' } } ], 'Advice.' ) ).toBe( false );
			expect( errors ).toEqual( [] );
			expect( reportRefusals( [ { decision: { action: 'refuse', reason: 'A was edited on-wiki' } },
				{ decision: { action: 'update', forced: false } } ], 'Advice.' ) ).toBe( true );
			expect( errors ).toEqual( [ 'REFUSED: A was edited on-wiki', 'Nothing was saved. Advice.' ] );
		} finally {
			spy.mockRestore();
		}
	} );
} );
