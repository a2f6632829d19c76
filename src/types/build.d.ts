/** Injected by build.mjs (esbuild define). */
declare const __VERSION__: string;

/** The gadget's messages in every language: i18n/core + i18n/<gadget>, without qqq. */
declare module 'i18n:*' {
	const bundle: Record<string, Record<string, string>>;
	export default bundle;
}

/** Only the loader's few messages (gadgets/<id>.json loader.messages), in every language. */
declare module 'i18n-loader:*' {
	const bundle: Record<string, Record<string, string>>;
	export default bundle;
}

/** Only the messages an extra module lists (gadgets/<id>.json extraModules[].messages). */
declare module 'i18n-pick:*' {
	const bundle: Record<string, Record<string, string>>;
	export default bundle;
}

/** One message's English text (`i18n-en:<key>`, from i18n/core or a gadget's en.json). */
declare module 'i18n-en:*' {
	const text: string;
	export default text;
}

declare module '*.css';
/** True in the user script's builds (dist/userscript/), false in the gadget's (core/modules.ts). */
// eslint-disable-next-line no-underscore-dangle -- an esbuild define, named like __VERSION__
declare const __USER_SCRIPT__: boolean;
