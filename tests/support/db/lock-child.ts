/**
 * Child process for the lock tests: tries to open the store in argv[2] and prints one JSON line,
 * {"opened":true} or {"opened":false,"code":...}. With "hold" as argv[3] it keeps the store
 * open until it is killed.
 */
import { openStore } from '../../../src-main/core/db/index.js';
import { isAppError } from '../../../src-main/core/errors.js';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: lock-child <dataDir> [hold]');

try {
  const store = await openStore(dataDir);
  process.stdout.write(`${JSON.stringify({ opened: true })}\n`);
  if (process.argv[3] === 'hold') {
    setInterval(() => undefined, 60_000);
  } else {
    await store.close();
  }
} catch (error) {
  process.stdout.write(`${JSON.stringify({ opened: false, code: isAppError(error) ? error.code : String(error) })}\n`);
}
