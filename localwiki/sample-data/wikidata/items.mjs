// The sample Wikidata items, compactly (format: localwiki/wdqs/turtle.mjs). `_generate.mjs` writes them
// as conflicts.ttl in Wikidata's RDF model; the engine and the Wikidata API stand-in both read that.
// Countries are the real QIDs, conflict and region QIDs are illustrative, labels realistic.
// Tricky cases on purpose: subclasses of the configured classes, two countries, P276/P131-only
// locations, preferred/normal/deprecated ranks, two start dates, labels only in es or only in mul,
// an item without any label, a Moon coordinate, a region without coordinates. Nothing hostile: this
// is what a newcomer sees first (issue 23 item 11). Attacker-shaped items are the tests' own, in
// tests/support/hostile-items.ts, loaded only by the tests that need them.

const E = ( id ) => ( { item: id } );
const y = ( year ) => ( { time: String( year ), precision: 9 } );
const m = ( ym ) => ( { time: ym, precision: 10 } );
const d = ( ymd ) => ( { time: ymd, precision: 11 } );
const at = ( lat, lon, extra = {} ) => ( { point: [ lat, lon ], ...extra } );

function place( id, en, es, { p31 = 'Q590080', in: parent, country, coord, sitelinks } = {} ) {
	const claims = { P31: [ p31 ] };
	if ( country ) {
		claims.P17 = [ country ];
	}
	if ( parent ) {
		claims.P131 = [ parent ];
	}
	if ( coord ) {
		claims.P625 = [ at( coord[ 0 ], coord[ 1 ] ) ];
	}
	return { id, labels: { en, ...( es ? { es } : {} ) }, claims, sitelinks: sitelinks || {} };
}

export const PLACES = [
	place( 'Q298', 'Chile', 'Chile', { p31: 'Q6256', coord: [ -33, -71 ], sitelinks: { eswiki: 'Chile', enwiki: 'Chile' } } ),
	place( 'Q414', 'Argentina', 'Argentina', { p31: 'Q6256', coord: [ -34, -64 ] } ),
	place( 'Q419', 'Peru', 'Perú', { p31: 'Q6256', coord: [ -10, -75 ] } ),
	place( 'Q155', 'Brazil', 'Brasil', { p31: 'Q6256', coord: [ -14, -53 ] } ),
	place( 'Q77', 'Uruguay', 'Uruguay', { p31: 'Q6256', coord: [ -33, -56 ] } ),
	place( 'Q2120', 'Atacama Region', 'Región de Atacama', { in: 'Q298', country: 'Q298', coord: [ -27.5, -70 ], sitelinks: { eswiki: 'Región de Atacama' } } ),
	place( 'Q44818', 'San Juan Province', 'Provincia de San Juan', { p31: 'Q44753', in: 'Q414', country: 'Q414', coord: [ -30.9, -68.9 ] } ),
	place( 'Q2109', 'Aysén Region', 'Región de Aysén', { in: 'Q298', country: 'Q298', coord: [ -46.4, -72.6 ] } ),
	place( 'Q2106', 'Valparaíso Region', 'Región de Valparaíso', { in: 'Q298', country: 'Q298', coord: [ -32.9, -71.3 ] } ),
	place( 'Q1202306', 'Petorca Province', 'Provincia de Petorca', { p31: 'Q1147395', in: 'Q2106', country: 'Q298', coord: [ -32.25, -70.93 ] } ),
	place( 'Q1024573', 'Puchuncaví', null, { p31: 'Q25412763', in: 'Q2106', country: 'Q298', coord: [ -32.72, -71.41 ] } ),
	place( 'Q1024582', 'Quintero', null, { p31: 'Q25412763', in: 'Q2106', country: 'Q298', coord: [ -32.78, -71.53 ] } ),
	place( 'Q2178', 'Los Ríos Region', 'Región de Los Ríos', { in: 'Q298', country: 'Q298', coord: [ -40, -72.6 ] } ),
	place( 'Q2177', 'Los Lagos Region', 'Región de Los Lagos', { in: 'Q298', country: 'Q298', coord: [ -41.9, -73 ] } ),
	place( 'Q1478', 'Chiloé Island', 'Isla Grande de Chiloé', { p31: 'Q23442', in: 'Q2177', country: 'Q298', coord: [ -42.6, -73.9 ] } ),
	place( 'Q2131', 'Santiago Metropolitan Region', 'Región Metropolitana de Santiago', { in: 'Q298', country: 'Q298', coord: [ -33.45, -70.65 ] } ),
	place( 'Q1003', 'San José de Maipo', null, { p31: 'Q25412763', in: 'Q2131', country: 'Q298', coord: [ -33.64, -70.35 ] } ),
	// No coordinates: its conflicts have no place on the map.
	place( 'Q2132', 'Coquimbo Region', 'Región de Coquimbo', { in: 'Q298', country: 'Q298' } ),
	place( 'Q1017', 'La Higuera', null, { p31: 'Q25412763', in: 'Q2132', country: 'Q298', coord: [ -29.5, -71.27 ] } ),
	place( 'Q2180', 'Biobío Region', 'Región del Biobío', { in: 'Q298', country: 'Q298', coord: [ -37.5, -72.4 ] } ),
	place( 'Q2118', 'Antofagasta Region', 'Región de Antofagasta', { in: 'Q298', country: 'Q298', coord: [ -23.6, -69.3 ] } ),
	place( 'Q1056127', 'Salar de Atacama', null, { p31: 'Q216107', in: 'Q2118', country: 'Q298', coord: [ -23.5, -68.25 ] } ),
	place( 'Q205093', 'Cajamarca Region', 'Región Cajamarca', { p31: 'Q1048835', in: 'Q419', country: 'Q419', coord: [ -6.9, -78.5 ] } ),
	place( 'Q39517', 'Pará', 'Pará', { p31: 'Q485258', in: 'Q155', country: 'Q155', coord: [ -4, -52.3 ] } ),
	place( 'Q1189', 'Río Negro Department', 'Departamento de Río Negro', { p31: 'Q56059', in: 'Q77', country: 'Q77', coord: [ -32.7, -57.5 ] } )
];

