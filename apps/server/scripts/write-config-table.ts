// Rewrites the configuration table in README.md from src/config.ts: npm run docs:config
import { readFileSync, writeFileSync } from 'node:fs'
import { configTable } from './config-table.js'
import { readmeWithTable, README } from './readme-table.js'

writeFileSync(README, readmeWithTable(readFileSync(README, 'utf8'), configTable()))
console.log('README configuration table updated')
