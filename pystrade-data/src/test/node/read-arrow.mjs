// Reads Arrow IPC files with Apache Arrow's JavaScript implementation (npm's apache-arrow) and prints, as JSON, an
// object with, for each file named on the command line, its fields (name, type, nullable), its schema metadata, its row count and every column's values: a timestamp as
// epoch milliseconds, a null as null, NaN / infinities / -0 as the strings "NaN", "Infinity", "-Infinity", "-0"
// (JSON cannot tell them apart otherwise). Used by pystrade-data's ArrowResultWriterTest.
import { readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';

const encode = (v) => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  if (Object.is(v, -0)) return '-0';
  return v;
};
const read = (file) => {
  const table = tableFromIPC(readFileSync(file));
  const out = {
    fields: table.schema.fields.map((f) => ({ name: f.name, type: String(f.type), nullable: f.nullable })),
    metadata: Object.fromEntries(table.schema.metadata),
    rows: table.numRows,
    columns: {},
  };
  for (const f of table.schema.fields) {
    const col = table.getChild(f.name);
    const values = new Array(table.numRows);
    for (let i = 0; i < table.numRows; i++) values[i] = encode(col.get(i));
    out.columns[f.name] = values;
  }
  return out;
};
const all = {};
for (const file of process.argv.slice(2)) all[file] = read(file);
process.stdout.write(JSON.stringify(all));