/** Subclasses of the configured conflict classes (matched through wdt:P31/wdt:P279*). */
export const CLASSES = [
	{ id: 'Q131141356', labels: { en: 'environmental conflict', es: 'conflicto ambiental' }, claims: {} },
	{ id: 'Q131000100', labels: { en: 'mining conflict', es: 'conflicto minero' }, claims: { P279: [ 'Q131141356' ] } },
	{ id: 'Q131000101', labels: { en: 'hydroelectric conflict', es: 'conflicto hidroeléctrico' }, claims: { P279: [ 'Q131141356' ] } },
	{ id: 'Q131000102', labels: { en: 'open-pit mining conflict' }, claims: { P279: [ 'Q131000100' ] } }
];

const conflict = ( id, labels, descriptions, claims, sitelinks = {}, extra = {} ) =>
	( { id, labels, descriptions, claims: { P31: [ 'Q131141356' ], ...claims }, sitelinks, ...extra } );

export const CONFLICTS = [
	conflict( 'Q2365301', { en: 'Pascua Lama', es: 'Pascua Lama' }, { en: 'gold mining project on the Chile–Argentina border', es: 'proyecto minero de oro en la frontera entre Chile y Argentina' }, {
		P31: [ 'Q131000102' ], P17: [ 'Q298', 'Q414' ], P131: [ 'Q2120', 'Q44818' ],
		// The preferred coordinate is the truthy one; the normal one is only in p:/ps:.
		P625: [ at( -29.3167, -70.0167, { rank: 'preferred' } ), at( -29.2, -70.1 ) ],
		P580: [ y( 2000 ) ], P582: [ m( '2020-10' ) ], P18: [ { file: 'Glaciar Toro 1.jpg' } ], P373: [ 'Pascua Lama' ],
		P828: [ E( 'Q897' ) ], P710: [ E( 'Q808785' ), E( 'Q131000210' ) ], P137: [ E( 'Q808785' ) ], P127: [ E( 'Q808785' ) ],
		P1542: [ E( 'Q131000211' ) ], P1056: [ E( 'Q897' ) ]
	}, { eswiki: 'Pascua Lama', enwiki: 'Pascua Lama', frwiki: 'Pascua Lama' } ),
	conflict( 'Q5764613', { en: 'HidroAysén', es: 'HidroAysén' }, { en: 'hydroelectric project of five dams in Patagonia', es: 'proyecto hidroeléctrico de cinco represas en la Patagonia' }, {
		P31: [ 'Q131000101' ], P17: [ 'Q298' ], P131: [ 'Q2109' ], P580: [ d( '2007-08-14' ) ], P582: [ d( '2014-06-10' ) ],
		P18: [ { file: 'Río Baker.jpg' } ], P828: [ E( 'Q15911738' ) ], P127: [ E( 'Q131000212' ), E( 'Q131000213' ) ], P1542: [ E( 'Q131000214' ) ]
	}, { eswiki: 'HidroAysén', enwiki: 'HidroAysén' } ),
	conflict( 'Q28668915', { en: 'Quintero-Puchuncaví sacrifice zone', es: 'Zona de sacrificio de Quintero-Puchuncaví' }, { en: 'industrial pollution in the bay of Quintero' }, {
		P17: [ 'Q298' ], P131: [ 'Q1024573', 'Q1024582' ], P625: [ at( -32.7667, -71.4833 ) ], P580: [ y( 1964 ) ],
		P361: [ E( 'Q329683' ) ], P710: [ E( 'Q1349532' ) ], P1542: [ E( 'Q131000215' ) ]
	}, { eswiki: 'Zona de sacrificio de Quintero-Puchuncaví' } ),
	// Labelled in Spanish only: an English reader gets the Spanish label (language chain).
	conflict( 'Q5759302', { es: 'Caso Celco' }, { es: 'conflicto por la planta de celulosa de Celco en Valdivia' }, {
		P17: [ 'Q298' ], P131: [ 'Q2178' ], P625: [ at( -39.53, -72.95 ) ], P580: [ y( 2004 ) ]
	}, { eswiki: 'Caso Celco' } ),
	conflict( 'Q5759245', { en: 'Castilla Thermoelectric Plant', es: 'Central Termoeléctrica Castilla' }, { en: 'coal-fired power plant project near Totoral' }, {
		P17: [ 'Q298' ], P131: [ 'Q2120' ], P625: [ at( -27.78, -70.98 ) ], P580: [ y( 2008 ) ],
		// A deprecated end date never reaches the truthy graph nor the best-rank dates.
		P582: [ { ...d( '2010-01-01' ), rank: 'deprecated' }, d( '2012-08-28' ) ], P828: [ E( 'Q24489' ) ],
		P127: [ E( 'Q131000216' ) ], P2283: [ E( 'Q24489' ) ]
	}, { eswiki: 'Central Termoeléctrica Castilla' } ),
	// Approximate: no own coordinates, a location (P276) that has some.
	conflict( 'Q24034893', { en: '2016 Chiloé red tide crisis', es: 'Crisis de la marea roja en Chiloé de 2016' }, { en: 'algal bloom, salmon farming and fishermen protests' }, {
		P17: [ 'Q298' ], P131: [ 'Q2177' ], P276: [ 'Q1478' ], P580: [ m( '2016-05' ) ], P828: [ E( 'Q188989' ) ]
	} ),
	// Two best-rank start dates: the earliest counts.
	conflict( 'Q56326104', { en: 'Water conflict in Petorca', es: 'Conflicto por el agua en Petorca' }, { en: 'water scarcity and avocado plantations' }, {
		P17: [ 'Q298' ], P131: [ 'Q1202306' ], P580: [ y( 2004 ), y( 1997 ) ], P828: [ E( 'Q37153' ) ]
	} ),
	conflict( 'Q63347855', { en: 'Santa Marta landfill', es: 'Relleno sanitario Santa Marta' }, { en: 'landfill south of Santiago, landslide and fire in 2016' }, {
		P17: [ 'Q298' ], P131: [ 'Q2131' ], P625: [ at( -33.62, -70.73 ) ], P580: [ d( '2016-01-15' ) ], P828: [ E( 'Q180388' ) ]
	} ),
	conflict( 'Q106593521', { en: 'El Mauro tailings dam', es: 'Tranque de relaves El Mauro' }, { en: 'tailings dam of Los Pelambres above the village of Caimanes' }, {
		P31: [ 'Q131000100' ], P17: [ 'Q298' ], P131: [ 'Q2132' ], P625: [ at( -31.93, -71.1 ) ], P580: [ y( 2004 ) ], P828: [ E( 'Q1630622' ) ]
	} ),
	conflict( 'Q5160174', { en: 'Conga mining project', es: 'Proyecto Conga' }, { en: 'gold and copper mining project in the highlands of Cajamarca' }, {
		P31: [ 'Q131000100' ], P17: [ 'Q419' ], P131: [ 'Q205093' ], P625: [ at( -6.97, -78.4 ) ], P580: [ m( '2011-11' ) ]
	}, { eswiki: 'Proyecto Conga', enwiki: 'Conga mining project' } ),
	conflict( 'Q1130993', { en: 'Belo Monte Dam', es: 'Represa de Belo Monte', pt: 'Usina Hidrelétrica de Belo Monte' }, { en: 'hydroelectric dam on the Xingu River' }, {
		P31: [ 'Q131000101' ], P17: [ 'Q155' ], P131: [ 'Q39517' ], P625: [ at( -3.12, -51.78 ) ], P580: [ y( 2010 ) ], P828: [ E( 'Q15911738' ) ],
		// A participant labelled in Portuguese only; an operator in three languages.
		P710: [ E( 'Q131000217' ) ], P137: [ E( 'Q131000218' ) ]
	}, { ptwiki: 'Usina Hidrelétrica de Belo Monte', enwiki: 'Belo Monte Dam' } ),
	conflict( 'Q1132390', { en: 'Cellulose plant conflict between Argentina and Uruguay', es: 'Conflicto entre Argentina y Uruguay por las papeleras' }, { en: 'dispute over a pulp mill near Fray Bentos' }, {
		P17: [ 'Q414', 'Q77' ], P131: [ 'Q1189' ], P625: [ at( -33.1, -58.27 ) ], P580: [ y( 2005 ) ], P582: [ d( '2010-04-20' ) ]
	}, { eswiki: 'Conflicto entre Argentina y Uruguay por las papeleras' } ),
	conflict( 'Q4734577', { en: 'Alto Maipo Hydroelectric Project', es: 'Proyecto Hidroeléctrico Alto Maipo' }, { en: 'run-of-river power plant in the Cajón del Maipo' }, {
		P31: [ 'Q131000101' ], P17: [ 'Q298' ], P131: [ 'Q1003' ], P625: [ at( -33.65, -70.3 ) ], P580: [ y( 2007 ) ], P828: [ E( 'Q15911738' ) ]
	} ),
	conflict( 'Q2105693', { en: 'Ralco Dam', es: 'Central Ralco' }, { en: 'dam on the upper Biobío River that flooded Pehuenche lands' }, {
		P17: [ 'Q298' ], P131: [ 'Q2180' ], P625: [ at( -37.92, -71.6 ) ], P580: [ y( 1993 ) ], P582: [ y( 2004 ) ], P828: [ E( 'Q12323' ) ]
	}, { eswiki: 'Central Ralco' } ),
	// No P17: Chile is reached only through P276 → P131 (and so the country panel must follow P131/P276 too).
	conflict( 'Q110971234', { en: 'Lithium extraction in the Salar de Atacama', es: 'Extracción de litio en el Salar de Atacama' }, { en: 'brine extraction and Atacameño communities' }, {
		P276: [ 'Q1056127' ], P580: [ y( 2016 ) ], P828: [ E( 'Q568' ) ]
	} ),
	// A coordinate on the Moon (a mistake in the data): rejected, never drawn on Earth.
	conflict( 'Q24871356', { en: 'Dominga mining project', es: 'Proyecto Dominga' }, { en: 'iron and copper mine and port near the Humboldt penguin reserve' }, {
		P31: [ 'Q131000100' ], P17: [ 'Q298' ], P131: [ 'Q1017' ], P625: [ at( -29.3, -71.2, { globe: 'Q405' } ) ], P580: [ y( 2013 ) ], P828: [ E( 'Q44497' ) ]
	} ),
	// No label in any language: shown as its QID, flagged as missing.
	conflict( 'Q131000002', {}, {}, { P17: [ 'Q298' ], P131: [ 'Q2132' ] } ),
	// Labelled only in `mul` (the default for names), described only in Spanish.
	conflict( 'Q131000003', { mul: 'Chuquicamata' }, { es: 'contaminación por la fundición de Chuquicamata' }, {
		P31: [ 'Q131000100' ], P17: [ { item: 'Q298' }, { item: 'Q419', rank: 'deprecated' } ], P131: [ 'Q2118' ], P625: [ at( -22.3, -68.9 ) ], P580: [ y( 1915 ) ], P828: [ E( 'Q753' ) ]
	} )
];

