// `npm run exercise -- <command>`: the workshop loop on the learner's own copy of each exercise
// (see scripts/workshop/commands.ts for the commands, `npm run exercise -- help` for usage).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { USAGE, diff, exportTo, importFrom, list, nextExercise, reset, status, watch, type Print } from './workshop/commands';
import { WorkspaceError, openWorkspace } from './workshop/workspace';

const root = fileURLToPath(new URL('..', import.meta.url));
// EXERCISE_WORKSPACE moves the workspace (the tests use a temporary one); default workspace/.
const workspace = openWorkspace(root, process.env.EXERCISE_WORKSPACE ? resolve(process.env.EXERCISE_WORKSPACE) : undefined);
const print: Print = (text) => console.log(text);

async function run(args: string[]): Promise<number> {
  const [command, argument, ...extra] = args;
  const needs = (what: string) => {
    if (!argument) throw new WorkspaceError(`\`${command}\` needs ${what}.\n\n${USAGE}`);
    if (extra.length > 0) throw new WorkspaceError(`Unexpected: ${extra.join(' ')}\n\n${USAGE}`);
    return argument;
  };
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
      print(USAGE);
      return command ? 0 : 2;
    case 'list':
      list(workspace, print);
      return 0;
    case 'status':
      await status(workspace, print);
      return 0;
    case 'next': {
      const id = nextExercise(workspace);
      if (!id) {
        print('Every exercise passes. Well done.');
        return 0;
      }
      return watch(workspace, id, print);
    }
    case 'watch':
      return watch(workspace, needs('an exercise id'), print);
    case 'diff':
      diff(workspace, needs('an exercise id'), print);
      return 0;
    case 'reset':
      reset(workspace, needs('an exercise id'), print);
      return 0;
    case 'export':
      if (extra.length > 0) throw new WorkspaceError(`Unexpected: ${extra.join(' ')}\n\n${USAGE}`);
      exportTo(workspace, argument, print);
      return 0;
    case 'import':
      importFrom(workspace, needs('the progress file to read'), print);
      return 0;
    default:
      if (argument) throw new WorkspaceError(`Unknown command "${command}".\n\n${USAGE}`);
      return watch(workspace, command, print);
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (!(error instanceof WorkspaceError)) throw error;
    console.error(error.message);
    process.exit(2);
  },
);
