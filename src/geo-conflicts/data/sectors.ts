/**
 * Sectors of environmental conflicts and how a conflict gets one. Structured statements first
 * (the specific class in P31, then P828 has cause, P1542 has effect, P361 part of, P710
 * participant) through a QID → sector map that sites can extend; keywords of the label/description
 * only as a fallback that the UI labels as a guess.
 */

import { SECTOR_TEXT_LANGUAGES } from './sector-languages';

export { SECTOR_TEXT_LANGUAGES };

export const SECTORS = [
	'mining', 'fossil-fuels', 'energy', 'water', 'forestry', 'agriculture',
	'fisheries', 'infrastructure', 'waste', 'industry', 'tourism', 'other',
] as const;

export type SectorKey = typeof SECTORS[ number ];

export function isSectorKey( value: unknown ): value is SectorKey {
	return typeof value === 'string' && ( SECTORS as readonly string[] ).includes( value );
}

/** Properties read for the structured sector, in the order they are trusted. */
export const SECTOR_PROPERTIES = [ 'P31', 'P828', 'P1542', 'P361', 'P710' ] as const;
export type SectorProperty = typeof SECTOR_PROPERTIES[ number ];

/**
 * Default QID → sector map: items that appear as classes, causes, effects or parts of conflicts.
 * A starting point, meant to grow with the community's modelling (configurable, see config.ts).
 */
export const DEFAULT_SECTOR_MAP: Readonly<Record<string, SectorKey>> = {
	// mining
	Q44497: 'mining', // mining
	Q820477: 'mining', // mine
	Q188076: 'mining', // open-pit mining
	Q753: 'mining', // copper
	Q897: 'mining', // gold
	Q1090: 'mining', // silver
	Q568: 'mining', // lithium
	Q1630622: 'mining', // tailings
	// fossil fuels
	Q22656: 'fossil-fuels', // petroleum
	Q40858: 'fossil-fuels', // natural gas
	Q24489: 'fossil-fuels', // coal
	Q959309: 'fossil-fuels', // coal mine
	Q220187: 'fossil-fuels', // oil spill
	Q235353: 'fossil-fuels', // oil refinery
	Q6558431: 'fossil-fuels', // coal-fired power station
	// energy
	Q159719: 'energy', // power station
	Q15911738: 'energy', // hydroelectric power station
	Q200297: 'energy', // thermal power station
	Q194356: 'energy', // wind farm
	Q134447: 'energy', // nuclear power plant
	// water
	Q283: 'water', // water
	Q12323: 'water', // dam
	Q43059: 'water', // drought
	Q35666: 'water', // glacier
	// forestry
	Q38112: 'forestry', // forestry
	Q169940: 'forestry', // deforestation
	// agriculture
	Q11451: 'agriculture', // agriculture
	Q37153: 'agriculture', // avocado
	// fisheries
	Q14373: 'fisheries', // fishing
	Q188989: 'fisheries', // aquaculture
	// infrastructure
	Q34442: 'infrastructure', // road
	Q1248784: 'infrastructure', // airport
	Q44782: 'infrastructure', // port
	Q728937: 'infrastructure', // railway line
	// waste
	Q45701: 'waste', // waste
	Q180388: 'waste', // landfill
	// industry
	Q83405: 'industry', // factory
	Q329683: 'industry', // industrial park
	// tourism
	Q49389: 'tourism', // tourism
	Q27686: 'tourism', // hotel
	Q130003: 'tourism', // ski resort
};

/**
 * Keyword stems per language, matched at the start of a word of the label and description
 * (lower case, accents removed). Japanese has no spaces: its stems match anywhere.
 */
