/** IAM's query-protocol answers: `<XResponse><XResult>...</XResult><ResponseMetadata>...` and `<ErrorResponse>`. */

export const NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/';

/** A value to serialise: text, a nested element list, or a `member` list. */
export type XmlValue = string | number | boolean | undefined | XmlFields | readonly XmlValue[];
export interface XmlFields {
  readonly [name: string]: XmlValue;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

function element(name: string, value: XmlValue): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return `<${name}>${value.map((v) => element('member', v as XmlValue)).join('')}</${name}>`;
  if (typeof value === 'object') return `<${name}>${fields(value as XmlFields)}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

const fields = (f: XmlFields): string =>
  Object.entries(f)
    .map(([k, v]) => element(k, v))
    .join('');

export function responseXml(action: string, result: XmlFields | undefined, requestId: string): string {
  const body = result === undefined ? '' : element(`${action}Result`, result);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${NAMESPACE}">${body}` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`
  );
}

export function errorXml(type: 'Sender' | 'Receiver', code: string, message: string, requestId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="${NAMESPACE}"><Error><Type>${type}</Type>` +
    `<Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
  );
}
