/**
 * Loads that a control restarts (a scope switch, a country, a wiki, a period, a granularity, live
 * or snapshot): only the latest load's answers may reach the view. Without this, a slow answer to
 * a superseded load lands last and the view shows data for a choice the reader has undone (issue
 * 22 item 3). One mechanism for every view of both gadgets:
 *
 *     const loads = new Loads();              // one per view
 *     const turn = loads.begin();             // on every (re)load; earlier turns are superseded
 *     fetchSomething( turn.signal ).then( turn.only( show ), turn.only( showError ) );
 *
 * A superseded turn's signal is aborted (requests that take one stop), and every callback wrapped
 * by `only()` does nothing once a later turn has begun — answers, errors, progress and waits alike.
 */

export interface Turn {
	/** Aborted when a later load begins (or the view stops): pass it to requests. */
	readonly signal: AbortSignal;
	/** Whether no later load has begun. */
	current(): boolean;
	/** `fn`, run only while this turn is current; a superseded turn's calls are dropped. */
	only<A extends unknown[]>( fn: ( ...args: A ) => void ): ( ...args: A ) => void;
}

export class Loads {
	private latest: { controller: AbortController } | null = null;

	/** A new load: every earlier turn of this view is superseded. */
	public begin(): Turn {
		this.stop();
		const mine = { controller: new AbortController() };
		this.latest = mine;
		const current = (): boolean => this.latest === mine;
		return {
			signal: mine.controller.signal,
			current,
			only: <A extends unknown[]>( fn: ( ...args: A ) => void ) => ( ...args: A ): void => {
				if ( current() ) {
					fn( ...args );
				}
			},
		};
	}

	/** Supersede the current turn without starting another (the view is taken away). */
	public stop(): void {
		if ( this.latest ) {
			this.latest.controller.abort();
			this.latest = null;
		}
	}
}

/** Whether a turn's signal says its load was superseded (callbacks that only get the signal). */
export function superseded( signal: AbortSignal | undefined ): boolean {
	return !!signal && signal.aborted;
}
