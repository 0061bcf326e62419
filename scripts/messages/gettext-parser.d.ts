// The part of gettext-parser (which ships no types) that the translator kit uses.
declare module 'gettext-parser' {
  export interface PoComments {
    translator?: string;
    extracted?: string;
    reference?: string;
    flag?: string;
    previous?: string;
  }
  export interface PoEntry {
    msgctxt?: string;
    msgid: string;
    msgid_plural?: string;
    msgstr: string[];
    comments?: PoComments;
  }
  export interface PoFile {
    charset: string;
    headers: Record<string, string>;
    translations: Record<string, Record<string, PoEntry>>;
  }
  export const po: {
    parse(input: string | Buffer, options?: { defaultCharset?: string }): PoFile;
    compile(table: PoFile, options?: { foldLength?: number; sort?: boolean }): Buffer;
  };
}
