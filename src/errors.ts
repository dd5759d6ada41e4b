// One coded error type for each failure at a boundary: loading knowledge or reading configuration.

/** Knowledge under knowledge/ is missing or invalid; start-up stops with this message. */
export class KnowledgeError extends Error {
  readonly code = "knowledge_invalid";
  constructor(message: string) {
    super(`knowledge: ${message}`);
    this.name = "KnowledgeError";
  }
}

/** A configuration variable is missing or malformed; start-up stops with this message. */
export class ConfigError extends Error {
  readonly code = "config_invalid";
  constructor(message: string) {
    super(`config: ${message}`);
    this.name = "ConfigError";
  }
}
