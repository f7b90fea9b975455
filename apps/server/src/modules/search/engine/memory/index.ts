export { createMemorySearchEngine, type MemorySearchEngine, type MemorySearchEngineOptions } from './engine.js'
