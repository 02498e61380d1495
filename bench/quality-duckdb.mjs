// The DuckDB side of bench/quality-throughput.mjs: the aggregation an analyst would write by hand over the same
// event log — count per (template, language, hour, event) — with every result row read back into JS, which is
// what a Node app using DuckDB pays. DuckDB runs with its default settings (all cores).
// Prints one JSON line: {"rows":…,"events":…,"ms":…} (events = the sum of the counts; ms = in-process span).
//
//   node bench/quality-duckdb.mjs <events.jsonl|events.csv>
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
if (!file) throw new Error('usage: node bench/quality-duckdb.mjs <events.jsonl|events.csv>');
const start = performance.now();
const reader = file.endsWith('.csv') ? 'read_csv_auto' : 'read_json_auto';
const sql = `SELECT template, language, date_trunc('hour', time::TIMESTAMP) AS hour, event, count(*) AS n
  FROM ${reader}('${file.replaceAll("'", "''")}') GROUP BY ALL`;
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const rows = (await connection.runAndReadAll(sql)).getRows();
let events = 0;
for (const row of rows) events += Number(row[4]);
const ms = performance.now() - start;
connection.closeSync();
instance.closeSync();
console.log(JSON.stringify({ rows: rows.length, events, ms: Math.round(ms) }));