/**
 * Items that are not conflicts: participants, companies, causes and effects the conflicts point to
 * (what the conflict is about). The QIDs the sector map knows are real (gold Q897, coal Q24489,
 * dam Q12323, …); the Q1310002xx ones are illustrative. Q1349532 has no label (shown as its QID).
 */
const thing = ( id, labels, p31 ) => ( { id, labels, claims: p31 ? { P31: [ p31 ] } : {} } );
export const OTHERS = [
	thing( 'Q808785', { en: 'Barrick Gold', es: 'Barrick Gold' }, 'Q4830453' ),
	thing( 'Q897', { en: 'gold', es: 'oro', pt: 'ouro', fr: 'or' } ),
	thing( 'Q24489', { en: 'coal', es: 'carbón', pt: 'carvão' } ),
	thing( 'Q15911738', { en: 'hydroelectric power station', es: 'central hidroeléctrica', pt: 'usina hidrelétrica' } ),
	thing( 'Q329683', { en: 'industrial park', es: 'parque industrial' } ),
	thing( 'Q188989', { en: 'aquaculture', es: 'acuicultura' } ),
	thing( 'Q37153', { en: 'avocado', es: 'palta' } ),
	thing( 'Q180388', { en: 'landfill', es: 'vertedero' } ),
	thing( 'Q1630622', { en: 'tailings', es: 'relave' } ),
	thing( 'Q12323', { en: 'dam', es: 'represa' } ),
	thing( 'Q568', { en: 'lithium', es: 'litio' } ),
	thing( 'Q44497', { en: 'mining', es: 'minería' } ),
	thing( 'Q753', { en: 'copper', es: 'cobre' } ),
	thing( 'Q131000210', { en: 'Diaguita communities of the Huasco valley', es: 'Comunidades diaguitas del valle del Huasco' } ),
	thing( 'Q131000211', { en: 'damage to the Toro glaciers', es: 'daño a los glaciares Toro' } ),
	thing( 'Q131000212', { en: 'Endesa Chile', es: 'Endesa Chile' }, 'Q4830453' ),
	thing( 'Q131000213', { en: 'Colbún', es: 'Colbún' }, 'Q4830453' ),
	thing( 'Q131000214', { en: 'flooding of Patagonian valleys', es: 'inundación de valles patagónicos' } ),
	thing( 'Q131000215', { en: 'air pollution', es: 'contaminación del aire', pt: 'poluição do ar' } ),
	thing( 'Q131000216', { en: 'MPX Energia', es: 'MPX Energia', pt: 'MPX Energia' }, 'Q4830453' ),
	thing( 'Q131000217', { pt: 'Povos indígenas do Xingu' } ),
	thing( 'Q131000218', { en: 'Norte Energia', es: 'Norte Energia', pt: 'Norte Energia' }, 'Q4830453' )
];

