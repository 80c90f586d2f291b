import JSZip from 'jszip';

/** The XML parts of a .docx a test reads, as Word would find them in the package. */
export interface DocxParts {
  document: string;
  headers: string[];
  footers: string[];
  numbering: string;
  core: string;
  relationships: string;
}

export async function readDocxParts(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (file === null) throw new Error(`The package has no ${path}`);
    return file.async('string');
  };
  const named = (pattern: RegExp): Promise<string[]> =>
    Promise.all(
      Object.keys(zip.files)
        .filter((path) => pattern.test(path))
        .sort()
        .map(part),
    );
  return {
    document: await part('word/document.xml'),
    headers: await named(/^word\/header\d+\.xml$/),
    footers: await named(/^word\/footer\d+\.xml$/),
    numbering: await part('word/numbering.xml'),
    core: await part('docProps/core.xml'),
    relationships: await part('word/_rels/document.xml.rels'),
  };
}

/** Every run (`w:r`) of a part, whole; `w:rPr` and `w:rFonts` are not runs. */
export function runsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:r(?=[\s>])[^>]*>[\s\S]*?<\/w:r>/g)].map((match) => match[0]);
}

/** The attributes of the first element with this tag in a piece of XML, or null when there is none. */
export function attributesOf(xml: string, tag: string): Record<string, string> | null {
  const element = new RegExp(`<${tag}(\\s[^>]*?)?/?>`).exec(xml);
  if (element === null) return null;
  return Object.fromEntries([...(element[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
}

/** All paragraphs (`w:p`) of a part, whole. */
export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?=[\s>])[^>]*>[\s\S]*?<\/w:p>/g)].map((match) => match[0]);
}

/** The visible text of a piece of XML: its `w:t` elements joined, entities decoded. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1] ?? '')
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
