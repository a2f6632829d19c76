/**
 * The explorer's view tabs (Codex CSS-only Tabs): arrow keys move between them, mirrored in RTL.
 */
import { h, replaceChildren } from '../../core/dom';
import { msg } from '../../core/messages';
import { VIEWS, type ViewName } from './state';

export function renderViewTabs( list: HTMLElement, current: ViewName,
	select: ( view: ViewName ) => void ): void {
	const buttons = VIEWS.map( ( view ) => h( 'button', {
		class: [ 'cdx-tabs__list__item', 'geo-editors-tab', view === current ? 'geo-editors-tab-active' : null ],
		attrs: { type: 'button', role: 'tab', 'aria-selected': view === current ? 'true' : 'false', tabindex: view === current ? 0 : -1 },
		dataset: { view },
		on: {
			click: () => select( view ),
			keydown: ( e: KeyboardEvent ) => {
				const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
				if ( step ) {
					const dir = document.documentElement.dir === 'rtl' ? -step : step;
					const next =
						VIEWS[ ( VIEWS.indexOf( view ) + dir + VIEWS.length ) % VIEWS.length ];
					select( next );
					const target = list.querySelector<HTMLElement>( '[data-view="' + next + '"]' );
					if ( target ) {
						target.focus();
					}
				}
			},
		},
	}, msg( 'geo-editors-view-' + view ) ) );
	replaceChildren( list, buttons );
	// The tabs are one row that scrolls sideways: keep the chosen one in sight (a shared link can
	// open on the last view).
	const active = list.querySelector<HTMLElement>( '[aria-selected="true"]' );
	if ( active && list.scrollWidth > list.clientWidth ) {
		const a = active.getBoundingClientRect(), box = list.getBoundingClientRect();
		if ( a.left < box.left || a.right > box.right ) {
			list.scrollLeft += a.left < box.left ? a.left - box.left : a.right - box.right;
		}
	}
}
