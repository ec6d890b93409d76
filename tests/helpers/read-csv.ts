// A minimal RFC 4180 reader for the tests, independent of src/figures/shared/export.ts: `# key: value`
// metadata lines, then quoted-or-plain comma-separated rows.
export function readCsv(text: string): { meta: Map<string, string>; rows: string[][] } {
  const meta = new Map<string, string>();
  const rows: string[][] = [];
  for (const line of text.trimEnd().split('\n')) {
    if (line.startsWith('# ')) {
      const at = line.indexOf(': ');
      meta.set(line.slice(2, at), line.slice(at + 2));
      continue;
    }
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        fields.push(field);
        field = '';
      } else field += c;
    }
    fields.push(field);
    rows.push(fields);
  }
  return { meta, rows };
}
