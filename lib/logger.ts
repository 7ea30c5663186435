import pino from "pino";

// One JSON line per event. Personal data (names, e-mails, incomes, quotient
// figures, document content) is never logged: only ids.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: { service: "entraide" },
  redact: {
    paths: ["email", "password", "*.email", "*.password", "token", "*.token"],
    censor: "[redacted]",
  },
});

export type Logger = typeof logger;
