// Rendering check for issue 22 item 5, run in the page: every text node that shows a marked piece
// of data text sits in an isolating element of its own (<bdi>, an element with dir, whose text is
// that data text alone) or between FSI and PDI, and every word of other text after it in the same
// block reads left to right, measured from the characters' positions (Range.getClientRects).

import type { Page } from 'playwright-core';

/** Problems found under `roots` for data text containing any of `markers`. */
export function bidiProblems( page: Page, roots: string, markers: string[] ): Promise<{ problems: string[]; seen: number }> {
	return page.evaluate( ( [ rootSelector, marks ] ) => {
		const problems: string[] = [];
		let seen = 0;
		const isBlock = ( el: Element ): boolean => !/^inline/.test( getComputedStyle( el ).display );
		const describe = ( el: Element | null ): string => el ? '<' + el.tagName.toLowerCase() + ( typeof el.className === 'string' && el.className ? '.' + el.className.trim().split( /\s+/ ).join( '.' ) : '' ) + '>' : '?';
		for ( const root of Array.from( document.querySelectorAll( rootSelector ) ) ) {
			const walker = document.createTreeWalker( root, NodeFilter.SHOW_TEXT );
			const dataNodes: Text[] = [];
			for ( let n = walker.nextNode(); n; n = walker.nextNode() ) {
				const t = n as Text;
				if ( marks.some( ( m ) => t.data.includes( m ) ) ) {
					dataNodes.push( t );
				}
			}
			for ( const node of dataNodes ) {
				seen++;
				const mark = marks.find( ( m ) => node.data.includes( m ) )!;
				// Isolated: an element of its own, or FSI … PDI around it in a composed string.
				let isolated = false;
				for ( let el = node.parentElement; el && el !== root && !isolated; el = el.parentElement ) {
					const own = ( el.textContent ?? '' ).length <= node.data.length + 2;
					isolated = own && ( el.tagName === 'BDI' || el.hasAttribute( 'dir' ) );
					if ( isBlock( el ) ) {
						break;
					}
				}
				const at = node.data.indexOf( mark );
				const fsi = node.data.lastIndexOf( '\u2068', at );
				isolated = isolated || ( fsi >= 0 && node.data.indexOf( '\u2069', at ) > at );
				if ( !isolated ) {
					problems.push( `not isolated in ${ describe( node.parentElement ) }: "${ node.data.slice( 0, 50 ) }"` );
				}
				// Our words after it in the same block read left to right.
				let block: Element | null = node.parentElement;
				while ( block && !isBlock( block ) ) {
					block = block.parentElement;
				}
				if ( !block ) {
					continue;
				}
				const after = document.createTreeWalker( block, NodeFilter.SHOW_TEXT );
				let past = false;
				for ( let n = after.nextNode(); n; n = after.nextNode() ) {
					const t = n as Text;
					if ( t === node ) {
						past = true;
						continue;
					}
					if ( !past || dataNodes.includes( t ) || !t.parentElement || t.parentElement.closest( 'bdi' ) ) {
						continue;
					}
					const text = t.data;
					const word = /[A-Za-z]{3,}/g;
					for ( let m = word.exec( text ); m; m = word.exec( text ) ) {
						const xs: { x: number; top: number }[] = [];
						for ( let i = m.index; i < m.index + m[ 0 ].length; i++ ) {
							const r = document.createRange();
							r.setStart( t, i );
							r.setEnd( t, i + 1 );
							const rect = r.getClientRects()[ 0 ];
							if ( rect ) {
								xs.push( { x: rect.left, top: Math.round( rect.top ) } );
							}
						}
						const reversed = xs.some( ( p, i ) => i > 0 && p.top === xs[ i - 1 ].top && p.x < xs[ i - 1 ].x );
						if ( reversed ) {
							problems.push( `"${ m[ 0 ] }" after "${ mark }" in ${ describe( block ) } renders right to left` );
						}
					}
				}
			}
		}
		return { problems, seen };
	}, [ roots, markers ] as const );
}
