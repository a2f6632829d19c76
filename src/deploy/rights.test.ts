// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEPLOY_GRANTS } from '../../localwiki/wiki.mjs';
import { DOCUMENTED_GRANTS, explainSaveError, missingRights, missingRightsText, requiredRights } from './rights';

// Rights of a BotPassword session on MediaWiki 1.43.9 (meta=userinfo&uiprop=rights, read on the
// local wiki for an interface-admin account), by grants.
const WITH_EDITINTERFACE = [ 'editinterface', 'editsitejson', 'edituserjson', 'editsemiprotected', 'edit', 'createpage', 'createtalk', 'minoredit', 'editcontentmodel' ];
const WITH_DOCUMENTED = [ 'editinterface', 'editsitecss', 'editsitejson', 'editsitejs', 'editusercss', 'edituserjson', 'edituserjs', 'editsemiprotected', 'edit', 'createpage', 'createtalk', 'minoredit', 'editcontentmodel' ];

describe( 'requiredRights', () => {
	it( 'matches what the real wiki refused and accepted (docs/deploy.md)', () => {
		// editpage + editinterface + createeditmovepage: descriptions and data pages saved;
		// JS, CSS, Gadgets-definition and JSON definitions refused.
		const pages = [
			'MediaWiki:Gadget-geo-editors.js', 'MediaWiki:Gadget-geo-editors-core.css',
			'MediaWiki:Gadgets-definition', 'MediaWiki:Gadgets/geo-editors.json',
			'MediaWiki:Gadget-geo-editors', 'MediaWiki:Gadget-geo-editors-data/CL/2023-08.json',
		].map( ( title ) => ( { title, exists: false } ) );
		const refused = missingRights( pages, WITH_EDITINTERFACE ).flatMap( ( m ) => m.titles );
		const titles = pages.map( ( p ) => p.title );
		expect( new Set( refused ) ).toEqual( new Set( titles.slice( 0, 4 ) ) );
		expect( missingRights( pages, WITH_DOCUMENTED ) ).toEqual( [] );
		// Without createeditmovepage only existing pages can be saved (cantcreate).
		const noCreate = WITH_DOCUMENTED.filter( ( r ) => r !== 'createpage' );
		expect( missingRights( [ { title: 'MediaWiki:Gadget-x.js', exists: true } ], noCreate ) ).toEqual( [] );
		expect( missingRights( [ { title: 'MediaWiki:Gadget-x.js', exists: false } ], noCreate ) )
			.toEqual( [ { right: 'createpage', titles: [ 'MediaWiki:Gadget-x.js' ] } ] );
	} );

	it( 'asks for the right of each kind of page', () => {
		expect( requiredRights( 'MediaWiki:Gadgets-definition', true ) ).toEqual( [ 'edit', 'editinterface', 'editsitecss', 'editsitejs' ] );
		expect( requiredRights( 'MediaWiki:Gadgets/geo-editors.json', true ) ).toEqual( [ 'edit', 'editinterface', 'editsitejson', 'editsitejs' ] );
		expect( requiredRights( 'User:Ana/geo-editors.js', false ) ).toEqual( [ 'edit', 'createpage', 'editmyuserjs' ] );
	} );
} );

describe( 'messages', () => {
	it( 'name the page, the right and the BotPassword grant', () => {
		const text = missingRightsText( missingRights( [ { title: 'MediaWiki:Gadget-geo-editors.js', exists: true } ], WITH_EDITINTERFACE ) );
		expect( text ).toContain( 'MediaWiki:Gadget-geo-editors.js' );
		expect( text ).toContain( 'editsitejs' );
		expect( text ).toContain( 'Edit sitewide and user CSS/JS (editsiteconfig)' );
		expect( text ).toContain( 'interface-admin' );
	} );

	it( 'explain MediaWiki\'s raw refusal codes', () => {
		const text = explainSaveError( 'MediaWiki:Gadget-geo-editors.js', 'protectednamespace-interface', 'This page provides interface text' );
		expect( text ).toContain( 'MediaWiki:Gadget-geo-editors.js' );
		expect( text ).toContain( '"editinterface"' );
		expect( text ).toContain( 'grant "Edit the MediaWiki namespace and sitewide/user JSON (editinterface)"' );
		expect( explainSaveError( 'MediaWiki:Gadget-x.json', 'sitejsonprotected' ) ).toContain( 'editsitejson' );
		expect( explainSaveError( 'MediaWiki:Gadgets-definition', 'siterawhtmlprotected' ) ).toContain( 'editsiteconfig' );
		expect( explainSaveError( 'MediaWiki:Gadget-x.js', 'editconflict' ) ).toBeNull();
	} );
} );

describe( 'the local wiki\'s deploy BotPassword', () => {
	it( 'has exactly the documented grants (npm start and the e2e suite deploy with them)', () => {
		expect( DEPLOY_GRANTS ).toEqual( DOCUMENTED_GRANTS );
	} );
} );
