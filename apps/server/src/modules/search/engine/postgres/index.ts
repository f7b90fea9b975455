export { createPostgresSearchEngine } from './engine.js'
