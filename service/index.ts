export * from './dataDir.js';
export * from './service.js';
export type { HandlerContext } from './context.js';
export * from './openData.js';
