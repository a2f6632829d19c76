import { describe, it, expect, beforeAll } from 'vitest';
import { Guide, GUIDE_STEPS, wikiGuideStore, GUIDE_STORAGE_KEY, type GuideStore } from './guide';
import { useEnglish } from './views/test-helpers';

function memoryStore(): GuideStore & { value: boolean } {
	const store = { value: false, seen: () => store.value, remember: () => {
		store.value = true;
	} };
	return store;
}

const click = ( guide: Guide, action: string ): void => ( guide.element.querySelector( '[data-action=guide-' + action + ']' ) as HTMLButtonElement ).click();

describe( 'first-visit guide', () => {
	beforeAll( useEnglish );

	it( 'opens on a first visit and walks through its steps with Next and Back, focus on the next button', () => {
		const guide = new Guide( memoryStore() );
		document.body.appendChild( guide.element );
		guide.open();
		expect( guide.isOpen ).toBe( true );
		expect( guide.element.getAttribute( 'role' ) ).toBe( 'region' );
		expect( guide.element.querySelector( '#geo-editors-guide-title' )!.textContent ).toBe( 'Choose what to look at' );
		expect( guide.element.querySelector( '[aria-live=polite]' ) ).not.toBeNull();
		expect( guide.element.querySelector( '[data-action=guide-back]' ) ).toBeNull();
		click( guide, 'next' );
		click( guide, 'next' );
		expect( guide.element.textContent ).toContain( '95% interval' );
		expect( guide.element.textContent ).toContain( 'Step 3 of 4' );
		expect( document.activeElement!.getAttribute( 'data-action' ) ).toBe( 'guide-next' );
		click( guide, 'back' );
		expect( guide.element.textContent ).toContain( 'Step 2 of 4' );
		guide.element.remove();
	} );

	it( 'is remembered when closed (Done, ×, Escape), and opens again only when asked', () => {
		const store = memoryStore();
		const guide = new Guide( store );
		guide.open();
		for ( let i = 1; i < GUIDE_STEPS.length; i++ ) {
			click( guide, 'next' );
		}
		click( guide, 'done' );
		expect( guide.isOpen ).toBe( false );
		expect( store.value ).toBe( true );
		guide.open();
		expect( guide.isOpen ).toBe( false );
		guide.open( true );
		expect( guide.isOpen ).toBe( true );
		expect( guide.element.textContent ).toContain( 'Step 1 of 4' );
		guide.element.dispatchEvent( new KeyboardEvent( 'keydown', { key: 'Escape', bubbles: true } ) );
		expect( guide.isOpen ).toBe( false );
	} );

	it( 'keeps "seen" in mw.storage on the wiki', () => {
		mw.storage.remove( GUIDE_STORAGE_KEY );
		const store = wikiGuideStore();
		expect( store.seen() ).toBe( false );
		store.remember();
		expect( store.seen() ).toBe( true );
		expect( mw.storage.get( GUIDE_STORAGE_KEY ) ).toBe( '1' );
		mw.storage.remove( GUIDE_STORAGE_KEY );
	} );
} );
