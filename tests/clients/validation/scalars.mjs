// Literal rules of the test schema's custom scalars (DateTime, Decimal, Long).
//
// graphql-js' buildSchema gives a custom scalar a parseLiteral that accepts any literal, so by default
// `echo(dateTime: "yesterday")` would pass validation. Our engine gives these scalars real meaning
// (DESIGN §5: DateTime ISO-8601, Decimal money as a string, Long), so the judge installs the same rules
// here; ValuesOfCorrectTypeRule then reports a literal these functions reject. The C# side must accept
// and reject the same literals. The rules are written out in schema.graphql's description.
import { Kind, print } from 'graphql';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|([+-])(\d{2}):(\d{2}))$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function daysInMonth(year, month) {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** True when `text` is YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM) naming a real instant. */
export function isDateTime(text) {
  const m = DATE_TIME.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12) return false;
  if (day < 1 || day > daysInMonth(year, month)) return false;
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (m[9] !== undefined && (Number(m[10]) > 23 || Number(m[11]) > 59)) return false;
  return true;
}

/** True when `text` is a plain decimal number: -?digits[.digits]. */
export function isDecimal(text) {
  return DECIMAL.test(text);
}

/** True when `text` (an Int literal's text) fits a signed 64-bit integer. */
export function isLong(text) {
  const value = BigInt(text);
  return value >= LONG_MIN && value <= LONG_MAX;
}

function parseDateTimeLiteral(node) {
  if (node.kind !== Kind.STRING) {
    throw new TypeError(`DateTime cannot represent a non-string value: ${print(node)}`);
  }
  if (!isDateTime(node.value)) {
    throw new TypeError(`DateTime cannot represent an invalid date-time string ${print(node)}.`);
  }
  return node.value;
}

function parseDecimalLiteral(node) {
  if (node.kind !== Kind.STRING && node.kind !== Kind.INT && node.kind !== Kind.FLOAT) {
    throw new TypeError(`Decimal cannot represent a non-numeric value: ${print(node)}`);
  }
  if (!isDecimal(node.value)) {
    throw new TypeError(`Decimal cannot represent ${print(node)}: expected a plain decimal number.`);
  }
  return node.value;
}

function parseLongLiteral(node) {
  if (node.kind !== Kind.INT) {
    throw new TypeError(`Long cannot represent a non-integer value: ${print(node)}`);
  }
  if (!isLong(node.value)) {
    throw new TypeError(`Long cannot represent a value outside the signed 64-bit range: ${node.value}`);
  }
  return BigInt(node.value);
}

/** Installs the literal rules on the schema's DateTime, Decimal and Long types. */
export function installScalarRules(schema) {
  const rules = { DateTime: parseDateTimeLiteral, Decimal: parseDecimalLiteral, Long: parseLongLiteral };
  for (const [name, parseLiteral] of Object.entries(rules)) {
    const type = schema.getType(name);
    if (!type) throw new Error(`schema.graphql has no scalar ${name}`);
    type.parseLiteral = parseLiteral;
  }
  return schema;
}
