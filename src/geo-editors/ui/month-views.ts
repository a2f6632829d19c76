/**
 * Feeding the one-month views (every country of the first wiki in one month): that month's file
 * for all countries, the country outlines for views that ask for them, the REST offer. A view that
 * is already drawn is not drawn again when the range's months arrive (its map stays).
 */
import { releaseMonthsNotice, showMonthNoData } from './explorer-notices';
import { clear } from '../../core/dom';
import { msg } from '../../core/messages';
import { errorBox, errorMessage, spinner } from '../../core/ui';
import { isNoFile, type Session } from '../data/session';
import { ShapesTooLargeError, type Outline } from '../data/geoshapes';
import type { ViewState } from './state';
import type { ViewDefinition, ViewOutput } from './views/types';
import { restOffer } from './rest-offer';
import { groupChoice } from './group-choice';
import { superseded } from '../../core/supersede';

export interface MonthViewHost {
	session: Session;
	state: ViewState;
	month: string;
	signal?: AbortSignal;
	show( output: ViewOutput ): void;
	/** Append under the view (the REST offer). */
	append( element: HTMLElement ): void;
	status: HTMLElement;
	errors: HTMLElement;
	/**
	 * Draw again once something arrived, if the explorer still shows this session and a month view.
	 */
	rerender( session: Session ): void;
}

export class MonthViews {
	/**
	 * Country outlines: undefined until asked for, null when they failed (the map is then left
	 * out).
	 */
	private outlines: Map<string, Outline> | null | undefined = undefined;

	/** Points of an answer refused for its size (ShapesTooLargeError), for its own message. */
	private outlinesRefused: number | undefined = undefined;

	private shown: { session: Session; key: string } | null = null;

	/** Another view was drawn: the next month view is drawn afresh. */
	public forget(): void {
		this.shown = null;
	}

	public render( view: Extract<ViewDefinition, { scope: 'month' }>, host: MonthViewHost ): void {
		const { session, state, month, signal } = host;
		const data = session.monthViews.top.get( month );
		const outlines = view.outlines ? this.outlines : undefined;
		const ready = !view.outlines || outlines !== undefined;
		if ( data && ready ) {
			const key = [ state.view, month, state.levels.join( ',' ), outlines ? 1 : 0, state.report.group || '' ].join( '|' );
			if ( this.shown && this.shown.session === session && this.shown.key === key ) {
				return;
			}
			const wiki = session.wikis[ 0 ];
			host.show( view.build( {
				month, wiki, rows: data.rows, levels: state.levels, outlines,
				outlinesRefused: outlines === null ? this.outlinesRefused : undefined,
				group: groupChoice( state.report.group, state.countries, session.wikis.length ),
			} ) );
			this.shown = { session, key };
			const fallback = releaseMonthsNotice( [ data ] );
			if ( fallback ) {
				host.append( fallback );
			}
			const rest = view.offerRest ? session.monthViews.restLoader( month ) : null;
			if ( rest ) {
				host.append( restOffer( wiki.project, month, rest ) );
			}
			return;
		}
		if ( !data && session.noFile.has( month ) ) {
			this.shown = null;
			showMonthNoData( host.errors, session, month );
			return;
		}
		const loading = spinner();
		host.status.appendChild( loading );
		const again = (): void => {
			loading.remove();
			host.rerender( session );
		};
		if ( !ready ) {
			session.monthViews.loadOutlines( signal ).then( ( loaded ) => {
				this.outlines = loaded;
				this.outlinesRefused = undefined;
			}, ( e ) => {
				// A superseded load's abort is no failure: the next session asks again.
				if ( !superseded( signal ) ) {
					this.outlines = null;
					this.outlinesRefused = e instanceof ShapesTooLargeError ? e.points : undefined;
				}
			} ).then( again );
		}
		if ( !data ) {
			session.monthViews.loadTop( month, signal ).then( again, ( e ) => {
				loading.remove();
				if ( superseded( signal ) ) {
					return;
				}
				if ( isNoFile( e ) ) {
					// Not an error: the release does not have this month (the notice says so).
					session.noFile.add( month );
					// Named with the release's own range (its listing), or the months that can exist.
					session.releaseRange( signal ).then( () => {
						if ( !superseded( signal ) ) {
							showMonthNoData( host.errors, session, month );
						}
					} );
					return;
				}
				host.errors.appendChild( errorBox( msg( 'geo-editors-error-top' ) + ' ' + errorMessage( e ), () => {
					clear( host.errors );
					host.rerender( session );
				} ) );
			} );
		}
	}
}
