/** Entry of the bench's child process: runs one task given as JSON in argv[2] and prints its result as JSON. */
import { runTask, type ChildTask } from './child-tasks.js';

const task = JSON.parse(process.argv[2] ?? 'null') as ChildTask;
const result = await runTask(task);
process.stdout.write(`${JSON.stringify(result)}\n`);
