// Types for wiki.mjs (used by the TypeScript e2e tests).
import type { Mwn } from 'mwn';

export interface Account { username: string; password: string }
export interface WikiState { adminUser: string; adminPassword: string; [ key: string ]: string }
export interface RunningWiki { url: string; apiUrl: string; indexUrl: string; pid: number | undefined; stop(): Promise<void> }
export interface DeployResult { code: number | null; stdout: string; stderr: string }

export interface MediaWikiInstall { dir: string; version: string; source: 'system' | 'cache' | 'install' | 'download' }

export const USER_AGENT: string;
export const DEPLOY_GRANTS: string[];
export function prepareMachine( opts?: { browser?: boolean; log?: ( line: string ) => void } ): Promise<MediaWikiInstall>;
export function warmUp( wiki: { url: string; apiUrl: string } ): Promise<string[]>;
export function assertPortFree( port: number, option: string ): Promise<void>;
export function printServerErrors( chunk: string | Buffer, print?: ( line: string ) => void ): void;
export function watchExceptionLog( dir: string, print?: ( text: string ) => void ): () => Promise<void>;
export function readWikiState( dir: string ): WikiState | null;
export function installWiki( opts: { dir: string; port: number; fixtureBase: string; mwDir: string } ): Promise<WikiState>;
export function runMaintenance( wiki: { dir: string; port?: number; fixtureBase?: string }, script: string, args?: string[] ): Promise<string>;
export function startWiki( opts: { dir: string; port: number; fixtureBase?: string; log?: ( line: string ) => void } ): Promise<RunningWiki>;
export function createBotPassword( opts: { dir: string; user?: string; appId?: string; grants?: string[] } ): Promise<Account>;
export function createUser( opts: { dir: string; name: string; sysop?: boolean } ): Promise<Account>;
export function login( opts: { apiUrl: string } & Account ): Promise<Mwn>;
export function editPage( opts: { apiUrl: string; title: string; text: string; summary?: string } & Account ): Promise<unknown>;
export function createDemoPages( opts: { apiUrl: string; pagesDir?: string } & Account ): Promise<string[]>;
export function freePort(): Promise<number>;
export function runDeploy( opts: { apiUrl: string; dist?: string; args?: string[]; echo?: boolean } & Account ): Promise<DeployResult>;