/**
 * What the original Geo Conflictos tool also queried: environmental disasters (Q3193890) and oil
 * spills (Q220187, a subclass of it here as on Wikidata). Not conflicts of the configured classes;
 * the dashboard's "original tool's scope" switch adds them.
 */
export const EVENT_CLASSES = [
	{ id: 'Q3193890', labels: { en: 'environmental disaster', es: 'desastre ambiental' }, claims: {} },
	{ id: 'Q220187', labels: { en: 'oil spill', es: 'derrame de petróleo' }, claims: { P279: [ 'Q3193890' ] } }
];
export const EVENTS = [
	{ id: 'Q131000301', labels: { en: '2014 Quintero Bay oil spill', es: 'Derrame de petróleo en la bahía de Quintero de 2014' },
		descriptions: { en: 'crude oil spilled while unloading a tanker at Quintero' },
		claims: { P31: [ 'Q220187' ], P17: [ 'Q298' ], P131: [ 'Q1024582' ], P625: [ at( -32.77, -71.52 ) ], P580: [ d( '2014-09-24' ) ] }, sitelinks: {} },
	{ id: 'Q131000302', labels: { en: 'Mariana dam disaster', es: 'Desastre de Mariana', pt: 'Rompimento da barragem em Mariana' },
		descriptions: { en: 'collapse of an iron ore tailings dam in Minas Gerais' },
		claims: { P31: [ 'Q3193890' ], P17: [ 'Q155' ], P625: [ at( -20.2, -43.46 ) ], P580: [ d( '2015-11-05' ) ], P828: [ E( 'Q1630622' ) ] },
		sitelinks: { ptwiki: 'Rompimento da barragem em Mariana', enwiki: 'Mariana dam disaster' } }
];

export const ITEMS = [ ...CLASSES, ...PLACES, ...CONFLICTS, ...OTHERS, ...EVENT_CLASSES, ...EVENTS ];
