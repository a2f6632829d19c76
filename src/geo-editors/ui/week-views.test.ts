import { describe, it, expect } from 'vitest';
import { renderWeekView, type WeekViewHost } from './week-views';
import { parseState } from './state';
import type { Session, LabeledSelection } from '../data/session';
import type { ViewOutput } from './views/types';
import { registerMessages } from '../../core/messages';
import en from '../../../i18n/geo-editors/en.json';
import core from '../../../i18n/core/en.json';

describe( 'renderWeekView', () => {
	it( 'a superseded load\'s aborted weekly files show no error (issue 22 item 3)', async () => {
		const messages = Object.assign( {}, core, en ) as unknown as Record<string, string>;
		registerMessages( { en: messages } );
		const controller = new AbortController();
		const session = {
			weekly: {
				months: [ '2023-08' ], data: new Map(), failed: new Map(),
				load: ( signal: AbortSignal ) => new Promise( ( _resolve, reject ) => {
					signal.addEventListener( 'abort', () => reject( new DOMException( 'aborted', 'AbortError' ) ) );
				} ),
			},
		} as unknown as Session;
		const errors = document.createElement( 'div' );
		const host: WeekViewHost = {
			session, state: parseState( { country: 'CL', project: 'es.wikipedia' }, 'eswiki' ),
			selection: {} as LabeledSelection, signal: controller.signal,
			show: () => undefined, showInstead: () => undefined,
			status: document.createElement( 'div' ), errors, rerender: () => undefined,
		};
		renderWeekView( () => ( {} as ViewOutput ), host );
		controller.abort(); // the reader chose another state
		await new Promise( ( r ) => {
			setTimeout( r, 0 );
		} );
		expect( errors.textContent ).toBe( '' );
	} );
} );
