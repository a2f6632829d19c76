/**
 * `import tokens from 'codex-tokens:color-base,color-subtle'`: those Codex design tokens' light and
 * dark values, taken from @wikimedia/codex-design-tokens when the bundle is built
 * (build/tokens.mjs).
 */
declare module 'codex-tokens:*' {
	const tokens: { light: Record<string, string>; dark: Record<string, string> };
	export default tokens;
}
