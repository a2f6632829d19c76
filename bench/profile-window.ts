/**
 * Self time per function in a time window of a V8 CPU profile (CDP `Profiler.stop`'s profile:
 * nodes with call frames, samples and the µs between them).
 */

interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
	columnNumber: number;
}

export interface CpuProfile {
	nodes: { id: number; callFrame: CallFrame }[];
	/** µs. */
	startTime: number;
	endTime: number;
	samples: number[];
	/** µs before each sample. */
	timeDeltas: number[];
}

export interface SelfTime {
	name: string;
	where: string;
	selfMs: number;
}

/** Not a function of a page: the profiler's own buckets. */
const BUCKETS = new Set( [ '(idle)', '(program)', '(root)' ] );

/** Where a script came from, shortly: load.php's module list, else the last part of the path. */
function where( url: string, line: number, column: number ): string {
	if ( !url ) {
		// Built-ins (canvas, GC) have no script.
		return '(browser)';
	}
	try {
		const u = new URL( url );
		const modules = u.searchParams.get( 'modules' );
		const script = modules ? 'load.php `' + modules.slice( 0, 60 ) + '`' : u.pathname.split( '/' ).pop();
		return script + ' ' + ( line + 1 ) + ':' + ( column + 1 );
	} catch ( e ) {
		return url.slice( 0, 60 );
	}
}

/**
 * The `count` functions with the most self time between `from` and `to` (µs, the profile's clock),
 * of scripts whose URL matches `only` when given.
 */
export function topSelfTime(
	profile: CpuProfile, from: number, to: number, count: number, only?: RegExp,
): SelfTime[] {
	const byId = new Map( profile.nodes.map( ( n ) => [ n.id, n ] ) );
	const self = new Map<string, SelfTime>();
	let t = profile.startTime;
	for ( let i = 0; i < profile.samples.length; i++ ) {
		t += profile.timeDeltas[ i ];
		// A sample stands for the time until the next one.
		const next = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[ i + 1 ] : 0;
		if ( t < from || t > to ) {
			continue;
		}
		const node = byId.get( profile.samples[ i ] );
		if ( !node || BUCKETS.has( node.callFrame.functionName ) ||
			( only && !only.test( node.callFrame.url ) ) ) {
			continue;
		}
		const f = node.callFrame;
		const name = f.functionName || '(anonymous)';
		const key = name + ' ' + f.url + ' ' + f.lineNumber + ' ' + f.columnNumber;
		const entry = self.get( key ) ||
			{ name, where: where( f.url, f.lineNumber, f.columnNumber ), selfMs: 0 };
		entry.selfMs += next / 1000;
		self.set( key, entry );
	}
	return [ ...self.values() ].sort( ( a, b ) => b.selfMs - a.selfMs ).slice( 0, count );
}