export const SECTOR_KEYWORDS: Readonly<Record<string, Partial<Record<SectorKey, string[]>>>> = {
	en: {
		mining: [ 'mine', 'mining', 'copper', 'gold', 'lithium', 'silver', 'tailing' ],
		'fossil-fuels': [ 'oil', 'petroleum', 'gas', 'coal', 'fracking', 'pipeline' ],
		energy: [ 'hydro', 'power plant', 'power station', 'wind farm', 'solar', 'thermoelectric', 'nuclear' ],
		water: [ 'water', 'river', 'aquifer', 'glacier', 'drought', 'dam', 'reservoir' ],
		forestry: [ 'forest', 'logging', 'pulp', 'eucalypt', 'pine plantation' ],
		agriculture: [ 'agri', 'farm', 'avocado', 'plantation', 'monoculture', 'pesticide', 'soy' ],
		fisheries: [ 'fish', 'salmon', 'aquaculture' ],
		infrastructure: [ 'road', 'highway', 'port', 'airport', 'railway', 'bridge' ],
		waste: [ 'waste', 'landfill', 'sewage', 'garbage' ],
		industry: [ 'industr', 'smelter', 'factory', 'chemical' ],
		tourism: [ 'touris', 'hotel', 'resort' ],
	},
	es: {
		mining: [ 'mina', 'minera', 'mineria', 'cobre', 'oro', 'litio', 'plata', 'relave' ],
		'fossil-fuels': [ 'petrole', 'gas', 'carbon', 'fracking', 'oleoducto', 'gasoducto' ],
		energy: [ 'hidroelectric', 'termoelectric', 'eolic', 'solar', 'nuclear' ],
		water: [ 'agua', 'rio', 'acuifero', 'glaciar', 'sequia', 'represa', 'embalse' ],
		forestry: [ 'forestal', 'bosque', 'celulosa', 'eucalipto', 'tala' ],
		agriculture: [ 'agricol', 'agro', 'palta', 'monocultivo', 'plaguicida', 'soja' ],
		fisheries: [ 'pesca', 'pesquer', 'salmon', 'acuicultura' ],
		infrastructure: [ 'carretera', 'autopista', 'puerto', 'aeropuerto', 'ferrocarril', 'puente' ],
		waste: [ 'residuo', 'vertedero', 'relleno sanitario', 'basur' ],
		industry: [ 'industri', 'fundicion', 'fabrica', 'quimic' ],
		tourism: [ 'turis', 'hotel' ],
	},
	pt: {
		mining: [ 'mina', 'minera', 'mineracao', 'cobre', 'ouro', 'litio', 'rejeito' ],
		'fossil-fuels': [ 'petrole', 'gas', 'carvao' ],
		energy: [ 'hidreletric', 'usina', 'termeletric', 'eolic', 'solar', 'nuclear' ],
		water: [ 'agua', 'rio', 'aquifero', 'barragem', 'seca' ],
		forestry: [ 'floresta', 'desmatamento', 'celulose', 'eucalipto' ],
		agriculture: [ 'agricol', 'agro', 'monocultura', 'agrotoxico', 'soja' ],
		fisheries: [ 'pesca', 'salmao', 'aquicultura' ],
		infrastructure: [ 'rodovia', 'estrada', 'porto', 'aeroporto', 'ferrovia' ],
		waste: [ 'residuo', 'lixo', 'aterro' ],
		industry: [ 'industri', 'fundicao', 'fabrica' ],
		tourism: [ 'turis', 'hotel' ],
	},
	fr: {
		mining: [ 'mine', 'minier', 'miniere', 'cuivre', 'or ', 'lithium' ],
		'fossil-fuels': [ 'petrole', 'gaz', 'charbon' ],
		energy: [ 'hydroelectri', 'centrale', 'eolien', 'solaire', 'nucleaire' ],
		water: [ 'eau', 'riviere', 'fleuve', 'glacier', 'secheresse', 'barrage' ],
		forestry: [ 'foret', 'forestier', 'deforestation', 'cellulose' ],
		agriculture: [ 'agricol', 'agro', 'monoculture', 'pesticide' ],
		fisheries: [ 'peche', 'saumon', 'aquaculture' ],
		infrastructure: [ 'route', 'autoroute', 'port', 'aeroport', 'chemin de fer' ],
		waste: [ 'dechet', 'decharge' ],
		industry: [ 'industri', 'fonderie', 'usine' ],
		tourism: [ 'touris', 'hotel' ],
	},
	it: {
		mining: [ 'miniera', 'minerari', 'rame', 'oro', 'litio' ],
		'fossil-fuels': [ 'petroli', 'gas', 'carbone' ],
		energy: [ 'idroelettric', 'centrale', 'eolic', 'solare', 'nucleare' ],
		water: [ 'acqua', 'fiume', 'ghiacciaio', 'siccita', 'diga' ],
		forestry: [ 'foresta', 'bosco', 'disboscamento', 'cellulosa' ],
		agriculture: [ 'agricol', 'monocoltura', 'pesticid' ],
		fisheries: [ 'pesca', 'salmone', 'acquacoltura' ],
		infrastructure: [ 'strada', 'autostrada', 'porto', 'aeroporto', 'ferrovia' ],
		waste: [ 'rifiut', 'discarica' ],
		industry: [ 'industri', 'fonderia', 'fabbrica' ],
		tourism: [ 'turis', 'albergo', 'hotel' ],
	},
	de: {
		mining: [ 'bergbau', 'bergwerk', 'mine', 'kupfer', 'gold', 'lithium', 'tagebau' ],
		'fossil-fuels': [ 'erdol', 'erdgas', 'kohle', 'pipeline' ],
		energy: [ 'wasserkraft', 'kraftwerk', 'windpark', 'solar', 'atomkraft', 'kernkraft' ],
		water: [ 'wasser', 'fluss', 'gletscher', 'durre', 'staudamm', 'talsperre' ],
		forestry: [ 'wald', 'abholzung', 'zellstoff', 'forst' ],
		agriculture: [ 'landwirtschaft', 'agrar', 'monokultur', 'pestizid' ],
		fisheries: [ 'fischerei', 'lachs', 'aquakultur' ],
		infrastructure: [ 'strasse', 'autobahn', 'hafen', 'flughafen', 'eisenbahn' ],
		waste: [ 'abfall', 'mull', 'deponie' ],
		industry: [ 'industrie', 'hutte', 'fabrik' ],
		tourism: [ 'touris', 'hotel' ],
	},
	ja: {
		mining: [ '鉱山', '鉱業', '銅', '金鉱', 'リチウム' ],
		'fossil-fuels': [ '石油', 'ガス', '石炭' ],
		energy: [ '水力', '発電所', '風力', '太陽光', '原子力' ],
		water: [ '水質', '水資源', '水源', '河川', '氷河', '干ばつ', 'ダム' ],
		forestry: [ '森林', '伐採', 'パルプ' ],
		agriculture: [ '農業', '農薬', 'アボカド' ],
		fisheries: [ '漁業', 'サケ', '養殖' ],
		infrastructure: [ '道路', '港', '空港', '鉄道' ],
		waste: [ '廃棄物', 'ごみ', '埋立' ],
		industry: [ '工業', '工場', '製錬' ],
		tourism: [ '観光', 'ホテル' ],
	},
};

