/**
 * The dashboard's two worklist sections for the people who improve the data: coverage (for
 * edit-a-thons) and the modelling assistant (for Wikidata editors). Each is built when opened,
 * and again when opened with other conflicts than it was built from.
 */
import { h } from '../../core/dom';
import { msg } from '../../core/messages';
import { disclosure } from '../../core/ui';
import type { Conflict } from '../data/types';
import { getContext } from './context';
import { CoverageView } from './coverage';
import { renderModelling } from './modelling';
import type { ScopeSwitch } from './scope';

export class Worklists {
	private readonly coverage: CoverageView;

	private readonly coverageSection: HTMLDetailsElement;

	private readonly modelling = h( 'div' );

	private readonly modellingSection = disclosure( msg( 'geo-conflicts-modelling-title' ), this.modelling );

	private shown: Conflict[] = [];

	private builtFor: { coverage: Conflict[] | null; modelling: Conflict[] | null } =
		{ coverage: null, modelling: null };

	public readonly elements: HTMLElement[];

	public constructor( private readonly scope: ScopeSwitch ) {
		this.coverage = new CoverageView( () => scope.classes() );
		this.coverageSection = disclosure( msg( 'geo-conflicts-coverage-title' ), this.coverage.element );
		this.coverageSection.classList.add( 'geo-conflicts-coverage-section' );
		this.modellingSection.classList.add( 'geo-conflicts-modelling-section' );
		this.coverageSection.addEventListener( 'toggle', () => this.renderIfOpen() );
		this.modellingSection.addEventListener( 'toggle', () => this.renderIfOpen() );
		this.elements = [ this.coverageSection, this.modellingSection ];
	}

	/** The conflicts in the current filter changed. */
	public update( shown: Conflict[] ): void {
		this.shown = shown;
		this.renderIfOpen();
	}

	/** The scope changed: other sitelinks next time. */
	public reset(): void {
		this.coverage.reset();
		this.builtFor = { coverage: null, modelling: null };
	}

	private renderIfOpen(): void {
		if ( this.coverageSection.open && this.builtFor.coverage !== this.shown ) {
			this.builtFor.coverage = this.shown;
			this.coverage.update( this.shown );
		}
		if ( this.modellingSection.open && this.builtFor.modelling !== this.shown ) {
			this.builtFor.modelling = this.shown;
			renderModelling( this.modelling, this.shown,
				{ classes: getContext().config.classes, outside: () => this.scope.outside() } );
		}
	}
}
