/** Where the open-data layer reports what it decided; pass a silent one in tests. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.info(`[open-data] ${message}`),
  warn: (message) => console.warn(`[open-data] ${message}`),
};

export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
};
