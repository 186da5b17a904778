// Changes string values inside a JSON file's text without touching anything else: key order,
// indentation, one-line objects and the final newline stay as the file had them, so a changed
// message is a one-line diff. Invisible direction marks are written as \u escapes so that a
// reviewer can see them.

/** A string value in the source: its dotted path (array items by index) and where its literal stands. */
interface StringSpan {
  path: string;
  start: number;
  end: number;
}

/** Every string value of a JSON text with the offsets of its literal (quotes included). */
export function stringSpans(source: string): StringSpan[] {
  const spans: StringSpan[] = [];
  let at = 0;
  const skipSpace = () => {
    while (at < source.length && /\s/.test(source[at])) at++;
  };
  const readString = (): { value: string; start: number; end: number } => {
    const start = at;
    at++;
    while (source[at] !== '"') {
      if (at >= source.length) throw new Error(`Unterminated string at ${start}`);
      at += source[at] === "\\" ? 2 : 1;
    }
    at++;
    return { value: JSON.parse(source.slice(start, at)) as string, start, end: at };
  };
  const readValue = (path: string): void => {
    skipSpace();
    const char = source[at];
    if (char === "{") {
      at++;
      skipSpace();
      if (source[at] === "}") {
        at++;
        return;
      }
      for (;;) {
        skipSpace();
        const key = readString().value;
        skipSpace();
        if (source[at] !== ":") throw new Error(`Expected ":" at ${at}`);
        at++;
        readValue(path ? `${path}.${key}` : key);
        skipSpace();
        if (source[at] === ",") at++;
        else if (source[at] === "}") {
          at++;
          return;
        } else throw new Error(`Expected "," or "}" at ${at}`);
      }
    }
    if (char === "[") {
      at++;
      skipSpace();
      if (source[at] === "]") {
        at++;
        return;
      }
      for (let index = 0; ; index++) {
        readValue(path ? `${path}.${index}` : String(index));
        skipSpace();
        if (source[at] === ",") at++;
        else if (source[at] === "]") {
          at++;
          return;
        } else throw new Error(`Expected "," or "]" at ${at}`);
      }
    }
    if (char === '"') {
      const { start, end } = readString();
      spans.push({ path, start, end });
      return;
    }
    const literal = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(source.slice(at));
    if (!literal) throw new Error(`Unexpected "${char}" at ${at}`);
    at += literal[0].length;
  };
  readValue("");
  skipSpace();
  if (at !== source.length) throw new Error(`Unexpected text after the JSON value at ${at}`);
  return spans;
}

/** A JSON string literal, with direction isolates and marks escaped so they stay visible. */
export function stringLiteral(value: string): string {
  return JSON.stringify(value).replace(
    /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The source with the named string values replaced; a path that is not a string value is an error. */
export function replaceStrings(source: string, values: ReadonlyMap<string, string>): string {
  const spans = stringSpans(source);
  const byPath = new Map(spans.map((span) => [span.path, span]));
  const unknown = [...values.keys()].filter((path) => !byPath.has(path));
  if (unknown.length > 0) throw new Error(`No such message: ${unknown.join(", ")}`);
  let result = source;
  const changes = [...values].map(([path, value]) => ({ span: byPath.get(path)!, value }));
  changes.sort((a, b) => b.span.start - a.span.start);
  for (const { span, value } of changes) {
    result = result.slice(0, span.start) + stringLiteral(value) + result.slice(span.end);
  }
  return result;
}
