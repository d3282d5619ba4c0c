import pino, { type Logger } from 'pino';
import type { Config } from '../config';

/** Structured JSON logs; secrets, tokens and answer texts are redacted wherever they might appear. */
export function createLogger(level: Config['logLevel'], destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'samskab' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'req.headers.authorization',
          'headers.authorization',
          '*.password',
          '*.BOT_PASSWORD',
          '*.token',
          'value',
          '*.value',
          'text',
          '*.text',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