export interface SectorResult {
	key: SectorKey;
	/**
	 * structured: from a statement (`property`/`via`); keyword: guessed from text; none: nothing
	 * matched.
	 */
	basis: 'structured' | 'keyword' | 'none';
	property?: SectorProperty;
	via?: string;
	/** The keyword that matched, for the "guessed from the name" explanation. */
	keyword?: string;
	/** Where the keyword was found: the label or the description … */
	field?: 'label' | 'description';
	/** … in this language (one of SECTOR_TEXT_LANGUAGES). */
	lang?: string;
}

/** One label or description of the item, in one language (from the query's `texts` column). */
export interface SectorText {
	field: 'label' | 'description';
	lang: string;
	text: string;
}

/** Lower case without accents, so "Minería" matches "mineria". */
export function foldText( text: string ): string {
	return text.normalize( 'NFD' ).replace( /[\u0300-\u036f]/g, '' ).toLowerCase();
}

function matchesStem( folded: string, stem: string, anywhere: boolean ): boolean {
	if ( anywhere ) {
		return folded.includes( stem );
	}
	let from = 0;
	for ( ;; ) {
		const at = folded.indexOf( stem, from );
		if ( at === -1 ) {
			return false;
		}
		if ( at === 0 || !/[a-z0-9]/.test( folded.charAt( at - 1 ) ) ) {
			return true;
		}
		from = at + 1;
	}
}

/** The keyword sector of a text, trying languages in the given order (reader's first). */
export function sectorFromText( text: string,
	languages: string[], others = true ): { key: SectorKey; keyword: string } | null {
	const folded = foldText( text );
	const order = others ? languages.concat( Object.keys( SECTOR_KEYWORDS ) ) : languages;
	const tried: Record<string, boolean> = {};
	for ( const lang of order ) {
		const table = Object.prototype.hasOwnProperty.call( SECTOR_KEYWORDS, lang ) ?
			SECTOR_KEYWORDS[ lang ] : null;
		if ( !table || tried[ lang ] ) {
			continue;
		}
		tried[ lang ] = true;
		for ( const key of SECTORS ) {
			for ( const stem of table[ key ] || [] ) {
				if ( matchesStem( folded, stem, lang === 'ja' ) ) {
					return { key, keyword: stem.trim() };
				}
			}
		}
	}
	return null;
}

export interface SectorEvidence {
	/** QIDs per property, as stated on the item. */
	statements: Partial<Record<SectorProperty, string[]>>;
	/** Labels and descriptions in SECTOR_TEXT_LANGUAGES, for the keyword fallback. */
	texts: SectorText[];
}

/**
 * The keyword guess over the texts in the fixed order: language by language
 * (SECTOR_TEXT_LANGUAGES), the label before the description, each text with its own language's
 * keywords only.
 */
export function sectorFromTexts( texts: readonly SectorText[] ): SectorResult | null {
	for ( const lang of SECTOR_TEXT_LANGUAGES ) {
		for ( const field of [ 'label', 'description' ] as const ) {
			for ( const t of texts ) {
				if ( t.lang !== lang || t.field !== field ) {
					continue;
				}
				const guess = sectorFromText( t.text, [ lang ], false );
				if ( guess ) {
					return { key: guess.key, basis: 'keyword', keyword: guess.keyword, field, lang };
				}
			}
		}
	}
	return null;
}

/**
 * Classify: the first property (in SECTOR_PROPERTIES order) with a mapped value wins; else a keyword
 * of the texts in the fixed languages (the same result for every reader).
 */
export function classifySector( evidence: SectorEvidence,
	map: Readonly<Record<string, SectorKey>> ): SectorResult {
	for ( const property of SECTOR_PROPERTIES ) {
		for ( const id of evidence.statements[ property ] || [] ) {
			const key = map[ id ];
			if ( key ) {
				return { key, basis: 'structured', property, via: id };
			}
		}
	}
	return sectorFromTexts( evidence.texts ) || { key: 'other', basis: 'none' };
}
