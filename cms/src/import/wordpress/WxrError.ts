/** A malformed export: names the line and the element at fault, so the file can be fixed. */
export class WxrError extends Error {
  readonly line: number;
  readonly element: string;

  constructor(line: number, element: string, problem: string) {
    super(`WordPress export, line ${line}, <${element}>: ${problem}`);
    this.name = 'WxrError';
    this.line = line;
    this.element = element;
  }
}
