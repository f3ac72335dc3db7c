// Where a JSON text first goes wrong, as a 1-based line and column. JSON.parse's
// message carries a position only on some engines (Node 20 often omits it), so this
// small scanner (RFC 8259 grammar, iterative with an explicit stack) finds it instead.
export function jsonErrorPosition(text: string): { line: number; column: number } | null {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') return (i++, true);
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else if (c < ' ') return false;
      else i++;
    }
    return false;
  };
  const scalar = (): boolean => {
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  const at = (offset: number) => {
    const before = text.slice(0, offset).split(/\r\n|\n|\r/);
    return { line: before.length, column: before[before.length - 1]!.length + 1 };
  };
  // After a value: a comma or the closer of the innermost container, or the end.
  let expectValue = true;
  ws();
  while (true) {
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          expectValue = false;
        } else if (c === '{' && text[i] !== '"') return at(i);
        else if (c === '{') {
          if (!string()) return at(i);
          ws();
          if (text[i] !== ':') return at(i);
          i++;
        }
      } else if (c === '"') {
        if (!string()) return at(i);
        expectValue = false;
      } else if (!scalar()) return at(i);
      else expectValue = false;
      ws();
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < text.length ? at(i) : null;
    const c = text[i];
    if (c === ',') {
      i++;
      ws();
      if (top === '{') {
        if (text[i] !== '"' || !string()) return at(i);
        ws();
        if (text[i] !== ':') return at(i);
        i++;
      }
      ws();
      expectValue = true;
    } else if (c === (top === '{' ? '}' : ']')) {
      stack.pop();
      i++;
      ws();
    } else return at(i);
  }
}
