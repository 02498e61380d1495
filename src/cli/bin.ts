#!/usr/bin/env node
import { tuneHeap } from './heap.js';
import { main } from './main.js';

tuneHeap();
process.exitCode = await main(process.argv.slice(2));
