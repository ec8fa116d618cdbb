/** The shell commands a README shows: the lines of its ```bash blocks, in order (for the checks that run them). */
export function readmeCommands(readme: string): string[] {
  return [...readme.matchAll(/^```bash\n([\s\S]*?)^```$/gm)].flatMap((block) => block[1].split('\n').filter((line) => line.trim() !== ''));
}
