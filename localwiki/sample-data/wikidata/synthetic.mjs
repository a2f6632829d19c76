// A seeded, Wikidata-shaped synthetic dataset at scale (items in turtle.mjs's compact format, so
// datasetTurtle() writes them in Wikidata's RDF dump model like the sample): countries, regions
// (P131 country) and communes (P131 region), companies, and `count` conflicts of the sample's
// classes and subclasses with the sample's mix of facts — own or borrowed coordinates, dates at
// three precisions, causes the sector map knows, participants, images, labels in en/es or none,
// and eswiki sitelinks for some. Same seed, same items.

import { CLASSES } from './items.mjs';

function prng( seed ) {
	let s = seed >>> 0;
	return () => {
		s = ( s + 0x6d2b79f5 ) >>> 0;
		let t = s;
		t = Math.imul( t ^ ( t >>> 15 ), t | 1 );
		t ^= t + Math.imul( t ^ ( t >>> 7 ), t | 61 );
		return ( ( t ^ ( t >>> 14 ) ) >>> 0 ) / 4294967296;
	};
}

const WORDS = [ 'Río', 'Cerro', 'Valle', 'Bahía', 'Salar', 'Lago', 'Monte', 'Puerto', 'Sierra', 'Laguna',
	'Norte', 'Sur', 'Alto', 'Bajo', 'Verde', 'Blanco', 'Negro', 'Grande', 'Chico', 'Nuevo' ];
const KINDS = [ 'mine', 'dam', 'power plant', 'landfill', 'pulp mill', 'port', 'highway', 'salmon farm',
	'oil field', 'smelter', 'wind farm', 'logging' ];
// Causes the default sector map knows (data/sectors.ts) and a few it does not.
const CAUSES = [ 'Q897', 'Q15911738', 'Q24489', 'Q188989', 'Q37153', 'Q180388', 'Q1630622', 'Q131000900' ];

/** { items, conflicts, places } with `count` conflicts. */
export function syntheticItems( { count = 10000, countries = 40, seed = 19 } = {} ) {
	const rand = prng( seed );
	const pick = ( list ) => list[ Math.floor( rand() * list.length ) ];
	const name = () => pick( WORDS ) + ' ' + pick( WORDS );
	const point = ( lat, lon ) => ( { point: [ Math.round( lat * 1e4 ) / 1e4, Math.round( lon * 1e4 ) / 1e4 ] } );
	const items = [];
	const places = [];
	const communes = [];
	for ( let c = 0; c < countries; c++ ) {
		const id = 'Q9' + String( c ).padStart( 7, '0' );
		const lat = -50 + rand() * 100;
		const lon = -170 + rand() * 340;
		const country = { id, labels: { en: 'Country ' + c, es: 'País ' + c }, claims: { P31: [ 'Q6256' ], P625: [ point( lat, lon ) ] },
			sitelinks: { eswiki: 'País ' + c } };
		items.push( country );
		places.push( country );
		for ( let r = 0; r < 10; r++ ) {
			const rid = 'Q8' + String( c * 10 + r ).padStart( 7, '0' );
			const region = { id: rid, labels: { en: 'Region ' + name(), es: 'Región ' + c + '-' + r }, claims: {
				P31: [ 'Q590080' ], P17: [ { item: id } ], P131: [ { item: id } ], P625: [ point( lat + rand() * 4 - 2, lon + rand() * 4 - 2 ) ],
			}, sitelinks: r % 2 ? {} : { eswiki: 'Región ' + c + '-' + r } };
			items.push( region );
			places.push( region );
			for ( let k = 0; k < 10; k++ ) {
				const kid = 'Q7' + String( ( c * 10 + r ) * 10 + k ).padStart( 7, '0' );
				const commune = { id: kid, labels: { es: 'Comuna ' + name() + ' ' + kid.slice( 3 ) }, claims: {
					P31: [ 'Q25412763' ], P17: [ { item: id } ], P131: [ { item: rid } ],
					...( k % 5 ? { P625: [ point( lat + rand() * 4 - 2, lon + rand() * 4 - 2 ) ] } : {} ),
				}, sitelinks: k % 3 ? {} : { eswiki: 'Comuna ' + kid } };
				items.push( commune );
				places.push( commune );
				communes.push( commune );
			}
		}
	}
	const companies = [];
	for ( let i = 0; i < 200; i++ ) {
		const company = { id: 'Q6' + String( i ).padStart( 7, '0' ), labels: { en: 'Company ' + name() }, claims: { P31: [ 'Q4830453' ] } };
		companies.push( company );
		items.push( company );
	}
	const classIds = [ 'Q5683226', 'Q183129', 'Q18353204' ].concat( CLASSES.map( ( c ) => c.id ) );
	const conflicts = [];
	for ( let i = 0; i < count; i++ ) {
		const id = 'Q5' + String( i ).padStart( 7, '0' );
		const commune = pick( communes );
		const claims = {
			P31: [ pick( classIds ) ],
			P17: [ commune.claims.P17[ 0 ] ],
			P131: [ rand() < 0.8 ? { item: commune.id } : commune.claims.P131[ 0 ] ],
		};
		if ( rand() < 0.7 ) {
			claims.P625 = [ point( -60 + rand() * 120, -180 + rand() * 360 ) ];
		}
		if ( rand() < 0.8 ) {
			const year = 1950 + Math.floor( rand() * 75 );
			claims.P580 = [ rand() < 0.5 ? { time: String( year ), precision: 9 } : { time: year + '-0' + ( 1 + Math.floor( rand() * 9 ) ), precision: 10 } ];
			if ( rand() < 0.3 ) {
				claims.P582 = [ { time: ( year + 1 + Math.floor( rand() * 10 ) ) + '-06-15', precision: 11 } ];
			}
		}
		if ( rand() < 0.6 ) {
			claims.P828 = [ { item: pick( CAUSES ) } ];
		}
		if ( rand() < 0.4 ) {
			claims.P710 = [ { item: pick( companies ).id } ];
		}
		if ( rand() < 0.2 ) {
			claims.P18 = [ { file: 'Synthetic ' + i + '.jpg' } ];
		}
		const title = pick( KINDS ) + ' ' + name() + ' ' + i;
		const labels = rand() < 0.02 ? {} : rand() < 0.8 ? { en: 'Conflict over the ' + title } : { es: 'Conflicto por ' + title };
		const conflict = { id, labels, descriptions: rand() < 0.5 ? { en: 'environmental conflict ' + i } : {}, claims,
			sitelinks: rand() < 0.3 ? { eswiki: 'Conflicto ' + i } : {} };
		items.push( conflict );
		conflicts.push( conflict );
	}
	return { items: items.concat( CLASSES ), conflicts, places };
}
