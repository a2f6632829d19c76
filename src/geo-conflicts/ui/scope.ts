/**
 * The original Geo Conflictos tool's scope as a switch: on, the dashboard also queries the
 * environmental disaster and oil spill classes, and says how many more items that brings.
 */
import { h, replaceChildren } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import { codexCheckbox } from '../../core/ui';
import { outsideConfigured, scopeClasses, type Scope } from '../data/scope';
import type { Conflict, ConflictSet } from '../data/types';
import { conflictClasses, getContext, loadSet, queryFor } from './context';

export class ScopeSwitch {
	private readonly box = h( 'input', { attrs: { type: 'checkbox' }, class: 'geo-conflicts-scope-original' } );

	private readonly note = h( 'span', { class: 'geo-conflicts-muted geo-conflicts-scope-note', attrs: { 'aria-live': 'polite' } } );

	public readonly element = h( 'div', { class: 'geo-conflicts-scope' },
		codexCheckbox( this.box, msg( 'geo-conflicts-scope-original' ), 'geo-conflicts-scope-original' ), this.note );

	private outsideFor: Promise<Conflict[]> | null = null;

	public constructor( public scope: Scope, onChange: ( scope: Scope ) => void ) {
		this.box.checked = scope === 'original';
		this.box.addEventListener( 'change', () => {
			this.scope = this.box.checked ? 'original' : 'configured';
			replaceChildren( this.note );
			onChange( this.scope );
		} );
	}

	public classes(): string[] {
		return scopeClasses( getContext().config.classes, this.scope );
	}

	public query(): string {
		return queryFor( { kind: 'all' }, this.classes() );
	}

	/**
	 * The items only the original tool's classes bring (one more cached query, and the class
	 * closure).
	 */
	public outside(): Promise<Conflict[]> {
		if ( !this.outsideFor ) {
			const wide = queryFor( { kind: 'all' }, scopeClasses( getContext().config.classes, 'original' ) );
			this.outsideFor = Promise.all( [ loadSet( wide ), conflictClasses() ] )
				.then( ( [ set, closure ] ) => outsideConfigured( set.conflicts, closure ) );
			this.outsideFor.catch( () => {
				this.outsideFor = null; // asked again next time
			} );
		}
		return this.outsideFor;
	}

	/** With the wider scope loaded: "adds N items (M in all)". */
	public shown( set: ConflictSet ): void {
		if ( this.scope !== 'original' ) {
			replaceChildren( this.note );
			return;
		}
		const total = set.conflicts.length;
		conflictClasses().then( ( closure ) => {
			if ( this.scope === 'original' ) {
				const more = outsideConfigured( set.conflicts, closure ).length;
				this.note.dataset.more = String( more );
				replaceChildren( this.note, msg( 'geo-conflicts-scope-more', formatNumber( more ), formatNumber( total ), more ) );
			}
		} );
	}
}
